// Starts an in-process emulator and an IoT client pointed at it (real SDK, real HTTP).
import { IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const arn = (type: string, name: string) => `arn:aws:iot:${REGION}:${ACCOUNT}:${type}/${name}`;

export function iotClient(url: string, maxAttempts = 1): IoTClient {
  return new IoTClient({
    endpoint: url,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts,
  });
}

/** One emulator for the whole file; each test uses its own resource names. */
export function useEmulator(options: EmulatorOptions = {}) {
  const ctx = {} as { emulator: RunningEmulator; iot: IoTClient };
  beforeAll(async () => {
    ctx.emulator = await startEmulator({ port: 0, ...options });
    ctx.iot = iotClient(ctx.emulator.url);
  });
  afterAll(async () => {
    ctx.iot?.destroy();
    await ctx.emulator?.close();
  });
  return ctx;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<Error & { name: string; $metadata: { httpStatusCode?: number }; [k: string]: unknown }> {
  try {
    await promise;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

let counter = 0;
/** A fresh resource name per call, so tests sharing an emulator do not collide. */
export const unique = (prefix: string) => `${prefix}-${++counter}`;
