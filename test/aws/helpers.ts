// An in-process emulator, a session opened on it through the real SDK over HTTP, and a raw
// IoT client for seeding state the way another tool (or a person) would.
import { CreateSecurityProfileCommand, IoTClient, type CreateSecurityProfileCommandInput } from '@aws-sdk/client-iot';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';
import { openSession, type IotSession, type SessionOptions } from '../../src/aws/session.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const arnOf = (type: string, name: string) => `arn:aws:iot:${REGION}:${ACCOUNT}:${type}/${name}`;
export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export interface TestAccount {
  emulator: RunningEmulator;
  session: IotSession;
  /** Every progress/diagnostic line the session printed. */
  lines: string[];
  /** Unpaced, un-retried client for seeding. */
  iot: IoTClient;
  close(): Promise<void>;
}

/** `sessionOptions.tps: {}` lifts the client-side pacing, for tests that seed hundreds of resources without quotas. */
export async function testAccount(options: EmulatorOptions = {}, sessionOptions: SessionOptions = {}): Promise<TestAccount> {
  const emulator = await startEmulator({ port: 0, ...options });
  const lines: string[] = [];
  const session = await openSession({ endpointUrl: emulator.url, region: REGION, credentials: CREDENTIALS, progress: (l) => lines.push(l), ...sessionOptions });
  const iot = new IoTClient({ endpoint: emulator.url, region: REGION, credentials: CREDENTIALS, maxAttempts: 10 });
  return {
    emulator,
    session,
    lines,
    iot,
    async close() {
      iot.destroy();
      await session.close();
      await emulator.close();
    },
  };
}

export async function createProfile(iot: IoTClient, input: CreateSecurityProfileCommandInput): Promise<void> {
  await iot.send(new CreateSecurityProfileCommand(input));
}
