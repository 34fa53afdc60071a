// Issue #5 reliability: with --quotas aws and 20% injected internal failures, repeated applies
// converge with nothing lost, duplicated or half-configured, and the final plan is empty.
// The suite runs a smaller fleet; DEFENDER_GITOPS_RELIABILITY_PROFILES=200 runs the full size.
import { CreateThingGroupCommand, ListSecurityProfilesCommand, ListTagsForResourceCommand, ListTargetsForSecurityProfileCommand, DescribeSecurityProfileCommand } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model/types.js';
import { arnOf, testAccount, type TestAccount } from '../aws/helpers.js';
import { converge } from './converge.js';

const PROFILES = Number(process.env.DEFENDER_GITOPS_RELIABILITY_PROFILES ?? 24);
// At most 4 profiles per group (the limit is 5): 2 as first target, up to 2 as second.
const GROUPS = Math.ceil(PROFILES / 2);

function fleet(): Resource[] {
  const resources: Resource[] = [
    { kind: 'Dimension', name: 'telemetry', type: 'TOPIC_FILTER', stringValues: ['telemetry/#'] },
    { kind: 'CustomMetric', name: 'battery', metricType: 'number', displayName: 'Battery %' },
  ];
  for (let i = 0; i < PROFILES; i++) {
    resources.push({
      kind: 'SecurityProfile',
      name: `device-${i}`,
      description: `fleet ${i % 3}`,
      behaviors: [
        {
          name: 'telemetry-volume',
          metric: 'aws:num-messages-sent',
          metricDimension: { dimensionName: 'telemetry' },
          criteria: { comparisonOperator: 'greater-than', value: { count: 100 + i }, durationSeconds: 300 },
        },
        { name: 'low-battery', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 15 } } },
      ],
      targets: [`thing-group/group-${i % GROUPS}`, ...(i % 2 === 0 ? [`thing-group/group-${(i + 1) % GROUPS}`] : [])],
      tags: { team: `t${i % 5}`, index: String(i) },
    });
  }
  return resources;
}

describe(`apply under --quotas aws --fail-rate 0.2 (${PROFILES} profiles)`, () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await testAccount({ quotas: 'aws', failRate: 0.2, seed: 42 });
    for (let g = 0; g < GROUPS; g++) await account.iot.send(new CreateThingGroupCommand({ thingGroupName: `group-${g}` }));
  }, 60_000);
  afterAll(() => account?.close());

  it('converges in repeated runs: every profile once, complete, and a final empty plan', async () => {
    const desired = fleet();
    const { runs, final } = await converge(account.session, desired, 6);
    expect(final.errors).toEqual([]);
    expect(final.changes.map((c) => c.address)).toEqual([]);
    expect(runs.length).toBeGreaterThan(0);
    // Retries were needed and printed.
    expect(account.lines.some((l) => /^warning: AWS IoT answered InternalFailureException/.test(l))).toBe(true);

    // Nothing duplicated or lost: exactly the desired profiles, each with its targets, tags and behaviors.
    const listed = await account.iot.send(new ListSecurityProfilesCommand({ maxResults: 250 }));
    expect(listed.securityProfileIdentifiers?.map((p) => p.name).sort()).toEqual(desired.filter((r) => r.kind === 'SecurityProfile').map((r) => r.name).sort());
    for (const r of desired) {
      if (r.kind !== 'SecurityProfile') continue;
      const targets = await account.iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: r.name }));
      expect(targets.securityProfileTargets?.map((t) => t.arn).sort()).toEqual(r.targets!.map((t) => arnOf('thinggroup', t.split('/')[1]!)).sort());
      const tags = await account.iot.send(new ListTagsForResourceCommand({ resourceArn: arnOf('securityprofile', r.name) }));
      expect(Object.fromEntries(tags.tags!.map((t) => [t.Key, t.Value]))).toEqual({ ...r.tags, 'managed-by': 'defender-gitops' });
      const described = await account.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: r.name }));
      expect(described.behaviors?.map((b) => b.name).sort()).toEqual(['low-battery', 'telemetry-volume']);
    }
  }, 600_000);
});
