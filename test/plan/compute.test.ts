import { describe, expect, it } from 'vitest';
import type { SecurityProfile } from '../../src/model/types.js';
import type { Change, Plan } from '../../src/plan/types.js';
import {
  customMetric,
  dimension,
  emptyLive,
  liveCustomMetric,
  liveDimension,
  liveOf,
  liveProfile,
  plan,
  profile,
  reindex,
  SCOPE,
} from './fixtures.js';

const only = (p: Plan, action?: Change['action']) => {
  const changes = action ? p.changes.filter((c) => c.action === action) : p.changes;
  expect(changes).toHaveLength(1);
  return changes[0]!;
};
const requestsOf = (c: Change) => c.requests.map((r) => r.operation);

/** A plan where only the profile differs: `edit` changes the desired copy of an applied profile. */
function profileUpdate(edit: (p: SecurityProfile) => void, base = profile('a')) {
  const live = liveOf([base]);
  const desired = structuredClone(base);
  edit(desired);
  return plan([desired], live);
}

describe('empty account', () => {
  it('creates everything, in dependency order, with the ownership tag and attachments', () => {
    const p = plan([profile('a'), dimension('d'), customMetric('m')], emptyLive());
    expect(p.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      'create custom_metric.m',
      'create dimension.d',
      'create security_profile.a',
      'attach target.a→all/registered-things',
      'attach target.a→thinggroup/lights',
    ]);
    expect(p.summary).toEqual({ create: 3, update: 0, delete: 0, attach: 2, detach: 0, unchanged: 0 });
    const create = p.changes[2]!.requests[0]!;
    expect(create.operation).toBe('CreateSecurityProfile');
    expect(create.input.tags).toEqual([
      { Key: 'managed-by', Value: 'defender-gitops' },
      { Key: 'team', Value: 'lighting' },
    ]);
    expect(p.changes[3]!.requests[0]).toEqual({
      operation: 'AttachSecurityProfile',
      input: { securityProfileName: 'a', securityProfileTargetArn: 'arn:aws:iot:eu-west-1:123456789012:all/registered-things' },
    });
    expect(p.changes[1]!.requests[0]!.input).toMatchObject({ name: 'd', type: 'TOPIC_FILTER', stringValues: ['lights/+/status', 'lights/+/cmd'] });
    expect(p.changes[0]!.requests[0]!.input).toMatchObject({ metricName: 'm', metricType: 'number', displayName: 'Battery %' });
    expect(p.errors).toEqual([]);
  });

  it('uses a custom ownership tag', () => {
    const p = plan([dimension('d')], emptyLive(), { ownershipTag: { key: 'owner', value: 'gitops' } });
    expect(p.changes[0]!.requests[0]!.input.tags).toEqual([{ Key: 'owner', Value: 'gitops' }]);
  });
});

describe('no phantom changes', () => {
  it('is empty right after an apply', () => {
    const desired = [profile('a'), dimension('d'), customMetric('m')];
    const p = plan(desired, liveOf(desired));
    expect(p.changes).toEqual([]);
    expect(p.summary).toEqual({ create: 0, update: 0, delete: 0, attach: 0, detach: 0, unchanged: 3 });
  });

  it('ignores the order of behaviors, ports, cidrs, strings, string values, targets and tags', () => {
    const base = profile('a', {
      behaviors: [
        ...profile('a').behaviors!,
        { name: 'ips', metric: 'aws:source-ip-address', criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.0/8', '192.168.0.0/16'] } } },
      ],
      tags: { team: 'lighting', env: 'prod' },
    });
    const live = liveOf([base, dimension('d')]);
    const desired = structuredClone(base);
    desired.behaviors!.reverse();
    desired.behaviors!.find((b) => b.name === 'ports')!.criteria!.value!.ports!.reverse();
    desired.behaviors!.find((b) => b.name === 'ips')!.criteria!.value!.cidrs!.reverse();
    desired.targets!.reverse();
    desired.tags = { env: 'prod', team: 'lighting' };
    const dim = dimension('d', { stringValues: ['lights/+/cmd', 'lights/+/status', 'lights/+/cmd'] });
    expect(plan([desired, dim], live).changes).toEqual([]);
  });

  it('treats absent and default the same, both ways', () => {
    const written = profile('a', {
      description: undefined,
      behaviors: [
        { name: 'msgs', metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'd' }, criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300 } },
      ],
      additionalMetricsToRetainV2: [{ metric: 'aws:num-messages-received', metricDimension: { dimensionName: 'd' } }],
    });
    const described = liveProfile(written, {
      description: '',
      behaviors: [
        {
          name: 'msgs',
          metric: 'aws:num-messages-sent',
          metricDimension: { dimensionName: 'd', operator: 'IN' },
          criteria: { comparisonOperator: 'greater-than', value: { count: '5' as unknown as number }, durationSeconds: 300, consecutiveDatapointsToAlarm: 1, consecutiveDatapointsToClear: 1 },
          suppressAlerts: false,
          exportMetric: false,
        },
      ],
      additionalMetricsToRetainV2: [{ metric: 'aws:num-messages-received', metricDimension: { dimensionName: 'd', operator: 'IN' }, exportMetric: false }],
      alertTargets: {},
    });
    const live = reindex({ ...liveOf([dimension('d')]), profiles: { a: described } });
    expect(plan([written, dimension('d')], live).changes).toEqual([]);
  });

  it('reads deprecated V1 metrics to retain the same as V2 items without a dimension', () => {
    const written = profile('a', { additionalMetricsToRetain: ['aws:num-disconnects'] });
    const live = reindex({ ...emptyLive(), profiles: { a: liveProfile(written, { additionalMetricsToRetain: ['aws:num-disconnects'], additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }] }) } });
    expect(plan([written], live).changes).toEqual([]);
  });

  it('leaves the ownership tag and aws: tags alone when the file does not mention them', () => {
    const live = liveOf([profile('a')]);
    live.profiles.a!.tags['aws:cloudformation:stack-name'] = 'old';
    expect(plan([profile('a')], live).changes).toEqual([]);
  });

  it('does not manage targets or tags a file leaves out', () => {
    const live = liveOf([profile('a')]);
    expect(plan([profile('a', { targets: undefined, tags: undefined })], live).changes).toEqual([]);
  });
});

describe('profile updates send only what changed', () => {
  it('one behavior field: the whole behavior list, the version guard, a named diff path', () => {
    const p = profileUpdate((d) => {
      d.behaviors![0]!.criteria!.value!.count = 5;
    });
    const c = only(p);
    expect(c.action).toBe('update');
    expect(c.diff).toEqual([{ path: 'behaviors[auth-failures].criteria.value.count', from: 10, to: 5 }]);
    expect(c.unchangedBehaviors).toBe(1);
    expect(c.requests).toEqual([
      {
        operation: 'UpdateSecurityProfile',
        input: { securityProfileName: 'a', behaviors: JSON.parse(JSON.stringify(profile('a').behaviors!)).map((b: { name: string }, i: number) => (i === 0 ? { ...b, criteria: { ...profile('a').behaviors![0]!.criteria, value: { count: 5 } } } : b)), expectedVersion: 3 },
      },
    ]);
    expect(p.summary.update).toBe(1);
  });

  const behaviorEdits: [string, (p: SecurityProfile) => void, string][] = [
    ['durationSeconds', (p) => (p.behaviors![0]!.criteria!.durationSeconds = 600), 'behaviors[auth-failures].criteria.durationSeconds'],
    ['consecutiveDatapointsToAlarm', (p) => (p.behaviors![0]!.criteria!.consecutiveDatapointsToAlarm = 3), 'behaviors[auth-failures].criteria.consecutiveDatapointsToAlarm'],
    ['consecutiveDatapointsToClear', (p) => (p.behaviors![0]!.criteria!.consecutiveDatapointsToClear = 2), 'behaviors[auth-failures].criteria.consecutiveDatapointsToClear'],
    ['comparisonOperator', (p) => (p.behaviors![0]!.criteria!.comparisonOperator = 'greater-than-equals'), 'behaviors[auth-failures].criteria.comparisonOperator'],
    ['suppressAlerts', (p) => (p.behaviors![0]!.suppressAlerts = true), 'behaviors[auth-failures].suppressAlerts'],
    ['exportMetric', (p) => (p.behaviors![0]!.exportMetric = true), 'behaviors[auth-failures].exportMetric'],
    ['metric', (p) => (p.behaviors![0]!.metric = 'aws:num-disconnects'), 'behaviors[auth-failures].metric'],
    ['metricDimension', (p) => (p.behaviors![0]!.metricDimension = { dimensionName: 'd', operator: 'NOT_IN' }), 'behaviors[auth-failures].metricDimension'],
    ['statisticalThreshold', (p) => (p.behaviors![0]!.criteria = { comparisonOperator: 'greater-than', statisticalThreshold: { statistic: 'p90' }, durationSeconds: 300 }), 'behaviors[auth-failures].criteria.statisticalThreshold'],
    ['a port', (p) => (p.behaviors![1]!.criteria!.value!.ports = [22, 443]), 'behaviors[ports].criteria.value.ports'],
  ];
  it.each(behaviorEdits)('a behavior %s change sends the behaviors and nothing else', (_name, edit, path) => {
    const c = only(profileUpdate(edit));
    expect(c.diff.map((d) => d.path)).toContain(path);
    expect(c.requests).toHaveLength(1);
    expect(Object.keys(c.requests[0]!.input).sort()).toEqual(['behaviors', 'expectedVersion', 'securityProfileName']);
  });

  it('description: changed, then removed (sent as "")', () => {
    const changed = only(profileUpdate((d) => (d.description = 'new')));
    expect(changed.requests).toEqual([{ operation: 'UpdateSecurityProfile', input: { securityProfileName: 'a', securityProfileDescription: 'new', expectedVersion: 3 } }]);
    const removed = only(profileUpdate((d) => delete d.description));
    expect(removed.requests[0]!.input).toEqual({ securityProfileName: 'a', securityProfileDescription: '', expectedVersion: 3 });
    expect(removed.diff).toEqual([{ path: 'description', from: 'a rules', to: '' }]);
  });

  it('emptied lists are cleared with their delete flag, never with the value too', () => {
    const withAll = profile('a', {
      alertTargets: { SNS: { alertTargetArn: 'arn:aws:sns:eu-west-1:123456789012:alerts', roleArn: 'arn:aws:iam::123456789012:role/sns' } },
      additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }],
      metricsExportConfig: { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' },
    });
    const p = profileUpdate((d) => {
      d.behaviors = [];
      delete d.alertTargets;
      d.additionalMetricsToRetainV2 = [];
      delete d.metricsExportConfig;
    }, withAll);
    expect(only(p).requests).toEqual([
      {
        operation: 'UpdateSecurityProfile',
        input: {
          securityProfileName: 'a',
          deleteAdditionalMetricsToRetain: true,
          deleteAlertTargets: true,
          deleteBehaviors: true,
          deleteMetricsExportConfig: true,
          expectedVersion: 3,
        },
      },
    ]);
  });

  it('a new alert target, metrics to retain and export config are sent as values', () => {
    const p = profileUpdate((d) => {
      d.alertTargets = { SNS: { alertTargetArn: 'arn:aws:sns:eu-west-1:123456789012:alerts', roleArn: 'arn:aws:iam::123456789012:role/sns' } };
      d.additionalMetricsToRetainV2 = [{ metric: 'aws:num-disconnects', exportMetric: true }];
      d.metricsExportConfig = { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' };
    });
    const input = only(p).requests[0]!.input;
    expect(Object.keys(input).sort()).toEqual(['additionalMetricsToRetainV2', 'alertTargets', 'expectedVersion', 'metricsExportConfig', 'securityProfileName']);
    expect(only(p).diff.map((d) => d.path)).toEqual(['additionalMetricsToRetainV2[aws:num-disconnects]', 'alertTargets.SNS', 'metricsExportConfig']);
  });

  it('a behavior added and one removed, matched by name', () => {
    const p = profileUpdate((d) => {
      d.behaviors = [d.behaviors![1]!, { name: 'ml', metric: 'aws:num-messages-sent', criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } } }];
    });
    const c = only(p);
    expect(c.diff.map((d) => [d.path, d.from === undefined ? '+' : d.to === undefined ? '-' : '~'])).toEqual([
      ['behaviors[auth-failures]', '-'],
      ['behaviors[ml]', '+'],
    ]);
    expect(c.unchangedBehaviors).toBe(1);
    expect((c.requests[0]!.input.behaviors as { name: string }[]).map((b) => b.name)).toEqual(['ports', 'ml']);
  });

  it('a set member change reports the whole set', () => {
    const c = only(profileUpdate((d) => d.behaviors![1]!.criteria!.value!.ports!.push(1883)));
    expect(c.diff).toEqual([{ path: 'behaviors[ports].criteria.value.ports', from: [22, 443, 8883], to: [22, 443, 1883, 8883].sort((a, b) => a - b) }]);
  });

  it('tag-only changes are an update made of TagResource and UntagResource, without a profile write', () => {
    const c = only(profileUpdate((d) => (d.tags = { team: 'security', cost: 'iot' })), 'update');
    expect(c.requests).toEqual([
      { operation: 'TagResource', input: { resourceArn: 'arn:aws:iot:eu-west-1:123456789012:securityprofile/a', tags: [{ Key: 'cost', Value: 'iot' }, { Key: 'team', Value: 'security' }] } },
    ]);
    const removed = only(profileUpdate((d) => (d.tags = {})), 'update');
    expect(removed.requests).toEqual([{ operation: 'UntagResource', input: { resourceArn: 'arn:aws:iot:eu-west-1:123456789012:securityprofile/a', tagKeys: ['team'] } }]);
    expect(removed.diff).toEqual([{ path: 'tags.team', from: 'lighting' }]);
  });

  it('content and tags together: the profile write first, then the tags', () => {
    const c = only(profileUpdate((d) => {
      d.description = 'x';
      d.tags = { team: 'x' };
    }));
    expect(requestsOf(c)).toEqual(['UpdateSecurityProfile', 'TagResource']);
  });
});

describe('targets', () => {
  it('attaches and detaches one target at a time, detaching with the live ARN', () => {
    const p = profileUpdate((d) => (d.targets = ['thing-group/lights', 'thing-group/heaters']));
    expect(p.changes.map((c) => `${c.action} ${c.address}`)).toEqual(['attach target.a→thinggroup/heaters', 'detach target.a→all/registered-things']);
    expect(p.changes[1]!.requests[0]!.input).toEqual({ securityProfileName: 'a', securityProfileTargetArn: 'arn:aws:iot:eu-west-1:123456789012:all/registered-things' });
    expect(p.changes[1]!.reason).toContain('all/registered-things is not in the targets');
    expect(p.summary).toMatchObject({ attach: 1, detach: 1, update: 0, unchanged: 1 });
  });

  it('accepts full ARNs in the live account and rejects others with the file named', () => {
    const base = profile('a');
    const ok = plan([{ ...base, targets: ['arn:aws:iot:eu-west-1:123456789012:thinggroup/lights', 'registered-things'] }], liveOf([base]));
    expect(ok.changes).toEqual([]);
    const sources = new Map([
      ['SecurityProfile/a', { file: 'profiles/a.yaml', line: 1, column: 1 }],
      ['SecurityProfile/a.targets[1]', { file: 'profiles/a.yaml', line: 9, column: 5 }],
    ]);
    const bad = plan([{ ...base, targets: ['registered-things', 'arn:aws:iot:us-east-1:999999999999:thinggroup/lights'] }], emptyLive(), { sources });
    expect(bad.errors).toEqual([expect.objectContaining({ ruleId: 'target-account-mismatch', file: 'profiles/a.yaml', line: 9, column: 5, severity: 'error' })]);
    expect(bad.errors[0]!.message).toContain('999999999999');
    expect(bad.changes.filter((c) => c.action === 'attach').map((c) => c.address)).toEqual(['target.a→all/registered-things']);
  });
});

describe('dimensions and custom metrics', () => {
  it('updates dimension values in place and replaces on a type change', () => {
    const live = liveOf([dimension('d')]);
    const c = only(plan([dimension('d', { stringValues: ['x/#'] })], live));
    expect(c.requests).toEqual([{ operation: 'UpdateDimension', input: { name: 'd', stringValues: ['x/#'] } }]);
    live.dimensions.d!.type = 'OTHER' as 'TOPIC_FILTER';
    const r = only(plan([dimension('d')], live));
    expect(r.action).toBe('replace');
    expect(requestsOf(r)).toEqual(['DeleteDimension', 'CreateDimension']);
  });

  it('custom metric display name: always sent on update, "" when removed; metricType replaces', () => {
    const live = liveOf([customMetric('m')]);
    expect(only(plan([customMetric('m', { displayName: 'Battery' })], live)).requests).toEqual([{ operation: 'UpdateCustomMetric', input: { metricName: 'm', displayName: 'Battery' } }]);
    expect(only(plan([customMetric('m', { displayName: undefined })], live)).requests[0]!.input).toEqual({ metricName: 'm', displayName: '' });
    const r = plan([customMetric('m', { metricType: 'number-list' })], live);
    expect(only(r).action).toBe('replace');
    expect(only(r).reason).toContain('metricType');
    expect(r.summary).toMatchObject({ create: 1, delete: 1 });
    expect(only(r).requests[1]!.input.tags).toEqual([{ Key: 'managed-by', Value: 'defender-gitops' }]);
  });
});

describe('ownership and pruning', () => {
  function withOrphans() {
    const live = liveOf([profile('keep'), profile('owned'), dimension('owned-dim'), customMetric('owned-metric')]);
    live.profiles.foreign = liveProfile(profile('foreign'), { tags: {} });
    live.dimensions['foreign-dim'] = liveDimension(dimension('foreign-dim'), { tags: { team: 'x' } });
    live.customMetrics['foreign-metric'] = liveCustomMetric(customMetric('foreign-metric'), { tags: {} });
    return reindex(live, ['console-made']);
  }

  it('lists live resources missing from the files as unmanaged, deleting nothing', () => {
    const p = plan([profile('keep')], withOrphans());
    expect(p.changes).toEqual([]);
    expect(p.unmanaged.map((u) => `${u.kind}/${u.name}`)).toEqual([
      'CustomMetric/foreign-metric',
      'CustomMetric/owned-metric',
      'Dimension/foreign-dim',
      'Dimension/owned-dim',
      'SecurityProfile/console-made',
      'SecurityProfile/foreign',
      'SecurityProfile/owned',
    ]);
    expect(p.unmanaged.find((u) => u.name === 'owned')!.reason).toContain('--prune');
  });

  it('with --prune deletes only owned resources, profiles before what they use, with the version guard', () => {
    const p = plan([profile('keep')], withOrphans(), { prune: true });
    expect(p.changes.map((c) => `${c.action} ${c.address}`)).toEqual(['delete security_profile.owned', 'delete custom_metric.owned-metric', 'delete dimension.owned-dim']);
    expect(p.changes[0]!.requests).toEqual([{ operation: 'DeleteSecurityProfile', input: { securityProfileName: 'owned', expectedVersion: 3 } }]);
    expect(p.changes[2]!.requests).toEqual([{ operation: 'DeleteDimension', input: { name: 'owned-dim' } }]);
    expect(p.unmanaged.map((u) => u.name)).toEqual(['foreign-metric', 'foreign-dim', 'console-made', 'foreign']);
    expect(p.summary.delete).toBe(3);
  });
});

describe('plan-time limit checks', () => {
  it('more than 5 profiles on a target, counting profiles attached outside the repository', () => {
    const live = emptyLive();
    live.profilesByTarget['thinggroup/lights'] = ['x1', 'x2', 'x3', 'x4', 'x5'];
    const p = plan([profile('a', { targets: ['thing-group/lights'] })], live);
    expect(p.errors).toEqual([expect.objectContaining({ ruleId: 'max-profiles-per-target', name: 'a' })]);
    expect(p.errors[0]!.message).toMatch(/6 security profiles.*outside the repository: x1, x2, x3, x4, x5/);
  });

  it('a swap on a full target fits: the detach runs before the attach', () => {
    const others = ['x1', 'x2', 'x3', 'x4'].map((n) => profile(n, { targets: ['thing-group/lights'] }));
    const old = profile('old', { targets: ['thing-group/lights'] });
    const live = liveOf([...others, old]);
    const p = plan([...others, { ...old, targets: [] }, profile('new', { targets: ['thing-group/lights'] })], live);
    expect(p.errors).toEqual([]);
    const order = p.changes.map((c) => `${c.action} ${c.address}`);
    expect(order.indexOf('detach target.old→thinggroup/lights')).toBeLessThan(order.indexOf('attach target.new→thinggroup/lights'));
  });

  it('attaching to a thing group that does not exist', () => {
    const live = emptyLive();
    live.missingTargets = ['thinggroup/lights'];
    const p = plan([profile('a')], live);
    expect(p.errors).toEqual([expect.objectContaining({ ruleId: 'missing-thing-group', name: 'a' })]);
    expect(p.errors[0]!.message).toContain('thinggroup/lights');
  });

  it('more than 10 dimensions in the account after the plan', () => {
    const live = liveOf(Array.from({ length: 10 }, (_, i) => dimension(`live${i}`, { tags: {} })));
    for (const d of Object.values(live.dimensions)) d.tags = {};
    const p = plan([dimension('one-more')], live);
    expect(p.errors).toEqual([expect.objectContaining({ ruleId: 'max-dimensions', kind: 'Dimension', name: 'one-more' })]);
    expect(p.errors[0]!.message).toContain('11 dimensions');
  });

  it('deleting a dimension or custom metric a kept profile still uses', () => {
    const user = profile('user', {
      behaviors: [
        { name: 'b', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 10 } } },
        { name: 'm', metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'topics' }, criteria: { comparisonOperator: 'greater-than', value: { count: 1 }, durationSeconds: 300 } },
      ],
    });
    const live = liveOf([user, dimension('topics'), customMetric('battery')]);
    const p = plan([user], live, { prune: true });
    expect(p.errors.map((e) => `${e.ruleId} ${e.kind}/${e.name}`).sort()).toEqual(['delete-in-use CustomMetric/battery', 'delete-in-use Dimension/topics']);
    // Deleting the profile that uses them too is fine.
    expect(plan([], live, { prune: true }).errors).toEqual([]);
  });

  it('counts live profiles outside the repository as users', () => {
    const live = liveOf([dimension('topics')]);
    live.profilesUsingDimension.topics = ['console-made'];
    const p = plan([], live, { prune: true });
    expect(p.errors[0]!.message).toContain('console-made');
  });

  it('a reference to a dimension or custom metric that exists nowhere', () => {
    const p = plan([profile('a', { behaviors: [{ name: 'b', metric: 'nope', criteria: { comparisonOperator: 'less-than', value: { number: 1 } } }] })], emptyLive());
    expect(p.errors).toEqual([expect.objectContaining({ ruleId: 'unknown-custom-metric', name: 'a' })]);
  });

  it('replacing a custom metric live profiles use', () => {
    const user = profile('user', { behaviors: [{ name: 'b', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 10 } } }] });
    const live = liveOf([user, customMetric('battery')]);
    const p = plan([user, customMetric('battery', { metricType: 'number-list' })], live);
    expect(p.errors).toEqual([expect.objectContaining({ ruleId: 'replace-in-use', name: 'battery' })]);
  });
});

describe('fingerprints and hash', () => {
  it('records what every touched resource looked like, and null for new ones', () => {
    const live = liveOf([profile('a'), dimension('d')]);
    const p = plan([profile('a', { description: 'x' }), dimension('d', { stringValues: ['y'] }), customMetric('m')], live);
    expect(p.fingerprints).toEqual({
      profiles: { a: { version: 3, targets: live.profiles.a!.targets.slice().sort(), tags: { 'managed-by': 'defender-gitops', team: 'lighting' } } },
      dimensions: { d: { lastModifiedDate: 1_788_000_000, tags: { 'managed-by': 'defender-gitops' } } },
      customMetrics: { m: { lastModifiedDate: null, tags: {} } },
    });
    expect(p.scope).toEqual(SCOPE);
  });

  it('the hash is stable and moves with the changes or the fingerprints', () => {
    const live = liveOf([profile('a')]);
    const desired = [profile('a', { description: 'x' })];
    const h = plan(desired, live).planHash;
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(plan(desired, liveOf([profile('a')])).planHash).toBe(h);
    expect(plan([profile('a', { description: 'y' })], live).planHash).not.toBe(h);
    live.profiles.a!.version = 4;
    expect(plan(desired, live).planHash).not.toBe(h);
  });
});
