// End-to-end helpers: a project folder of YAML files, the built CLI as a child process, and an
// emulator driven through the real @aws-sdk/client-iot client.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as iot from '@aws-sdk/client-iot';
import { stringify } from 'yaml';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { Plan, PlannedRequest } from '../../src/plan/types.js';

export const CLI = resolve('dist/cli.js');
// The SDK's notice about its future Node support is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH,
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_REGION: REGION,
        AWS_EC2_METADATA_DISABLED: 'true',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

export interface Project {
  dir: string;
  /** Writes `profiles/<file>` with one YAML document per resource. */
  write(file: string, ...resources: object[]): Promise<void>;
  remove(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function project(): Promise<Project> {
  const dir = await mkdtemp(join(tmpdir(), 'defender-gitops-plan-'));
  await mkdir(join(dir, 'profiles'));
  return {
    dir,
    write: (file, ...resources) => writeFile(join(dir, 'profiles', file), resources.map((r) => stringify(r)).join('---\n')),
    remove: (file) => rm(join(dir, 'profiles', file)),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface Account {
  emulator: RunningEmulator;
  client: iot.IoTClient;
  /** `--endpoint-url <url>` for the CLI. */
  flags: string[];
  close(): Promise<void>;
}

export async function account(): Promise<Account> {
  const emulator = await startEmulator({ port: 0 });
  const client = new iot.IoTClient({ endpoint: emulator.url, region: REGION, credentials: CREDENTIALS });
  return {
    emulator,
    client,
    flags: ['--endpoint-url', emulator.url],
    async close() {
      client.destroy();
      await emulator.close();
    },
  };
}

/** Sends a plan's requests in order, as `apply` would: the plan's requests must be valid API calls. */
export async function sendPlanned(client: iot.IoTClient, requests: readonly PlannedRequest[]): Promise<void> {
  for (const r of requests) {
    const Command = (iot as unknown as Record<string, new (input: unknown) => iot.CreateSecurityProfileCommand>)[`${r.operation}Command`];
    if (!Command) throw new Error(`no SDK command for ${r.operation}`);
    await client.send(new Command(r.input));
  }
}

export async function applyPlan(client: iot.IoTClient, plan: Plan): Promise<void> {
  await sendPlanned(client, plan.changes.flatMap((c) => c.requests));
}

export async function thingGroups(client: iot.IoTClient, ...names: string[]): Promise<void> {
  for (const thingGroupName of names) await client.send(new iot.CreateThingGroupCommand({ thingGroupName }));
}
