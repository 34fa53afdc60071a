import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AttachSecurityProfileCommand,
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
} from '@aws-sdk/client-iot';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnOf, testAccount, type TestAccount } from '../aws/helpers.js';
import { cli, tempDir } from './cli-helpers.js';

describe('defender-gitops import (built CLI against the emulator)', () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await testAccount();
    const { iot } = account;
    await iot.send(new CreateDimensionCommand({ name: 'Topics', type: 'TOPIC_FILTER', stringValues: ['cams/+/status'] }));
    await iot.send(new CreateCustomMetricCommand({ metricName: 'battery', metricType: 'number', displayName: 'Battery %' }));
    await iot.send(new CreateCustomMetricCommand({ metricName: 'unused', metricType: 'string-list' }));
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'cams' }));
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'cameras',
        securityProfileDescription: 'Console-made',
        behaviors: [
          {
            name: 'sent',
            metric: 'aws:num-messages-sent',
            metricDimension: { dimensionName: 'Topics', operator: 'IN' },
            criteria: { comparisonOperator: 'greater-than', value: { count: 100 }, durationSeconds: 300, consecutiveDatapointsToAlarm: 1, consecutiveDatapointsToClear: 2 },
          },
          { name: 'low-battery', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 10 } } },
        ],
        tags: [{ Key: 'team', Value: 'video' }],
      }),
    );
    await iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'cameras', securityProfileTargetArn: arnOf('thinggroup', 'cams') }));
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'empty' }));
  });
  afterAll(() => account?.close());

  const endpoint = () => ['--endpoint-url', account.emulator.url];

  it('writes one file per profile plus dimensions.yaml and custom-metrics.yaml, and lists them', async () => {
    const dir = tempDir('import');
    const result = await cli(['import', '--out-dir', 'profiles', ...endpoint()], { cwd: dir });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'profiles')).sort()).toEqual(['cameras.yaml', 'custom-metrics.yaml', 'dimensions.yaml', 'empty.yaml']);
    expect(result.stdout).toContain('Wrote profiles/cameras.yaml (SecurityProfile cameras)');
    expect(result.stdout).toContain('Imported 2 security profiles, 1 dimension and 2 custom metrics into profiles.');
    const cameras = parseAllDocuments(readFileSync(join(dir, 'profiles', 'cameras.yaml'), 'utf8')).map((d) => d.toJS());
    expect(cameras).toEqual([
      {
        kind: 'SecurityProfile',
        name: 'cameras',
        description: 'Console-made',
        behaviors: [
          {
            name: 'sent',
            metric: 'aws:num-messages-sent',
            metricDimension: { dimensionName: 'Topics' },
            criteria: { comparisonOperator: 'greater-than', value: { count: 100 }, durationSeconds: 300, consecutiveDatapointsToClear: 2 },
          },
          { name: 'low-battery', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 10 } } },
        ],
        targets: ['thing-group/cams'],
        tags: { team: 'video' },
      },
    ]);
    expect(readFileSync(join(dir, 'profiles', 'empty.yaml'), 'utf8')).toMatch(/^# .*\nkind: SecurityProfile\nname: empty\n$/);
  });

  it('never overwrites without --force, and says so', async () => {
    const dir = tempDir('import');
    expect((await cli(['import', '--out-dir', 'p', ...endpoint()], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'p', 'cameras.yaml'), 'utf8');
    const again = await cli(['import', '--out-dir', 'p', ...endpoint()], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not overwriting p/cameras.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'p', 'cameras.yaml'), 'utf8')).toBe(before);
    const forced = await cli(['import', '--out-dir', 'p', '--force', ...endpoint()], { cwd: dir });
    expect(forced.code).toBe(0);
  });

  it('imports named profiles with the dimensions and custom metrics they use; an unknown name is an error', async () => {
    const dir = tempDir('import');
    const result = await cli(['import', 'cameras', '--out-dir', 'out', ...endpoint()], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['cameras.yaml', 'custom-metrics.yaml', 'dimensions.yaml']);
    expect(readFileSync(join(dir, 'out', 'custom-metrics.yaml'), 'utf8')).not.toContain('unused');
    const unknown = await cli(['import', 'camera', '--out-dir', 'x', ...endpoint()], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no security profile, dimension or custom metric named camera (did you mean 'cameras'?)");
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('writes files that lint clean', async () => {
    const dir = tempDir('import');
    await cli(['import', '--out-dir', 'profiles', ...endpoint()], { cwd: dir });
    const lint = await cli(['lint', 'profiles'], { cwd: dir });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  });
});
