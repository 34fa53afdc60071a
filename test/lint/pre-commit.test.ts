// Drives the real pre-commit tool (Debian package; .ci/run installs it) against this repository's
// .pre-commit-hooks.yaml with `pre-commit try-repo`, in a temporary git repository.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('SKIPPED pre-commit hook test: the pre-commit tool is not installed (apt-get install pre-commit)');

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });

/** The working tree (tracked and new files, as they are now) committed into a fresh repository. */
function snapshotOfThisRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-hook-repo-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'snapshot');
  return dir;
}

function userRepo(profile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-hook-user-'));
  mkdirSync(join(dir, 'profiles'));
  writeFileSync(join(dir, 'profiles/cameras.yaml'), profile);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'profiles');
  return dir;
}

const GOOD = `kind: SecurityProfile
name: cameras
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
    criteria: { mlDetectionConfig: { confidenceLevel: HIGH } }
`;
const BAD = GOOD.replace('aws:num-authorization-failures', 'aws:num-authorisation-failures');

describe.skipIf(!hasPreCommit)('pre-commit hook (real pre-commit, try-repo)', () => {
  it('rejects a bad profile with its finding and passes a good one', { timeout: 400_000 }, () => {
    const hookRepo = snapshotOfThisRepo();
    // One pre-commit home for both runs: the node environment is built once.
    // prefer-offline: reuse the npm cache without revalidating every package (the install is most of the time).
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'dg-pre-commit-home-')),
      NO_COLOR: '1',
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    const tryRepo = (cwd: string) =>
      spawnSync('pre-commit', ['try-repo', hookRepo, 'defender-gitops-lint', '--all-files', '--color', 'never'], { cwd, env, encoding: 'utf8' });

    const bad = tryRepo(userRepo(BAD));
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/defender-gitops lint\.+Failed/);
    expect(bad.stdout).toContain('profiles/cameras.yaml');
    expect(bad.stdout).toMatch(/5:13 +error +unknown built-in metric "aws:num-authorisation-failures"/);

    const good = tryRepo(userRepo(GOOD));
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/defender-gitops lint\.+Passed/);
  });
});
