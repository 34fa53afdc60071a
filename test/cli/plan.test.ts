// `defender-gitops plan` end to end: the built CLI against the emulator over real HTTP.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as iot from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { account, ACCOUNT, applyPlan, project, REGION, runCli, thingGroups, type Account, type Project } from './plan-helpers.js';

const lights = {
  kind: 'SecurityProfile',
  name: 'smart-lights',
  description: 'Lights publish only to their own topics',
  behaviors: [
    {
      name: 'foreign-topics',
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'FavoriteTopics', operator: 'NOT_IN' },
      criteria: { comparisonOperator: 'less-than', value: { count: 1 }, durationSeconds: 300 },
    },
    { name: 'ports', metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [8883, 443] } } },
    { name: 'battery', metric: 'battery-percentage', criteria: { comparisonOperator: 'less-than', value: { number: 15 }, consecutiveDatapointsToAlarm: 2 } },
  ],
  additionalMetricsToRetainV2: [{ metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'FavoriteTopics' } }],
  targets: ['thing-group/smart-lights', 'registered-things'],
  tags: { team: 'lighting' } as Record<string, string>,
};
const topics = { kind: 'Dimension', name: 'FavoriteTopics', type: 'TOPIC_FILTER', stringValues: ['lights/+/status', 'lights/+/cmd'] };
const battery = { kind: 'CustomMetric', name: 'battery-percentage', metricType: 'number', displayName: 'Battery %' };

let files: Project;
let aws: Account;

beforeEach(async () => {
  files = await project();
  aws = await account();
  await thingGroups(aws.client, 'smart-lights', 'heaters');
  await files.write('lights.yaml', lights, topics, battery);
});
afterEach(async () => {
  await aws.close();
  await files.close();
});

async function planJson(...extra: string[]): Promise<Plan> {
  const r = await runCli(['plan', '--format', 'json', ...aws.flags, ...extra], files.dir);
  expect(r.stderr).not.toContain('internal error');
  expect([0, 2]).toContain(r.code);
  return JSON.parse(r.stdout) as Plan;
}

/** Plans, applies the plan's own requests through the SDK, and returns the plan. */
async function converge(): Promise<Plan> {
  const plan = await planJson();
  await applyPlan(aws.client, plan);
  return plan;
}

describe('plan against the emulator', () => {
  it('an empty account: everything is created, in order; text, json and exit codes agree', async () => {
    const text = await runCli(['plan', ...aws.flags, '--detailed-exitcode', '--no-color'], files.dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('  # security_profile.smart-lights will be created');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Plan: 3 to create, 0 to update, 0 to delete, 2 to attach, 0 to detach.');
    expect(text.stderr).toMatch(/Reading live state from .*0 security profiles, 0 dimensions, 0 custom metrics, .*\(\d+\.\d+s\)/);
    const plan = await planJson();
    expect(plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      'create custom_metric.battery-percentage',
      'create dimension.FavoriteTopics',
      'create security_profile.smart-lights',
      'attach target.smart-lights→all/registered-things',
      'attach target.smart-lights→thinggroup/smart-lights',
    ]);
    expect(plan.scope).toEqual({ partition: 'aws', region: REGION, account: ACCOUNT });
    expect((await runCli(['plan', ...aws.flags], files.dir)).code).toBe(0);
  });

  it('after applying the plan, the next plan is empty; reordering in the files changes nothing', async () => {
    await converge();
    const again = await runCli(['plan', ...aws.flags, '--detailed-exitcode'], files.dir);
    expect(again.stdout).toBe('No changes. Live state matches the repository.\n');
    expect(again.code).toBe(0);
    const reordered = structuredClone(lights);
    reordered.behaviors.reverse();
    reordered.behaviors.find((b) => b.name === 'ports')!.criteria.value.ports!.reverse();
    reordered.targets.reverse();
    await files.write('lights.yaml', battery, { ...topics, stringValues: [...topics.stringValues].reverse() }, reordered);
    expect((await planJson()).changes).toEqual([]);
  });

  it('every field change gives the minimal request, and applying it converges', async () => {
    await converge();
    const edited = structuredClone(lights) as typeof lights & { alertTargets?: unknown };
    edited.behaviors[0]!.criteria.value.count = 3;
    delete (edited as { description?: string }).description;
    edited.additionalMetricsToRetainV2 = [];
    edited.targets = ['thing-group/heaters', 'registered-things'];
    edited.tags = { team: 'iot', cost: 'lab' };
    await files.write('lights.yaml', edited, { ...topics, stringValues: ['lights/#'] }, { ...battery, displayName: 'Battery' });
    const plan = await planJson();
    const requests = plan.changes.flatMap((c) => c.requests);
    const update = requests.find((r) => r.operation === 'UpdateSecurityProfile')!;
    expect(Object.keys(update.input).sort()).toEqual(['behaviors', 'deleteAdditionalMetricsToRetain', 'expectedVersion', 'securityProfileDescription', 'securityProfileName']);
    expect(update.input).toMatchObject({ securityProfileDescription: '', deleteAdditionalMetricsToRetain: true, expectedVersion: 1 });
    expect(requests.map((r) => r.operation)).toEqual([
      'UpdateCustomMetric',
      'UpdateDimension',
      'UpdateSecurityProfile',
      'TagResource',
      'AttachSecurityProfile',
      'DetachSecurityProfile',
    ]);
    expect(requests[0]!.input).toEqual({ metricName: 'battery-percentage', displayName: 'Battery' });
    expect(plan.summary).toEqual({ create: 0, update: 3, delete: 0, attach: 1, detach: 1, unchanged: 0 });
    await applyPlan(aws.client, plan);
    expect((await planJson()).changes).toEqual([]);
  });

  it('emptied lists are cleared with their delete flags', async () => {
    await files.write(
      'lights.yaml',
      { ...lights, alertTargets: { SNS: { alertTargetArn: `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`, roleArn: `arn:aws:iam::${ACCOUNT}:role/sns` } } },
      topics,
      battery,
    );
    await converge();
    await files.write('lights.yaml', { ...lights, behaviors: [], additionalMetricsToRetainV2: [] }, topics, battery);
    const plan = await planJson();
    const update = plan.changes.flatMap((c) => c.requests).find((r) => r.operation === 'UpdateSecurityProfile')!;
    expect(update.input).toEqual({ securityProfileName: 'smart-lights', deleteBehaviors: true, deleteAlertTargets: true, deleteAdditionalMetricsToRetain: true, expectedVersion: 1 });
    await applyPlan(aws.client, plan);
    expect((await planJson()).changes).toEqual([]);
  });

  it('leaves unmanaged resources alone, and prunes only owned ones', async () => {
    await converge();
    await aws.client.send(new iot.CreateSecurityProfileCommand({ securityProfileName: 'console-made' }));
    await aws.client.send(new iot.CreateCustomMetricCommand({ metricName: 'foreign', metricType: 'number', clientRequestToken: 'x' }));
    await files.write('lights.yaml', topics, battery);
    const kept = await planJson();
    expect(kept.changes).toEqual([]);
    expect(kept.unmanaged.map((u) => `${u.kind}/${u.name}`).sort()).toEqual(['CustomMetric/foreign', 'SecurityProfile/console-made', 'SecurityProfile/smart-lights']);
    const pruned = await planJson('--prune');
    expect(pruned.changes.map((c) => `${c.action} ${c.address}`)).toEqual(['delete security_profile.smart-lights']);
    expect(pruned.changes[0]!.requests[0]).toEqual({ operation: 'DeleteSecurityProfile', input: { securityProfileName: 'smart-lights', expectedVersion: 1 } });
    await applyPlan(aws.client, pruned);
    const after = await planJson('--prune');
    expect(after.changes).toEqual([]);
    expect(after.unmanaged.map((u) => u.name).sort()).toEqual(['console-made', 'foreign']);
  });

  it('fails at plan time when a target would get a sixth profile, counting profiles attached outside the repository', async () => {
    const arn = `arn:aws:iot:${REGION}:${ACCOUNT}:thinggroup/smart-lights`;
    for (let i = 1; i <= 5; i++) {
      await aws.client.send(new iot.CreateSecurityProfileCommand({ securityProfileName: `other-${i}` }));
      await aws.client.send(new iot.AttachSecurityProfileCommand({ securityProfileName: `other-${i}`, securityProfileTargetArn: arn }));
    }
    const r = await runCli(['plan', ...aws.flags, '--no-color'], files.dir);
    expect(r.code).toBe(1);
    // The error points at the profile's targets in the file.
    const text = await readFile(join(files.dir, 'profiles/lights.yaml'), 'utf8');
    const targetsLine = text.split('\n').findIndex((l) => l.includes('- thing-group/smart-lights')) + 1;
    expect(r.stdout).toContain(`profiles/lights.yaml:${targetsLine}:`);
    expect(r.stdout).toMatch(/profiles\/lights\.yaml:\d+:\d+: attaching smart-lights to thinggroup\/smart-lights would give it 6 security profiles .*attached outside the repository: other-1, other-2, other-3, other-4, other-5.* \[max-profiles-per-target\]/);
  });

  it('fails at plan time when a target thing group does not exist, pointing at the target line', async () => {
    await files.write('lights.yaml', { ...lights, targets: ['thing-group/smart-lights', 'thing-group/no-such-group'] }, topics, battery);
    const r = await runCli(['plan', ...aws.flags, '--no-color'], files.dir);
    expect(r.code).toBe(1);
    const text = await readFile(join(files.dir, 'profiles/lights.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('- thing-group/no-such-group')) + 1;
    expect(r.stdout).toMatch(new RegExp(`profiles/lights\\.yaml:${line}:\\d+: .*no-such-group.*\\[missing-thing-group\\]`));
    expect(r.stdout).not.toMatch(/thinggroup\/smart-lights, but .*\[missing-thing-group\]/);
  });

  it('fails at plan time when a pruned dimension is still used by a profile outside the repository', async () => {
    await converge();
    await aws.client.send(new iot.UpdateSecurityProfileCommand({ securityProfileName: 'smart-lights', deleteBehaviors: true, deleteAdditionalMetricsToRetain: true }));
    await aws.client.send(
      new iot.CreateSecurityProfileCommand({
        securityProfileName: 'console-made',
        additionalMetricsToRetainV2: [{ metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'FavoriteTopics' } }],
      }),
    );
    await files.write('lights.yaml', { ...lights, behaviors: [], additionalMetricsToRetainV2: [] }, battery);
    const r = await runCli(['plan', '--format', 'json', ...aws.flags, '--prune'], files.dir);
    expect(r.code).toBe(1);
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan.errors).toEqual([expect.objectContaining({ ruleId: 'delete-in-use', kind: 'Dimension', name: 'FavoriteTopics' })]);
    expect(plan.errors[0]!.message).toContain('console-made');
  });

  it('--out saves an appliable plan file, keeping stdout pure', async () => {
    const r = await runCli(['plan', '--format', 'json', '--out', 'out/plan.json', ...aws.flags], files.dir);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Plan;
    const saved = JSON.parse(await readFile(join(files.dir, 'out/plan.json'), 'utf8')) as Plan;
    expect(saved).toEqual(printed);
    expect(saved.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.fingerprints.profiles['smart-lights']).toEqual({ version: null, targets: [], tags: {} });
    expect(r.stderr).toContain('Saved the plan to: out/plan.json\nTo apply exactly these actions: defender-gitops apply out/plan.json\n');
  });

  it('markdown for a PR comment', async () => {
    const r = await runCli(['plan', '--format', 'markdown', ...aws.flags], files.dir);
    expect(r.stdout).toContain('**Plan: 3 to create, 0 to update, 0 to delete, 2 to attach, 0 to detach.**');
    expect(r.stdout).toContain('```diff\n+ custom_metric.battery-percentage  create\n');
  });

  it('refuses to plan files with lint errors, before any AWS call', async () => {
    await files.write('bad.yaml', { kind: 'SecurityProfile', name: 'bad', behaviours: [] });
    const r = await runCli(['plan', '--endpoint-url', 'http://127.0.0.1:9'], files.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('profiles/bad.yaml');
    expect(r.stderr).toMatch(/lint error/);
    expect(r.stdout).toBe('');
  });

  it('usage errors and an unreachable endpoint exit 1 with one line', async () => {
    const bad = await runCli(['plan', '--format', 'yml'], files.dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("unknown format 'yml'");
    const down = await runCli(['plan', '--endpoint-url', 'http://127.0.0.1:9'], files.dir);
    expect(down.code).toBe(1);
    expect(down.stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(['plan', '--help'], files.dir)).stdout).toContain('Exit codes:');
  });
});

describe('plan with the config file and --local', () => {
  it('--env takes the endpoint and paths from defender-gitops.yaml', async () => {
    await writeFile(join(files.dir, 'defender-gitops.yaml'), `environments:\n  test:\n    endpoint: ${aws.emulator.url}\n    region: ${REGION}\n    paths: [profiles]\n`);
    const r = await runCli(['plan', '--env', 'test', '--no-color'], files.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Plan: 3 to create');
    const typo = await runCli(['plan', '--env', 'tset'], files.dir);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown environment 'tset' (did you mean 'test'?)");
  });

  it('--local plans against the embedded emulator, whose state persists in .defender-gitops/', async () => {
    const r = await runCli(['plan', '--local', '--no-color', '--detailed-exitcode'], files.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Plan: 3 to create, 0 to update, 0 to delete, 2 to attach, 0 to detach.');
    expect(r.stderr).toContain('local emulator');
  });

  it('--local creates the thing groups the files target, so plan, apply, plan converges on a fresh machine', async () => {
    const first = await runCli(['plan', '--local', '--no-color'], files.dir);
    expect(first.stderr).toContain('local emulator: created thing group smart-lights');
    const applied = await runCli(['apply', '--local', '--auto-approve', '--no-color'], files.dir);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain('Apply complete: 3 created, 0 updated, 0 deleted, 2 attached, 0 detached');
    const again = await runCli(['plan', '--local', '--no-color', '--detailed-exitcode'], files.dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    expect(again.stderr).not.toContain('created thing group');
  });
});
