import { CreateThingGroupCommand, DescribeSecurityProfileCommand, ListSecurityProfilesCommand, ListTargetsForSecurityProfileCommand, UpdateSecurityProfileCommand } from '@aws-sdk/client-iot';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply.js';
import { arnOf, createProfile, testAccount, type TestAccount } from '../aws/helpers.js';
import { change, ownershipTags, planOf } from './plans.js';

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

const behaviors = [
  { name: 'sent', metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'Topics' }, criteria: { comparisonOperator: 'greater-than', value: { count: 100 }, durationSeconds: 300 } },
];

function createAll(group: string) {
  return [
    change('create', 'Dimension', 'Topics', [{ operation: 'CreateDimension', input: { name: 'Topics', type: 'TOPIC_FILTER', stringValues: ['a/#'], tags: ownershipTags } }]),
    change('create', 'SecurityProfile', 'lights', [
      { operation: 'CreateSecurityProfile', input: { securityProfileName: 'lights', behaviors, tags: [...ownershipTags, { Key: 'team', Value: 'x' }] } },
    ]),
    change('attach', 'SecurityProfile', 'lights', [{ operation: 'AttachSecurityProfile', input: { securityProfileName: 'lights', securityProfileTargetArn: arnOf('thinggroup', group) } }], arnOf('thinggroup', group)),
  ];
}

async function profileNames(a: TestAccount): Promise<string[]> {
  const out = await a.iot.send(new ListSecurityProfilesCommand({}));
  return (out.securityProfileIdentifiers ?? []).map((i) => i.name!).sort();
}

describe('applyPlan', () => {
  it('creates in dependency order, prints one line per action and a summary', async () => {
    account = await testAccount();
    await account.iot.send(new CreateThingGroupCommand({ thingGroupName: 'g' }));
    const lines: string[] = [];
    const result = await applyPlan(planOf(createAll('g'), { profiles: { lights: { version: null, targets: [], tags: {} } }, dimensions: { Topics: { lastModifiedDate: null, tags: {} } } }), account.session, {
      progress: (l) => lines.push(l),
    });
    expect(result.status).toBe('applied');
    expect(result.counts).toEqual({ created: 2, updated: 0, deleted: 0, attached: 1, detached: 0 });
    const targets = await account.iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: 'lights' }));
    expect(targets.securityProfileTargets?.map((t) => t.arn)).toEqual([arnOf('thinggroup', 'g')]);
    expect(lines[0]).toMatch(/^Reading live state from AWS IoT at http:\/\/127\.0\.0\.1:\d+… fingerprints match the plan \(\d+\.\ds\)$/);
    expect(lines.slice(1, 7)).toEqual([
      'dimension.Topics: Creating...',
      `dimension.Topics: Creation complete after 0s [arn=${arnOf('dimension', 'Topics')}]`,
      'security_profile.lights: Creating...',
      `security_profile.lights: Creation complete after 0s [arn=${arnOf('securityprofile', 'lights')}]`,
      'target.lights→thinggroup/g: Attaching...',
      'target.lights→thinggroup/g: Attach complete after 0s',
    ]);
    expect(lines.at(-1)).toMatch(/^\nApply complete: 2 created, 0 updated, 0 deleted, 1 attached, 0 detached \(\d+\.\ds\)\.$/);
  });

  it('refuses a stale plan, names what moved, and calls nothing that changes the account', async () => {
    account = await testAccount();
    await createProfile(account.iot, { securityProfileName: 'lights', securityProfileDescription: 'v1' });
    const update = change('update', 'SecurityProfile', 'lights', [
      { operation: 'UpdateSecurityProfile', input: { securityProfileName: 'lights', securityProfileDescription: 'v2', expectedVersion: 1 } },
    ]);
    const create = change('create', 'SecurityProfile', 'other', [{ operation: 'CreateSecurityProfile', input: { securityProfileName: 'other' } }]);
    const plan = planOf([update, create], { profiles: { lights: { version: 1, targets: [], tags: {} }, other: { version: null, targets: [], tags: {} } } });
    // Someone edits the profile in the console after the plan was made.
    await account.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: 'lights', securityProfileDescription: 'console' }));
    const lines: string[] = [];
    const result = await applyPlan(plan, account.session, { progress: (l) => lines.push(l) });
    expect(result.status).toBe('stale');
    expect(result.stale).toEqual(['security_profile.lights changed after the plan was created (version 1 in the plan, 2 live).']);
    expect(result.notAttempted.map((o) => o.address)).toEqual(['security_profile.lights', 'security_profile.other']);
    expect(await profileNames(account)).toEqual(['lights']);
    const live = await account.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'lights' }));
    expect(live.securityProfileDescription).toBe('console');
    expect(lines.join('\n')).toContain('Error: Saved plan is stale');
  });

  it('on a failure stops starting new actions and lists succeeded, failed and not attempted', async () => {
    account = await testAccount();
    const plan = planOf([
      change('create', 'SecurityProfile', 'good', [{ operation: 'CreateSecurityProfile', input: { securityProfileName: 'good' } }]),
      // References a dimension that does not exist: the service rejects it.
      change('create', 'SecurityProfile', 'bad', [{ operation: 'CreateSecurityProfile', input: { securityProfileName: 'bad', behaviors } }]),
      change('detach', 'SecurityProfile', 'good', [{ operation: 'DetachSecurityProfile', input: { securityProfileName: 'good', securityProfileTargetArn: arnOf('all', 'things') } }], arnOf('all', 'things')),
      change('delete', 'SecurityProfile', 'old', [{ operation: 'DeleteSecurityProfile', input: { securityProfileName: 'old' } }]),
    ]);
    const lines: string[] = [];
    const result = await applyPlan(plan, account.session, { progress: (l) => lines.push(l), concurrency: 1 });
    expect(result.status).toBe('failed');
    expect(result.succeeded.map((o) => o.address)).toEqual(['security_profile.good']);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.address).toBe('security_profile.bad');
    expect(result.failed[0]!.error).toMatch(/^CreateSecurityProfile bad failed: InvalidRequestException: .*Topics/);
    expect(result.notAttempted.map((o) => o.address)).toEqual(['target.good→all/things', 'security_profile.old']);
    const text = lines.join('\n');
    expect(text).toContain('security_profile.bad: Creation failed after 0s: CreateSecurityProfile bad failed: InvalidRequestException');
    expect(text).toMatch(/Apply failed: 1 failed, 2 not attempted; 1 created, 0 updated, 0 deleted, 0 attached, 0 detached/);
    expect(text).toContain('Not attempted:\n  target.good→all/things (detach)\n  security_profile.old (delete)');
  });

  it('stops with "plan again" on a VersionConflictException during the run', async () => {
    account = await testAccount();
    await createProfile(account.iot, { securityProfileName: 'lights' });
    await account.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: 'lights', securityProfileDescription: 'moved' }));
    // The fingerprints were taken after the move, but the request still carries the old version.
    const plan = planOf(
      [change('update', 'SecurityProfile', 'lights', [{ operation: 'UpdateSecurityProfile', input: { securityProfileName: 'lights', securityProfileDescription: 'x', expectedVersion: 1 } }])],
      { profiles: { lights: { version: 2, targets: [], tags: {} } } },
    );
    const lines: string[] = [];
    const result = await applyPlan(plan, account.session, { progress: (l) => lines.push(l) });
    expect(result.status).toBe('stale');
    expect(result.stale).toEqual(['security_profile.lights changed after the plan was created (version 1 in the plan, 2 live).']);
    expect(lines.join('\n')).toContain('Run `defender-gitops plan` again and review the new plan.');
  });

  it('counts a create answered ResourceAlreadyExists as done only when the live resource is what was asked for', async () => {
    account = await testAccount();
    // As if an earlier attempt succeeded but its answer was lost.
    await createProfile(account.iot, { securityProfileName: 'same', behaviors: behaviors.map((b) => ({ ...b, metricDimension: undefined })) as never, tags: ownershipTags });
    await createProfile(account.iot, { securityProfileName: 'different', securityProfileDescription: 'someone else' });
    const sameBehaviors = behaviors.map(({ metricDimension: _d, ...b }) => b);
    const ok = await applyPlan(
      planOf([change('create', 'SecurityProfile', 'same', [{ operation: 'CreateSecurityProfile', input: { securityProfileName: 'same', behaviors: sameBehaviors, tags: ownershipTags } }])]),
      account.session,
      { progress: () => {} },
    );
    expect(ok.status).toBe('applied');
    const clash = await applyPlan(
      planOf([change('create', 'SecurityProfile', 'different', [{ operation: 'CreateSecurityProfile', input: { securityProfileName: 'different', securityProfileDescription: 'ours' } }])]),
      account.session,
      { progress: () => {} },
    );
    expect(clash.status).toBe('stale');
    expect(clash.stale[0]).toMatch(/security profile different already exists with a different configuration/);
  });
});
