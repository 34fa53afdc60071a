// Every rule's documented examples: the failing one yields that rule's finding on the line marked
// `# ✗`, the passing one lints clean. docs/rules.md shows these same examples.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/lint/rules/index.js';
import { RULES } from '../../src/lint/index.js';
import { lintFiles, lineOf } from './helpers.js';

const yamlRules = ALL_RULES.filter((r) => r.docs.format !== 'text');

describe('rule registry', () => {
  it('has unique kebab-case ids and metadata with a docs URL', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docsUrl).toBe(`https://github.com/defender-gitops/defender-gitops/blob/main/docs/rules.md#${rule.id}`);
    }
  });
});

describe.each(yamlRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('reports the failing example on the marked line', async () => {
    const findings = await lintFiles({ 'example.yaml': rule.docs.failing }, rule.docs.config);
    const mine = findings.filter((f) => f.ruleId === id);
    expect(mine.length, JSON.stringify(findings, null, 1)).toBeGreaterThan(0);
    expect(mine[0]!.line).toBe(lineOf(rule.docs.failing, '# ✗'));
    expect(mine[0]!.file).toBe('example.yaml');
  });

  it('accepts the passing example without any finding', async () => {
    expect(await lintFiles({ 'example.yaml': rule.docs.passing }, rule.docs.config)).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  it('is generated from the rule files (run `npm run generate` after a change)', async () => {
    const { readFileSync } = await import('node:fs');
    const { rulesMarkdown } = await import('../../src/lint/docs.js');
    const committed = readFileSync('docs/rules.md', 'utf8');
    expect(committed).toBe(rulesMarkdown(ALL_RULES));
    for (const rule of ALL_RULES) expect(committed).toContain(`\n## ${rule.id}\n`);
  });
});
