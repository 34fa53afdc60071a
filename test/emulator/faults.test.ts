import { CreateSecurityProfileCommand, DescribeSecurityProfileCommand, ListSecurityProfilesCommand } from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { failure, iotClient } from './helpers.js';

async function outcomes(options: EmulatorOptions, calls: number): Promise<string[]> {
  const emulator = await startEmulator(options);
  const iot = iotClient(emulator.url);
  try {
    const result: string[] = [];
    for (let i = 0; i < calls; i++)
      result.push(await iot.send(new ListSecurityProfilesCommand({})).then(() => 'ok', (e: Error) => e.name));
    return result;
  } finally {
    iot.destroy();
    await emulator.close();
  }
}

describe('fault injection', () => {
  it('--fail-rate 1 answers InternalFailureException 500 with a JSON body', async () => {
    const emulator = await startEmulator({ failRate: 1 });
    try {
      const iot = iotClient(emulator.url);
      const e = await failure(iot.send(new ListSecurityProfilesCommand({})));
      expect(e.name).toBe('InternalFailureException');
      expect(e.$metadata.httpStatusCode).toBe(500);
      const raw = await fetch(`${emulator.url}/security-profiles`);
      expect(raw.headers.get('x-amzn-errortype')).toBe('InternalFailureException');
      expect((await raw.json()).message).toContain('fail-rate');
      iot.destroy();
    } finally {
      await emulator.close();
    }
  });

  it('--fail-rate draws are reproducible with --seed and differ across seeds', async () => {
    const a = await outcomes({ failRate: 0.5, seed: 7 }, 30);
    const b = await outcomes({ failRate: 0.5, seed: 7 }, 30);
    const c = await outcomes({ failRate: 0.5, seed: 8 }, 30);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toContain('ok');
    expect(a).toContain('InternalFailureException');
  });

  it('--quotas aws throttles a burst beyond the operation TPS with ThrottlingException 400', async () => {
    const emulator = await startEmulator({ quotas: 'aws' });
    const iot = iotClient(emulator.url);
    try {
      await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }));
      const results = await Promise.all(
        Array.from({ length: 100 }, () => iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'p' })).then(() => null, (e) => e)),
      );
      const throttled = results.filter((e) => e !== null);
      expect(throttled.length).toBeGreaterThan(0);
      expect(results.length - throttled.length).toBeGreaterThanOrEqual(25);
      expect(throttled[0].name).toBe('ThrottlingException');
      expect(throttled[0].$metadata.httpStatusCode).toBe(400);
    } finally {
      iot.destroy();
      await emulator.close();
    }
  });

  it('--quotas none never throttles', async () => {
    expect(new Set(await outcomes({}, 40))).toEqual(new Set(['ok']));
  });

  it('--latency-ms delays every response', async () => {
    const emulator = await startEmulator({ latencyMs: 150 });
    try {
      const start = performance.now();
      await fetch(`${emulator.url}/security-profiles`);
      expect(performance.now() - start).toBeGreaterThanOrEqual(145);
    } finally {
      await emulator.close();
    }
  });

  it('rejects impossible options', async () => {
    for (const options of [{ failRate: 2 }, { latencyMs: -1 }, { account: '12' }, { region: 'mars' }, { port: 70000 }] as EmulatorOptions[])
      await expect(startEmulator(options)).rejects.toThrow(RangeError);
  });
});
