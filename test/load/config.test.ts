import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../../src/load/config.js';
import { PathNotFoundError } from '../../src/load/index.js';
import { defaultConfig } from '../../src/model/config.js';
import { tempRepo } from '../lint/helpers.js';

const ruleIds = ['schema', 'metric-operator-mismatch'];

describe('loadConfig', () => {
  it('returns the defaults when there is no config file', async () => {
    const dir = tempRepo({ '.git/HEAD': '' });
    expect(await loadConfig(dir)).toEqual({ config: defaultConfig(), findings: [] });
  });

  it('finds the file up to the git root and makes its paths relative to cwd', async () => {
    const dir = tempRepo({
      '.git/HEAD': '',
      'defender-gitops.yaml': `paths: [profiles, shared/dims.yaml]
ownershipTag: { key: owner, value: fleet-team }
prune: true
environments:
  prod: { region: eu-west-1, account: "123456789012", paths: [prod] }
rules: { metric-operator-mismatch: warning }
policies: { requireAlertTargets: true, namePattern: "^[a-z-]+$", requiredTags: [team], forbiddenTargets: [all-things] }
`,
      'sub/dir/x': '',
    });
    const { config, findings } = await loadConfig(join(dir, 'sub/dir'), undefined, { ruleIds });
    expect(findings).toEqual([]);
    expect(config).toMatchObject({
      file: join(dir, 'defender-gitops.yaml'),
      paths: ['../../profiles', '../../shared/dims.yaml'],
      ownershipTag: { key: 'owner', value: 'fleet-team' },
      prune: true,
      environments: { prod: { region: 'eu-west-1', account: '123456789012', paths: ['../../prod'] } },
      rules: { 'metric-operator-mismatch': 'warning' },
      policies: { requireAlertTargets: true, requiredTags: ['team'], forbiddenTargets: ['all-things'] },
    });
  });

  it('reports schema errors, unknown rule ids and bad regular expressions with positions', async () => {
    const dir = tempRepo({
      'defender-gitops.yaml': `paths: [profiles]
prnue: true
environments:
  prod: { account: 123456789012 }
rules: { metric-operator-mismatch: fatal }
`,
    });
    const { findings } = await loadConfig(dir, undefined, { ruleIds });
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.suggestion])).toEqual([
      ['config', 2, 1, 'did you mean "prune"?'],
      ['config', 4, 20, undefined],
      ['config', 5, 36, undefined],
    ]);
    expect(findings[1]!.message).toContain('quote it');

    const dir2 = tempRepo({ 'defender-gitops.yaml': 'rules: { metric-operator-mismatc: off }\npolicies: { namePattern: "([" }\n' });
    const second = await loadConfig(dir2, undefined, { ruleIds });
    expect(second.findings.map((f) => [f.line, f.column, f.suggestion])).toEqual([
      [1, 10, 'did you mean "metric-operator-mismatch"?'],
      [2, 26, undefined],
    ]);
    expect(second.findings[1]!.message).toContain('not a valid regular expression');
  });

  it('throws PathNotFoundError for a missing --config file', async () => {
    await expect(loadConfig(tempRepo({}), 'nope.yaml')).rejects.toBeInstanceOf(PathNotFoundError);
  });
});
