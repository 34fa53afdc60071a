// `command: lint` run as the runner runs the Action: annotations on stdout (capped per type),
// every finding in the job summary, SARIF, outputs, and the step's exit code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { runAction } from '../support/run-action.js';
import { makeRepo, PROFILE, pullRequestEvent, typoProfile } from '../support/action-fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(() => fake.close());

describe('action lint', () => {
  it('annotates at most 10 per type, errors and changed files first, and reports everything else', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++) files[`profiles/bad-${String(i).padStart(2, '0')}.yaml`] = typoProfile(`bad-${i}`);
    for (let i = 0; i < 12; i++) files[`profiles/empty-${String(i).padStart(2, '0')}.yaml`] = '# nothing yet\n';
    const cwd = makeRepo(files);
    // The pull request touches the last error file: it is annotated ahead of the others.
    fake.setPullFiles(11, ['profiles/bad-12.yaml']);
    const result = await runAction({
      cwd,
      githubApiUrl: fake.url,
      event: pullRequestEvent(11),
      inputs: { command: 'lint', 'github-token': 'ghs_test', 'sarif-file': 'out/lint.sarif' },
    });

    expect(result.code).toBe(1);
    const errors = result.annotations.filter((a) => a.type === 'error' && a.props.file);
    const warnings = result.annotations.filter((a) => a.type === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors[0]!.props).toMatchObject({ file: 'profiles/bad-12.yaml', line: '3', col: '1' });
    expect(errors.map((e) => e.props.file)).not.toContain('profiles/bad-11.yaml');
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ type: 'notice', message: '5 more findings not annotated; see the job summary or SARIF' }),
    );
    // The step failure itself is one more error annotation, without a file.
    expect(result.annotations.filter((a) => a.type === 'error' && !a.props.file).map((a) => a.message)).toEqual(['lint found 13 errors']);

    expect(result.outputs).toMatchObject({ 'lint-errors': '13', 'lint-warnings': '12', 'failure-reason': 'lint-failed' });
    expect(result.summary).toContain('Lint: 13 errors, 12 warnings');
    for (let i = 0; i < 13; i++) expect(result.summary).toContain(`profiles/bad-${String(i).padStart(2, '0')}.yaml:3:1`);
    for (let i = 0; i < 12; i++) expect(result.summary).toContain(`profiles/empty-${String(i).padStart(2, '0')}.yaml:1:1`);

    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out/lint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(25);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^profiles\//);
  });

  it('passes on clean files, with paths from the input, relative to the repository root', async () => {
    const cwd = makeRepo({ 'defender/profiles/ok.yaml': PROFILE, 'elsewhere/bad.yaml': typoProfile('x') });
    const result = await runAction({
      cwd,
      githubApiUrl: fake.url,
      event: pullRequestEvent(12),
      inputs: { command: 'lint', paths: 'defender/profiles', 'github-token': 'ghs_test' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(result.outputs).toMatchObject({ 'lint-errors': '0', 'lint-warnings': '0' });
    expect(result.outputs['failure-reason']).toBeUndefined();
    expect(result.summary).toContain('Lint: 0 errors, 0 warnings');
  });

  it('fails on warnings with --max-warnings 0 in args, and annotates warnings with their file', async () => {
    const cwd = makeRepo({ 'profiles/ok.yaml': PROFILE, 'profiles/empty.yaml': '' });
    const result = await runAction({
      cwd,
      githubApiUrl: fake.url,
      eventName: 'push',
      inputs: { command: 'lint', args: '--max-warnings 0', 'github-token': 'ghs_test' },
    });
    expect(result.code).toBe(1);
    expect(result.annotations[0]).toMatchObject({ type: 'warning', props: { file: 'profiles/empty.yaml', title: 'empty-file' } });
    expect(result.outputs['failure-reason']).toBe('lint-failed');
    expect(result.stdout).toContain('too many warnings (1); --max-warnings is 0');
  });

  it('rejects bad inputs with a message naming the input and what it accepts', async () => {
    const cwd = makeRepo({ 'profiles/ok.yaml': PROFILE });
    const bad = await runAction({ cwd, githubApiUrl: fake.url, inputs: { command: 'destroy', 'github-token': 'ghs_test' } });
    expect(bad.code).toBe(1);
    expect(bad.annotations).toContainEqual(
      expect.objectContaining({ type: 'error', message: "input 'command' is 'destroy'; expected one of: lint, plan, apply" }),
    );
    const flag = await runAction({ cwd, githubApiUrl: fake.url, inputs: { command: 'lint', args: '--max-warning 0', 'github-token': 'ghs_test' } });
    expect(flag.code).toBe(1);
    expect(flag.stdout).toContain("unknown option '--max-warning' (did you mean '--max-warnings'?)");
    expect(flag.stdout).not.toMatch(/at .*\.js:\d+/);
    const missing = await runAction({ cwd, githubApiUrl: fake.url, inputs: { command: 'lint', paths: 'nope/', 'github-token': 'ghs_test' } });
    expect(missing.code).toBe(1);
    expect(missing.annotations.map((a) => a.message).join('\n')).toMatch(/nope/);
    expect(missing.stdout).not.toMatch(/internal error/);
    const env = await runAction({ cwd, githubApiUrl: fake.url, inputs: { command: 'lint', environment: 'prdo', 'github-token': 'ghs_test' } });
    expect(env.code).toBe(1);
    expect(env.stdout).toContain("environment 'prdo' is not defined");
  });
});
