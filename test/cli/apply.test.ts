// `defender-gitops apply` end to end: the built CLI against the emulator (embedded with --local, or
// in-process with --endpoint-url when a test changes the account behind the plan's back).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AttachSecurityProfileCommand,
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  DescribeSecurityProfileCommand,
  ListSecurityProfilesCommand,
  TagResourceCommand,
  UpdateDimensionCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { afterEach, describe, expect, it } from 'vitest';
import { arnOf, testAccount, type TestAccount } from '../aws/helpers.js';
import { CLI, cli, tempDir, TEST_ENV } from './cli-helpers.js';

const PROFILE = (name: string, extra = '') => `kind: SecurityProfile
name: ${name}
description: Lights must stay quiet
behaviors:
  - name: sent
    metric: aws:num-messages-sent
    metricDimension: { dimensionName: topics }
    criteria: { comparisonOperator: greater-than, value: { count: 100 }, durationSeconds: 300 }
tags: { team: lighting }
${extra}`;
const DIMENSION = `kind: Dimension
name: topics
type: TOPIC_FILTER
stringValues: ["lights/#"]
`;

function project(files: Record<string, string>): string {
  const dir = tempDir('apply');
  mkdirSync(join(dir, 'profiles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'profiles', name), text);
  return dir;
}

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});

describe('apply --local (plan, confirm, apply)', () => {
  it('applies with --auto-approve, prints the plan and one line per action, and a second plan is empty', async () => {
    const dir = project({ 'lights.yaml': PROFILE('lights', 'targets: [registered-things]\n'), 'dimensions.yaml': DIMENSION });
    const first = await cli(['apply', '--local', '--auto-approve'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Plan: 2 to create, 0 to update, 0 to delete, 1 to attach, 0 to detach.');
    expect(first.stderr).toContain('dimension.topics: Creating...');
    expect(first.stderr).toMatch(/security_profile\.lights: Creation complete after \d+s \[arn=arn:aws:iot:us-east-1:123456789012:securityprofile\/lights\]/);
    expect(first.stderr).toContain('target.lights→all/registered-things: Attach complete');
    expect(first.stderr).toMatch(/Apply complete: 2 created, 0 updated, 0 deleted, 1 attached, 0 detached \(\d+\.\ds\)\./);
    const again = await cli(['plan', '--local', '--detailed-exitcode'], { cwd: dir });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('No changes.');
  });

  it('without a terminal needs --auto-approve: exit 2 with a hint, nothing read or changed', async () => {
    const dir = project({ 'dimensions.yaml': DIMENSION });
    const result = await cli(['apply', '--local'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('apply needs confirmation, but stdin is not a terminal');
    expect(result.stderr).toContain('--auto-approve');
    const plan = await cli(['plan', '--local', '--detailed-exitcode'], { cwd: dir });
    expect(plan.code).toBe(2);
  });

  it('applies a saved plan without a prompt; a plan file that is not a plan is a usage error', async () => {
    const dir = project({ 'dimensions.yaml': DIMENSION });
    expect((await cli(['plan', '--local', '--out', 'plan.json'], { cwd: dir })).code).toBe(0);
    const applied = await cli(['apply', 'plan.json', '--local'], { cwd: dir });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stderr).toMatch(/^Reading live state from local emulator… fingerprints match the plan/m);
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const bad = await cli(['apply', 'bad.json', '--local'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: ');
  });
});

describe('apply usage errors', () => {
  it('a misspelt flag: exit 2, one line with a suggestion', async () => {
    const result = await cli(['apply', '--auto-aprove'], { cwd: tempDir('usage') });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("defender-gitops: unknown option '--auto-aprove' (did you mean '--auto-approve'?)\nRun 'defender-gitops apply --help' for usage.\n");
  });
});

describe('apply PLAN_FILE refuses a stale plan (exit 3, nothing changed)', () => {
  const cases: [string, (a: TestAccount) => Promise<unknown>, RegExp][] = [
    [
      'profile updated out of band',
      (a) => a.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: 'lights', securityProfileDescription: 'console edit' })),
      /security_profile\.lights changed after the plan was created \(version 1 in the plan, 2 live\)\./,
    ],
    [
      'target attached',
      (a) => a.iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'lights', securityProfileTargetArn: arnOf('thinggroup', 'extra') })),
      /security_profile\.lights: targets changed after the plan was created \(attached arn:aws:iot:us-east-1:123456789012:thinggroup\/extra\)\./,
    ],
    [
      'tag changed',
      (a) => a.iot.send(new TagResourceCommand({ resourceArn: arnOf('securityprofile', 'lights'), tags: [{ Key: 'team', Value: 'video' }] })),
      /security_profile\.lights: tags changed after the plan was created \(team: "lighting" → "video"\)\./,
    ],
    [
      'dimension changed',
      (a) => a.iot.send(new UpdateDimensionCommand({ name: 'topics', stringValues: ['other/#'] })),
      /dimension\.topics changed after the plan was created \(last modified .* in the plan, .* live\)\./,
    ],
  ];

  for (const [what, move, named] of cases) {
    it(what, async () => {
      account = await testAccount();
      await account.iot.send(new CreateThingGroupCommand({ thingGroupName: 'extra' }));
      const endpoint = ['--endpoint-url', account.emulator.url];
      const dir = project({ 'lights.yaml': PROFILE('lights'), 'dimensions.yaml': DIMENSION });
      expect((await cli(['apply', '--auto-approve', ...endpoint], { cwd: dir })).code).toBe(0);
      // The files change: the plan updates the profile and the dimension.
      writeFileSync(join(dir, 'profiles', 'lights.yaml'), PROFILE('lights').replace('count: 100', 'count: 50'));
      writeFileSync(join(dir, 'profiles', 'dimensions.yaml'), DIMENSION.replace('"lights/#"', '"lights/#", "lamps/#"'));
      expect((await cli(['plan', '--out', 'plan.json', ...endpoint], { cwd: dir })).code).toBe(0);
      await move(account);
      const before = await account.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'lights' }));

      const result = await cli(['apply', 'plan.json', ...endpoint], { cwd: dir });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('Error: Saved plan is stale');
      expect(result.stderr).toMatch(named);
      expect(result.stderr).toContain('Run `defender-gitops plan` again and review the new plan.');
      expect(result.stderr).not.toMatch(/Creating|Modifying|Attaching/);
      const after = await account.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'lights' }));
      expect(after.version).toBe(before.version);
    });
  }
});

describe('apply failures and interruptions', () => {
  it('a failed action: exit 1, with what succeeded, failed and was not attempted', async () => {
    account = await testAccount();
    const endpoint = ['--endpoint-url', account.emulator.url];
    // The thing group exists when the plan is made and is deleted before it is applied (thing groups
    // are not part of the plan's fingerprints), so AttachSecurityProfile fails.
    await account.iot.send(new CreateThingGroupCommand({ thingGroupName: 'missing' }));
    const dir = project({ 'lights.yaml': PROFILE('lights', 'targets: [thing-group/missing]\n'), 'dimensions.yaml': DIMENSION });
    expect((await cli(['plan', '--out', 'plan.json', ...endpoint], { cwd: dir })).code).toBe(0);
    await account.iot.send(new DeleteThingGroupCommand({ thingGroupName: 'missing' }));
    const result = await cli(['apply', 'plan.json', ...endpoint], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/target\.lights→thinggroup\/missing: Attach failed after \d+s: AttachSecurityProfile lights → arn:aws:iot:us-east-1:123456789012:thinggroup\/missing failed: ResourceNotFoundException/);
    expect(result.stderr).toMatch(/Apply failed: 1 failed, 0 not attempted; 2 created/);
    expect(result.stderr).toContain('Succeeded:\n  dimension.topics (create)\n  security_profile.lights (create)');
    expect(result.stderr).toContain('Failed:\n  target.lights→thinggroup/missing (attach)');
  });

  /** 30 profiles, ten of them attached (5 per target at most), applied slowly enough to interrupt. */
  function fleet(): string {
    const files: Record<string, string> = { 'dimensions.yaml': DIMENSION };
    const target = (i: number) => (i < 5 ? 'targets: [registered-things]\n' : i < 10 ? 'targets: [unregistered-things]\n' : '');
    for (let i = 0; i < 30; i++) files[`p${i}.yaml`] = PROFILE(`p${i}`, target(i));
    return project(files);
  }

  /** Starts `apply --auto-approve` and sends `signal` once `creations` profiles are created; resolves with how it ended. */
  function applyUntil(dir: string, endpoint: string[], creations: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    const child = spawn('node', [CLI, 'apply', '--auto-approve', ...endpoint], { cwd: dir, env: { PATH: process.env.PATH, ...TEST_ENV } });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!sent && (stderr.match(/Creation complete/g) ?? []).length >= creations) {
        sent = true;
        child.kill(signal);
      }
    });
    return new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr })));
  }

  it('Ctrl-C stops gracefully: running actions finish, the rest is listed as not attempted, exit 1', async () => {
    account = await testAccount({ quotas: 'aws', latencyMs: 20 });
    const endpoint = ['--endpoint-url', account.emulator.url];
    const dir = fleet();
    const interrupted = await applyUntil(dir, endpoint, 3, 'SIGINT');
    expect(interrupted.code).toBe(1);
    expect(interrupted.stderr).toContain('Interrupt received');
    expect(interrupted.stderr).toMatch(/Apply interrupted: \d+ not attempted; \d+ created/);
    expect(interrupted.stderr).toMatch(/Not attempted:\n  security_profile\.p\d+ \(create\)/);
    // Every action that started also finished.
    const started = [...interrupted.stderr.matchAll(/^(\S+): Creating\.\.\.$/gm)].map((m) => m[1]);
    const finished = [...interrupted.stderr.matchAll(/^(\S+): Creation complete/gm)].map((m) => m[1]);
    expect(finished.sort()).toEqual(started.sort());
  }, 120_000);

  it('killed midway (SIGKILL), then run again: converges to the files, nothing duplicated', async () => {
    account = await testAccount({ quotas: 'aws', latencyMs: 20 });
    const endpoint = ['--endpoint-url', account.emulator.url];
    const dir = fleet();
    const killed = await applyUntil(dir, endpoint, 5, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const partial = await account.iot.send(new ListSecurityProfilesCommand({ maxResults: 250 }));
    expect(partial.securityProfileIdentifiers!.length).toBeLessThan(30);

    const rerun = await cli(['apply', '--auto-approve', ...endpoint], { cwd: dir });
    expect(rerun.code, rerun.stderr).toBe(0);
    const final = await cli(['plan', '--detailed-exitcode', ...endpoint], { cwd: dir });
    expect(final.code, final.stdout).toBe(0);
    const listed = await account.iot.send(new ListSecurityProfilesCommand({ maxResults: 250 }));
    expect(listed.securityProfileIdentifiers!.map((p) => p.name).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}`).sort());
  }, 120_000);
});
