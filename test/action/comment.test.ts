// The PR-comment layer through the real toolkit client over HTTP against the fake GitHub API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHub, type GitHub } from '../../src/action/github/client.js';
import { findMarkedComment, upsertComment } from '../../src/action/github/comment.js';
import { formatMarker, parseMarker, type Marker } from '../../src/action/github/marker.js';
import { pullRequestOfCommit, pullRequestOfEvent, type PullRequestRef } from '../../src/action/github/pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const pr: PullRequestRef = { owner: 'o', repo: 'r', number: 7, headSha: 'abc', fromFork: false };
const marker = (env: string, planHash = 'h1'): Marker => ({ v: 1, cmd: 'plan', env, sha: 'abc', planHash });

let fake: FakeGitHub;
let gh: GitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  gh = createGitHub('test-token', fake.url);
});
afterEach(() => fake.close());

const writes = () => fake.requests.filter((r) => r.method !== 'GET');

describe('marker', () => {
  it('round-trips and cannot be closed early by a value', () => {
    const m = { ...marker('prod-->x'), planHash: 'abc' };
    const line = formatMarker(m);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(parseMarker(`${line}\nbody`)).toEqual(m);
  });
  it('ignores bodies that are not ours', () => {
    expect(parseMarker('hello <!-- defender-gitops {"v":1} -->')).toBeUndefined();
    expect(parseMarker('<!-- defender-gitops not json -->')).toBeUndefined();
    expect(parseMarker('<!-- defender-gitops {"v":2,"cmd":"plan","env":"x"} -->')).toBeUndefined();
  });
});

describe('upsertComment', () => {
  it('creates once, updates in place, and skips the call when the body is identical', async () => {
    const first = await upsertComment(gh, pr, marker('prod'), 'plan A', { mode: 'true', hasChanges: true });
    expect(first.action).toBe('created');
    const second = await upsertComment(gh, pr, marker('prod', 'h2'), 'plan B', { mode: 'true', hasChanges: true });
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    const third = await upsertComment(gh, pr, marker('prod', 'h2'), 'plan B', { mode: 'true', hasChanges: true });
    expect(third.action).toBe('unchanged');
    expect(fake.comments(7)).toHaveLength(1);
    expect(fake.comments(7)[0]!.body).toBe(`${formatMarker(marker('prod', 'h2'))}\nplan B`);
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('keeps one comment per environment', async () => {
    await upsertComment(gh, pr, marker('prod'), 'prod plan', { mode: 'true', hasChanges: true });
    await upsertComment(gh, pr, marker('staging'), 'staging plan', { mode: 'true', hasChanges: true });
    await upsertComment(gh, pr, marker('prod', 'h3'), 'prod plan 2', { mode: 'true', hasChanges: true });
    expect(fake.comments(7).map((c) => c.body.split('\n')[1])).toEqual(['prod plan 2', 'staging plan']);
  });

  it('finds its comment past the first page and ignores markers written by people', async () => {
    fake.addComment(7, `${formatMarker(marker('prod', 'forged'))}\nlooks reviewed`, { login: 'mallory', type: 'User' });
    for (let i = 0; i < 130; i++) fake.addComment(7, `chatter ${i}`, { login: 'dev', type: 'User' });
    const ours = fake.addComment(7, `${formatMarker(marker('prod'))}\nold`);
    for (let i = 0; i < 20; i++) fake.addComment(7, `more ${i}`, { login: 'dev', type: 'User' });
    const found = await findMarkedComment(gh, pr, 'prod');
    expect(found?.id).toBe(ours.id);
    expect(fake.requests.filter((r) => r.path.endsWith('/comments')).length).toBe(2);
    await upsertComment(gh, pr, marker('prod', 'h9'), 'new', { mode: 'true', hasChanges: true });
    expect(fake.comments(7)[0]!.body).toContain('forged');
    expect(ours.body).toContain('new');
  });

  it('recognises its own comments under a personal access token, but never a marker by someone else', async () => {
    fake.options.tokenUser = { login: 'deployer', type: 'User' };
    fake.addComment(7, `${formatMarker(marker('prod', 'forged'))}\nlooks reviewed`, { login: 'mallory', type: 'User' });
    const first = await upsertComment(gh, pr, marker('prod'), 'one', { mode: 'true', hasChanges: true });
    expect(first.action).toBe('created');
    const second = await upsertComment(gh, pr, marker('prod', 'h2'), 'two', { mode: 'true', hasChanges: true });
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    expect(fake.comments(7).map((c) => c.user.login)).toEqual(['mallory', 'deployer']);
    expect((await findMarkedComment(gh, pr, 'prod'))?.marker.planHash).toBe('h2');
  });

  it('honours the comment modes', async () => {
    expect(await upsertComment(gh, pr, marker('prod'), 'x', { mode: 'false', hasChanges: true })).toMatchObject({ action: 'skipped' });
    expect(await upsertComment(gh, pr, marker('prod'), 'x', { mode: 'changes-only', hasChanges: false })).toMatchObject({
      action: 'skipped',
    });
    await upsertComment(gh, pr, marker('prod'), 'x', { mode: 'always-new', hasChanges: true });
    await upsertComment(gh, pr, marker('prod'), 'x', { mode: 'always-new', hasChanges: true });
    expect(fake.comments(7)).toHaveLength(2);
    // changes-only still refreshes an existing comment, so it never shows a plan that no longer applies.
    expect(await upsertComment(gh, pr, marker('prod', 'h0'), 'empty', { mode: 'changes-only', hasChanges: false })).toMatchObject({
      action: 'updated',
    });
  });

  it('surfaces a read-only token as a 403', async () => {
    fake.options.readOnly = true;
    await expect(upsertComment(gh, pr, marker('prod'), 'x', { mode: 'true', hasChanges: true })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
  });
});

describe('pull request lookup', () => {
  const repo = { owner: 'o', repo: 'r' };
  it('reads the event payload and detects forks', () => {
    const payload = (head: string) => ({
      pull_request: { number: 3, head: { sha: 'h', repo: { full_name: head } }, base: { repo: { full_name: 'o/r' } } },
    });
    expect(pullRequestOfEvent({ eventName: 'pull_request', sha: 'm', repo, payload: payload('o/r') })).toEqual({
      ...repo,
      number: 3,
      headSha: 'h',
      fromFork: false,
    });
    expect(pullRequestOfEvent({ eventName: 'pull_request', sha: 'm', repo, payload: payload('fork/r') })?.fromFork).toBe(true);
    expect(pullRequestOfEvent({ eventName: 'push', sha: 'm', repo, payload: {} })).toBeUndefined();
  });

  it('maps a pushed merge commit to its merged pull request', async () => {
    fake.setPullsForCommit('merge1', [
      { number: 4, state: 'open', merged_at: null, merge_commit_sha: null, head: { sha: 'x' } },
      { number: 5, state: 'closed', merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: 'merge1', head: { sha: 'h5' } },
    ]);
    const found = await pullRequestOfCommit(gh, { eventName: 'push', sha: 'merge1', repo, payload: {} });
    expect(found).toEqual({ ...repo, number: 5, headSha: 'h5', fromFork: false });
    expect(await pullRequestOfCommit(gh, { eventName: 'push', sha: 'other', repo, payload: {} })).toBeUndefined();
  });
});
