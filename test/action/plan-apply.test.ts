// `command: plan` and `command: apply` run as the runner runs the Action, against the emulator (real
// SDK over HTTP via `args: --endpoint-url`) and the fake GitHub API: one PR comment per environment
// updated in place, fork degradation, and apply running only the plan reviewed in that comment.
import { DescribeSecurityProfileCommand, IoTClient, ListSecurityProfilesCommand } from '@aws-sdk/client-iot';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { parseMarker } from '../../src/action/github/marker.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { runAction, type ActionResult, type RunActionOptions } from '../support/run-action.js';
import { makeRepo, PROFILE, pullRequestEvent, typoProfile, writeRepoFile } from '../support/action-fixtures.js';

const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz';
const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLEzzSESSIONzz';
const GITHUB_TOKEN = 'ghs_zzTOKENzz0123456789';

const CONFIG = `environments:
  prod: { region: us-east-1 }
  staging: { region: us-east-1 }
`;
const DIMENSION = `kind: Dimension
name: FavoriteTopics
type: TOPIC_FILTER
stringValues: ["lights/+/status"]
`;
const METRIC = `kind: CustomMetric
name: battery-level
metricType: number
`;

let emulator: RunningEmulator;
let fake: FakeGitHub;
let iot: IoTClient;
let cwd: string;
beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
  fake = await startFakeGitHub();
  iot = new IoTClient({ endpoint: emulator.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } });
  cwd = makeRepo({ 'defender-gitops.yaml': CONFIG, 'profiles/dimension.yaml': DIMENSION, 'profiles/smart-lights.yaml': PROFILE });
});
afterEach(async () => {
  iot.destroy();
  await Promise.all([emulator.close(), fake.close()]);
});

/** Runs the Action and checks, on every run, that no secret reaches anything the runner shows. */
async function action(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}): Promise<ActionResult> {
  const result = await runAction({
    cwd,
    githubApiUrl: fake.url,
    event: pullRequestEvent(21),
    ...options,
    inputs: { 'github-token': GITHUB_TOKEN, args: `--endpoint-url ${emulator.url}`, ...inputs },
    env: { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET_KEY, AWS_SESSION_TOKEN: SESSION_TOKEN, AWS_REGION: 'us-east-1', ...options.env },
  });
  const shown = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs), JSON.stringify(fake.requests)].join('\n');
  for (const secret of [SECRET_KEY, SESSION_TOKEN, GITHUB_TOKEN]) expect(shown).not.toContain(secret);
  return result;
}

const writes = () => fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('action plan', () => {
  it('posts one comment per environment, updated in place on every run', async () => {
    const first = await action({ command: 'plan', environment: 'prod' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'has-changes': 'true', create: '2', update: '0', delete: '0', attach: '0', detach: '0' });
    expect(first.outputs).toMatchObject({ 'lint-errors': '0', 'lint-warnings': '0' });
    const saved = JSON.parse(readFileSync(first.outputs['plan-file']!, 'utf8'));
    const [comment] = fake.comments(21);
    expect(fake.comments(21)).toHaveLength(1);
    expect(parseMarker(comment!.body)).toEqual({ v: 1, cmd: 'plan', env: 'prod', sha: 'head21', planHash: saved.planHash });
    expect(comment!.body).toContain('security_profile.smart-lights');
    expect(comment!.body).toContain('dimension.FavoriteTopics');
    expect(first.outputs['comment-url']).toContain(`issuecomment-${comment!.id}`);
    // The job summary holds the same plan.
    expect(first.summary).toContain('security_profile.smart-lights');

    // Same files, same live state: the comment is already right, so no write at all.
    const again = await action({ command: 'plan', environment: 'prod' });
    expect(again.code).toBe(0);
    expect(writes()).toEqual(['POST /repos/o/r/issues/21/comments']);

    // A new push changes the plan: the same comment is edited.
    writeRepoFile(cwd, 'profiles/metric.yaml', METRIC);
    const changed = await action({ command: 'plan', environment: 'prod' });
    expect(changed.outputs.create).toBe('3');
    expect(fake.comments(21)).toHaveLength(1);
    expect(fake.comments(21)[0]!.id).toBe(comment!.id);
    expect(fake.comments(21)[0]!.body).toContain('custom_metric.battery-level');
    expect(parseMarker(fake.comments(21)[0]!.body)!.planHash).not.toBe(saved.planHash);
    expect(writes()).toEqual(['POST /repos/o/r/issues/21/comments', `PATCH /repos/o/r/issues/comments/${comment!.id}`]);

    // Another environment gets its own comment (named here through the CLI flag in args).
    const staging = await action({ command: 'plan', args: `--endpoint-url ${emulator.url} --env staging` });
    expect(staging.code).toBe(0);
    expect(fake.comments(21).map((c) => parseMarker(c.body)?.env)).toEqual(['prod', 'staging']);
  });

  it('on a fork pull request (read-only token) writes the summary and a notice, and stays green', async () => {
    fake.options.readOnly = true;
    const result = await action({ command: 'plan', environment: 'prod' }, { event: pullRequestEvent(22, 'someone/r') });
    expect(result.code).toBe(0);
    expect(fake.comments(22)).toEqual([]);
    expect(result.summary).toContain('security_profile.smart-lights');
    const notices = result.annotations.filter((a) => a.type === 'notice');
    expect(notices.map((n) => n.message).join('\n')).toMatch(/fork.*read-only.*job summary/s);
    expect(result.annotations.filter((a) => a.type === 'error')).toEqual([]);
    expect(result.outputs).toMatchObject({ 'has-changes': 'true', create: '2' });
  });

  it('keeps a plan too long for a comment under the 65,536-character limit, with the full plan in the job summary', async () => {
    const long = 'x'.repeat(800);
    for (let i = 0; i < 150; i++) {
      writeRepoFile(cwd, `profiles/p${i}.yaml`, PROFILE.replace('smart-lights', `profile-${String(i).padStart(3, '0')}`).replace('No messages to unexpected topics', long));
    }
    const result = await action({ command: 'plan', environment: 'prod' });
    expect(result.code).toBe(0);
    const body = fake.comments(21)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/too long for a comment/);
    expect(parseMarker(body)?.env).toBe('prod');
    for (let i = 0; i < 150; i++) expect(result.summary).toContain(`security_profile.profile-${String(i).padStart(3, '0')}`);
  });

  it('fails the step on lint errors, still reporting them', async () => {
    writeRepoFile(cwd, 'profiles/bad.yaml', typoProfile('bad'));
    const result = await action({ command: 'plan', environment: 'prod' });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ 'lint-errors': '1', 'failure-reason': 'plan-failed' });
    expect(result.annotations).toContainEqual(expect.objectContaining({ type: 'error', props: expect.objectContaining({ file: 'profiles/bad.yaml' }) }));
  });
});

describe('action apply', () => {
  const pushed = (sha: string) => ({ eventName: 'push', sha, event: { after: sha } });
  const mergedPull = (number: number, sha: string) => ({
    number,
    state: 'closed' as const,
    merged_at: '2026-01-02T00:00:00Z',
    merge_commit_sha: sha,
    head: { sha: `head${number}` },
  });
  const profiles = async () => (await iot.send(new ListSecurityProfilesCommand({}))).securityProfileIdentifiers ?? [];

  it('applies exactly the plan reviewed in the pull-request comment, and marks the comment applied', async () => {
    expect((await action({ command: 'plan', environment: 'prod' })).code).toBe(0);
    fake.setPullsForCommit('merge21', [mergedPull(21, 'merge21')]);
    const result = await action({ command: 'apply', environment: 'prod' }, pushed('merge21'));
    expect(result.stdout).toContain('security_profile.smart-lights');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'has-changes': 'true', create: '2' });
    const profile = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'smart-lights' }));
    expect(profile.behaviors?.[0]?.name).toBe('auth-failures');
    expect(fake.comments(21)[0]!.body).toMatch(/✅ Applied in/);

    // Nothing left to do afterwards.
    const after = await action({ command: 'plan', environment: 'prod' });
    expect(after.outputs['has-changes']).toBe('false');
    // An apply with nothing to do needs no reviewed plan.
    const noop = await action({ command: 'apply', environment: 'prod' }, pushed('unrelated-push'));
    expect(noop.code).toBe(0);
    expect(noop.stdout).toContain('Nothing to apply');
  });

  it('refuses when the plan differs from the reviewed one, says why, and changes nothing', async () => {
    await action({ command: 'plan', environment: 'prod' });
    const reviewed = parseMarker(fake.comments(21)[0]!.body)!.planHash;
    // Something the reviewer never saw: another resource merged in.
    writeRepoFile(cwd, 'profiles/metric.yaml', METRIC);
    fake.setPullsForCommit('merge21', [mergedPull(21, 'merge21')]);
    const result = await action({ command: 'apply', environment: 'prod' }, pushed('merge21'));
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('plan-changed');
    const failure = result.annotations.find((a) => a.type === 'error' && !a.props.file)!.message;
    expect(failure).toContain('#21');
    expect(failure).toContain(reviewed.slice(0, 12));
    expect(failure).toMatch(/differs from the plan reviewed/);
    expect(await profiles()).toEqual([]);
    expect(fake.comments(21)[0]!.body).toMatch(/⛔ Not applied in .*: the plan changed after review/);
  });

  it('refuses when no pull request comment recorded a reviewed plan', async () => {
    const noPull = await action({ command: 'apply', environment: 'prod' }, pushed('direct-push'));
    expect(noPull.code).toBe(1);
    expect(noPull.outputs['failure-reason']).toBe('plan-not-reviewed');
    expect(noPull.stdout).toMatch(/no pull request .*direct-push/);

    fake.setPullsForCommit('merge23', [mergedPull(23, 'merge23')]);
    const noComment = await action({ command: 'apply', environment: 'prod' }, pushed('merge23'));
    expect(noComment.code).toBe(1);
    expect(noComment.outputs['failure-reason']).toBe('plan-not-reviewed');
    expect(noComment.stdout).toMatch(/#23 has no defender-gitops plan comment for environment 'prod'/);
    expect(await profiles()).toEqual([]);
  });
});
