import {
  AttachSecurityProfileCommand,
  CreateDimensionCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DescribeSecurityProfileCommand,
  ListActiveViolationsCommand,
  ListTagsForResourceCommand,
  ListTargetsForSecurityProfileCommand,
  ListViolationEventsCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateFileError, startEmulator } from '../../src/emulator/index.js';
import { arn, iotClient } from './helpers.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'dgo-emulator-'));

async function withEmulator<T>(stateFile: string, fn: (iot: ReturnType<typeof iotClient>) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ stateFile });
  const iot = iotClient(emulator.url);
  try {
    return await fn(iot);
  } finally {
    iot.destroy();
    await emulator.close();
  }
}

describe('state file', () => {
  it('persists every mutation atomically and restores it on restart', async () => {
    const dir = join(tempDir(), 'not-yet');
    const stateFile = join(dir, 'state.json');
    await withEmulator(stateFile, async (iot) => {
      await iot.send(new CreateThingGroupCommand({ thingGroupName: 'g' }));
      await iot.send(new CreateDimensionCommand({ name: 'topics', type: 'TOPIC_FILTER', stringValues: ['a/#'] }));
      await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'p', tags: [{ Key: 'team', Value: 'x' }] }));
      // Written on the mutation itself, not only at close.
      expect(JSON.parse(readFileSync(stateFile, 'utf8')).securityProfiles.map((p: { securityProfileName: string }) => p.securityProfileName)).toEqual(['p']);
      await iot.send(new UpdateSecurityProfileCommand({ securityProfileName: 'p', securityProfileDescription: 'v2' }));
      await iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'p', securityProfileTargetArn: arn('thinggroup', 'g') }));
    });
    expect(readdirSync(dir)).toEqual(['state.json']);
    await withEmulator(stateFile, async (iot) => {
      expect(await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'p' }))).toMatchObject({ version: 2, securityProfileDescription: 'v2' });
      expect((await iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: 'p' }))).securityProfileTargets).toEqual([{ arn: arn('thinggroup', 'g') }]);
      expect((await iot.send(new ListTagsForResourceCommand({ resourceArn: arn('securityprofile', 'p') }))).tags).toEqual([{ Key: 'team', Value: 'x' }]);
      // The dimension's clientRequestToken survived too: another token conflicts.
      const e = await iot.send(new CreateDimensionCommand({ name: 'topics', type: 'TOPIC_FILTER', stringValues: ['a/#'] })).catch((err: Error) => err);
      expect((e as Error).name).toBe('ResourceAlreadyExistsException');
    });
  });

  it('refuses a corrupt or foreign state file instead of resetting it', async () => {
    const dir = tempDir();
    for (const [content, text] of [
      ['{"securityProfiles": [', 'not valid JSON'],
      ['[]', 'top level'],
      ['{"securityProfiles": "x"}', 'securityProfiles'],
      ['{"formatVersion": 99}', 'formatVersion'],
    ]) {
      const stateFile = join(dir, 'bad.json');
      writeFileSync(stateFile, content!);
      const error = await startEmulator({ stateFile }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(StateFileError);
      expect((error as Error).message).toContain(text);
      expect(readFileSync(stateFile, 'utf8')).toBe(content);
    }
  });

  it('serves violations seeded in the state file, with filters', async () => {
    const stateFile = join(tempDir(), 'violations.json');
    const behavior = { name: 'sent', metric: 'aws:num-messages-sent', criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300 } };
    const mlBehavior = { name: 'ml', metric: 'aws:num-messages-sent', criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } } };
    writeFileSync(
      stateFile,
      JSON.stringify({
        securityProfiles: [{ securityProfileName: 'p', behaviors: [behavior, mlBehavior] }],
        activeViolations: [
          { violationId: 'v-1', thingName: 'lamp-1', securityProfileName: 'p', behavior, lastViolationValue: { count: 9 }, lastViolationTime: 1700000000, violationStartTime: 1699990000 },
          { violationId: 'v-2', thingName: 'lamp-2', securityProfileName: 'p', behavior: mlBehavior, violationEventAdditionalInfo: { confidenceLevel: 'HIGH' }, violationStartTime: 1699990000 },
        ],
        violationEvents: [
          { violationId: 'v-1', thingName: 'lamp-1', securityProfileName: 'p', behavior, metricValue: { count: 9 }, violationEventType: 'in-alarm', violationEventTime: 1700000000 },
          { violationId: 'v-0', thingName: 'lamp-1', securityProfileName: 'p', behavior, violationEventType: 'alarm-cleared', violationEventTime: 1600000000 },
        ],
      }),
    );
    await withEmulator(stateFile, async (iot) => {
      const all = await iot.send(new ListActiveViolationsCommand({}));
      expect(all.activeViolations!.map((v) => v.violationId)).toEqual(['v-1', 'v-2']);
      expect(all.activeViolations![0]!.lastViolationTime).toEqual(new Date(1700000000 * 1000));
      const ml = await iot.send(new ListActiveViolationsCommand({ behaviorCriteriaType: 'MACHINE_LEARNING' }));
      expect(ml.activeViolations!.map((v) => v.violationId)).toEqual(['v-2']);
      const lamp = await iot.send(new ListActiveViolationsCommand({ thingName: 'lamp-1' }));
      expect(lamp.activeViolations!.map((v) => v.violationId)).toEqual(['v-1']);
      const events = await iot.send(new ListViolationEventsCommand({ startTime: new Date('2023-01-01T00:00:00Z'), endTime: new Date() }));
      expect(events.violationEvents!.map((v) => v.violationEventType)).toEqual(['in-alarm']);
      const profile = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'p' }));
      expect(profile).toMatchObject({ version: 1, securityProfileArn: arn('securityprofile', 'p') });
    });
  });
});
