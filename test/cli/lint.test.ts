// End to end: the built CLI (npm test builds first) as a child process.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { sarifValidator, tempRepo } from '../lint/helpers.js';

const CLI = resolve('dist/cli.js');

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? process.cwd(), env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BAD = `kind: SecurityProfile
name: cameras
behaviors:
  - name: too-many
    metric: aws:num-messages-sent
    criteria:
      comparisonOperator: greater-than
      value: { count: 100 }
      durationSecond: 300
`;
const WARN_ONLY = `# TODO
`;

describe('defender-gitops lint', () => {
  it('passes on the sample profiles (exit 0)', () => {
    const r = cli(['lint', 'profiles']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/no problems in \d+ files/);
  });

  it('uses the config paths (default profiles/) when no path is given', () => {
    expect(cli(['lint']).code).toBe(0);
    const dir = tempRepo({ '.git/HEAD': '', 'defender-gitops.yaml': 'paths: [defender]\n', 'defender/a.yaml': BAD });
    const r = cli(['lint'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('defender/a.yaml');
  });

  it('exits 1 on errors, with a stylish report grouped by file', () => {
    const dir = tempRepo({ 'a.yaml': BAD });
    const r = cli(['lint', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'a.yaml\n' +
        '  9:7  error    unknown key "durationSecond" in behaviors[0].criteria (allowed: comparisonOperator, value, durationSeconds, consecutiveDatapointsToAlarm, consecutiveDatapointsToClear, statisticalThreshold, mlDetectionConfig) (did you mean "durationSeconds"?)  schema\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('prints exactly one JSON document with --format json', () => {
    const dir = tempRepo({ 'a.yaml': BAD, 'b.yaml': WARN_ONLY });
    const r = cli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      errorCount: 1,
      warningCount: 1,
      findings: [
        { ruleId: 'schema', severity: 'error', file: 'a.yaml', line: 9, column: 7, kind: 'SecurityProfile', name: 'cameras' },
        { ruleId: 'empty-file', severity: 'warning', file: 'b.yaml', line: 1, column: 1 },
      ],
    });
    expect(doc.findings[0].docsUrl).toBe('https://github.com/defender-gitops/defender-gitops/blob/main/docs/rules.md#schema');
  });

  it('applies --max-warnings and rule severities from the config', () => {
    const dir = tempRepo({ 'b.yaml': WARN_ONLY });
    expect(cli(['lint', '.'], { cwd: dir }).code).toBe(0);
    const r = cli(['lint', '.', '--max-warnings', '0'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('too many warnings (1)');
    const strict = tempRepo({ 'b.yaml': WARN_ONLY, 'defender-gitops.yaml': 'rules: { empty-file: error }\n' });
    expect(cli(['lint', '.'], { cwd: strict }).code).toBe(1);
    const off = tempRepo({ 'b.yaml': WARN_ONLY, 'defender-gitops.yaml': 'rules: { empty-file: off }\n' });
    expect(cli(['lint', '.', '--max-warnings', '0'], { cwd: off }).code).toBe(0);
  });

  it('reads --config FILE instead of the discovered config', () => {
    const dir = tempRepo({ 'b.yaml': WARN_ONLY, 'defender-gitops.yaml': 'rules: { empty-file: off }\n', 'ci/strict.yaml': 'paths: [../b.yaml]\nrules: { empty-file: error }\n' });
    expect(cli(['lint'], { cwd: dir }).code).toBe(2); // default paths: profiles/ does not exist
    const r = cli(['lint', '--config', 'ci/strict.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('b.yaml\n  1:1  error');
    expect(cli(['lint', '-c', 'ci/missing.yaml'], { cwd: dir }).stderr).toContain('path not found: ci/missing.yaml');
  });

  it('exits 2 on usage errors, missing paths and config errors', () => {
    const unknown = cli(['lint', '--formt', 'json']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe("defender-gitops: unknown option '--formt' (did you mean '--format'?)\nRun 'defender-gitops lint --help' for usage.\n");
    expect(cli(['lint', '--format', 'xml']).stderr).toContain("unknown format 'xml'");
    expect(cli(['lint', '--max-warnings', 'many']).code).toBe(2);
    const empty = cli(['lint', 'src'], { cwd: tempRepo({ 'src/a.json': '{}' }) });
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toContain('no YAML files (*.yaml, *.yml) in src');
    const missing = cli(['lint', 'nope/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('path not found: nope/');
    const dir = tempRepo({ 'defender-gitops.yaml': 'rules: { shema: off }\n', 'a.yaml': BAD });
    const config = cli(['lint', '.'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stdout).toContain('defender-gitops.yaml\n  1:10  error    unknown rule "shema"');
  });

  it('documents flags and exit codes in --help', () => {
    const r = cli(['lint', '--help']);
    expect(r.code).toBe(0);
    for (const text of ['--format', '--max-warnings', '--config', '--no-color', 'Exit codes', 'stylish | json | sarif | github']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('colours only when asked or on a terminal', () => {
    const dir = tempRepo({ 'a.yaml': BAD });
    const ESC = '\u001b[';
    expect(cli(['lint', '.'], { cwd: dir }).stdout).not.toContain(ESC);
    expect(cli(['lint', '.', '--color'], { cwd: dir }).stdout).toContain(ESC);
    expect(cli(['lint', '.'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(cli(['lint', '.', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['lint', '.'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['lint', '.', '--format', 'json', '--color'], { cwd: dir }).stdout).not.toContain(ESC);
  });

  it('writes valid SARIF 2.1.0 with --format sarif', () => {
    const dir = tempRepo({ 'profiles/a.yaml': BAD });
    const r = cli(['lint', 'profiles', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({ ruleId: 'schema', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'profiles/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 7, endLine: 9, endColumn: 21 } } }] }),
    ]);
  });

  it('writes GitHub workflow annotations with --format github', () => {
    const dir = tempRepo({ 'a.yaml': BAD });
    const r = cli(['lint', '.', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      '::group::a.yaml',
      expect.stringMatching(/^::error title=schema,file=a.yaml,line=9,endLine=9,col=7,endColumn=21::unknown key "durationSecond"/),
      '::endgroup::',
      '',
    ]);
  });
});
