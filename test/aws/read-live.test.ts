import {
  AttachSecurityProfileCommand,
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateThingGroupCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLiveState } from '../../src/aws/read-live.js';
import { arnOf, createProfile, testAccount, type TestAccount } from './helpers.js';

const owned = { Key: 'managed-by', Value: 'defender-gitops' };

describe('readLiveState against the emulator', () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await testAccount({}, { tps: {} });
    const { iot } = account;
    await iot.send(new CreateDimensionCommand({ name: 'Topics', type: 'TOPIC_FILTER', stringValues: ['a/#', 'b/+'], tags: [owned] }));
    await iot.send(new CreateDimensionCommand({ name: 'Other', type: 'TOPIC_FILTER', stringValues: ['c/#'] }));
    await iot.send(new CreateCustomMetricCommand({ metricName: 'battery', metricType: 'number', displayName: 'Battery %', tags: [owned] }));
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'lights' }));
    await createProfile(iot, {
      securityProfileName: 'named',
      securityProfileDescription: 'in the files',
      behaviors: [
        {
          name: 'sent',
          metric: 'aws:num-messages-sent',
          metricDimension: { dimensionName: 'Topics', operator: 'NOT_IN' },
          criteria: { comparisonOperator: 'less-than', value: { count: 1 }, durationSeconds: 300 },
        },
        { name: 'battery-low', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 10 } } },
      ],
      tags: [{ Key: 'team', Value: 'lighting' }],
    });
    await createProfile(iot, { securityProfileName: 'owned-elsewhere', tags: [owned] });
    await createProfile(iot, { securityProfileName: 'unmanaged', tags: [{ Key: 'team', Value: 'other' }] });
    // Enough profiles that every list needs more than one page (250 per page).
    for (let i = 0; i < 260; i++) await createProfile(iot, { securityProfileName: `filler-${String(i).padStart(3, '0')}` });
    for (const p of ['named', 'unmanaged']) await iot.send(new AttachSecurityProfileCommand({ securityProfileName: p, securityProfileTargetArn: arnOf('thinggroup', 'lights') }));
    await iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'named', securityProfileTargetArn: arnOf('all', 'registered-things') }));
  });
  afterAll(() => account?.close());

  it('reads named and owned profiles in full, lists the rest by name, and reads every dimension and custom metric', async () => {
    const live = await readLiveState(account.session, {
      profiles: ['named', 'not-yet-created'],
      dimensions: ['Topics'],
      customMetrics: [],
      targets: ['thinggroup/lights', 'all/things'],
      ownershipTag: { key: 'managed-by', value: 'defender-gitops' },
    });
    expect(live.scope).toEqual({ partition: 'aws', region: 'us-east-1', account: '123456789012' });
    expect(Object.keys(live.profiles).sort()).toEqual(['named', 'owned-elsewhere']);
    expect(live.allProfileNames).toHaveLength(263);
    expect(live.allProfileNames).toContain('unmanaged');

    const named = live.profiles.named!;
    expect(named).toMatchObject({
      kind: 'SecurityProfile',
      name: 'named',
      description: 'in the files',
      arn: arnOf('securityprofile', 'named'),
      version: 1,
      targets: [arnOf('all', 'registered-things'), arnOf('thinggroup', 'lights')],
      tags: { team: 'lighting' },
    });
    expect(named.behaviors?.map((b) => b.name)).toEqual(['sent', 'battery-low']);
    expect(named.behaviors?.[0]?.metricDimension).toEqual({ dimensionName: 'Topics', operator: 'NOT_IN' });
    expect(typeof named.lastModifiedDate).toBe('number');
    expect(live.profiles['owned-elsewhere']!.tags).toEqual({ 'managed-by': 'defender-gitops' });

    expect(Object.keys(live.dimensions).sort()).toEqual(['Other', 'Topics']);
    expect(live.dimensions.Topics).toMatchObject({ type: 'TOPIC_FILTER', stringValues: ['a/#', 'b/+'], tags: { 'managed-by': 'defender-gitops' } });
    expect(live.customMetrics.battery).toMatchObject({ metricType: 'number', displayName: 'Battery %' });

    expect(live.profilesByTarget).toEqual({ 'thinggroup/lights': ['named', 'unmanaged'], 'all/things': [] });
    // Reverse indexes for what could be deleted: the named and the owned ones.
    expect(live.profilesUsingDimension).toEqual({ Topics: ['named'] });
    expect(live.profilesUsingCustomMetric).toEqual({ battery: ['named'] });
    expect(account.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });
});

describe('readLiveState under the AWS quotas', () => {
  it('paces every operation at its quota: no throttling, no retries', async () => {
    const account = await testAccount({ quotas: 'aws' });
    try {
      for (let i = 0; i < 15; i++) await createProfile(account.iot, { securityProfileName: `p${i}`, tags: [owned] });
      const live = await readLiveState(account.session, {
        profiles: Array.from({ length: 15 }, (_, i) => `p${i}`),
        dimensions: [],
        customMetrics: [],
        targets: [],
        ownershipTag: { key: 'managed-by', value: 'defender-gitops' },
      });
      expect(Object.keys(live.profiles)).toHaveLength(15);
      expect(account.lines).toEqual([]);
    } finally {
      await account.close();
    }
  });

  it('retries injected internal failures and still reads everything', async () => {
    const account = await testAccount({ failRate: 0.3, seed: 7 }, { tps: {} });
    try {
      for (let i = 0; i < 20; i++) await createProfile(account.iot, { securityProfileName: `f${i}` });
      const live = await readLiveState(account.session, {
        profiles: Array.from({ length: 20 }, (_, i) => `f${i}`),
        dimensions: [],
        customMetrics: [],
        targets: ['thinggroup/none'],
        ownershipTag: { key: 'managed-by', value: 'defender-gitops' },
      });
      expect(Object.keys(live.profiles)).toHaveLength(20);
      const reading = account.lines.filter((l) => !l.includes('GetCallerIdentity'));
      expect(reading.length).toBeGreaterThan(0);
      for (const line of reading) expect(line).toMatch(/^warning: AWS IoT answered InternalFailureException \(\w+( [\w/-]+)?\), retrying in \d+\.\ds \(attempt \d\/8\)$/);
    } finally {
      await account.close();
    }
  });
});
