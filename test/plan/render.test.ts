import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/plan/render/json.js';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { customMetric, dimension, emptyLive, liveOf, plan, profile } from './fixtures.js';

const plain = { color: new Chalk({ level: 0 }) };

function mixedPlan() {
  const live = liveOf([profile('a'), profile('old'), dimension('d'), customMetric('m')]);
  const a = profile('a', { description: 'new', targets: ['thing-group/lights', 'all-things'], tags: { team: 'x' } });
  a.behaviors![0]!.criteria!.value!.count = 5;
  return plan([a, dimension('d', { stringValues: ['lights/+/cmd', 'x/#'] }), customMetric('m', { metricType: 'number-list' }), customMetric('n')], live, { prune: true });
}

describe('text', () => {
  it('prints a legend of the used symbols, one block per change with why, and the summary line', () => {
    const text = renderText(mixedPlan(), plain);
    expect(text).toContain('  + create   ~ update in-place   - delete   -/+ replace (delete, then create)   + attach   - detach\n');
    expect(text).toContain('  # security_profile.a will be updated in-place\n  ~ security_profile "a" {\n');
    expect(text).toContain('      ~ behaviors[auth-failures].criteria.value.count = 10 -> 5\n');
    expect(text).toContain('        # (1 unchanged behavior hidden)\n');
    expect(text).toContain('    # API: UpdateSecurityProfile (expectedVersion 3), TagResource\n');
    expect(text).toContain('  # custom_metric.m must be replaced\n  # (because metricType cannot change in place ("number" -> "number-list"))\n-/+ custom_metric "m" {');
    expect(text).toContain('~ metricType = "number" -> "number-list" # forces replacement');
    expect(text).toContain('  # security_profile.old will be DELETED\n  # (because not in the repository and tagged managed-by=defender-gitops (--prune))\n');
    expect(text).toContain('  + attach security_profile.a → arn:aws:iot:eu-west-1:123456789012:all/things\n');
    expect(text).toContain('  # target.a→all/registered-things will be detached\n');
    expect(text).toContain('          + "x/#",\n          - "lights/+/status",\n            # (1 unchanged element hidden)\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Plan: 2 to create, 2 to update, 2 to delete, 1 to attach, 1 to detach.');
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('lists only the symbols in use', () => {
    const text = renderText(plan([dimension('d')], emptyLive()), plain);
    expect(text).toContain('  + create\n');
    expect(text).not.toContain('~ update');
  });

  it('says "No changes." on one line when there is nothing to do, and lists unmanaged resources', () => {
    const live = liveOf([profile('a')]);
    live.allProfileNames.push('console-made');
    const text = renderText(plan([profile('a')], live), plain);
    expect(text).toContain('No changes. Live state matches the repository.\n');
    expect(text).toContain('console-made');
    expect(text).not.toContain('Plan:');
  });

  it('prints plan errors with their location', () => {
    const live = emptyLive();
    live.profilesByTarget['thinggroup/lights'] = ['x1', 'x2', 'x3', 'x4', 'x5'];
    const sources = new Map([['SecurityProfile/a', { file: 'profiles/a.yaml', line: 4, column: 3 }]]);
    const text = renderText(plan([profile('a')], live, { sources }), plain);
    expect(text).toMatch(/Error: this plan cannot be applied \(1 problem\):\n {2}profiles\/a\.yaml:4:3: attaching a to thinggroup\/lights .* \[max-profiles-per-target\]/);
  });

  it('colours with the given chalk and shows full requests when verbose', () => {
    const text = renderText(plan([dimension('d')], emptyLive()), { color: new Chalk({ level: 1 }), verbose: true });
    expect(text).toContain('\x1b[32m');
    expect(text).toContain('#   CreateDimension {"name":"d"');
  });
});

describe('markdown', () => {
  it('puts the summary and every destructive change above the fold and the plan in a diff block', () => {
    const md = renderMarkdown(mixedPlan(), { environment: 'prod', lintSummary: { errors: 0, warnings: 2 } });
    expect(md.startsWith('### 🟠 defender-gitops plan: `prod` (eu-west-1)\n')).toBe(true);
    const fold = md.indexOf('<details');
    expect(md.indexOf('**Plan: 2 to create, 2 to update, 2 to delete, 1 to attach, 1 to detach.** · Lint: 0 errors, 2 warnings')).toBeLessThan(fold);
    expect(md.indexOf('| prod | 2 | 2 | 2 | 1 | 1 |')).toBeLessThan(fold);
    for (const phrase of ['**replaces** `custom_metric.m`', '**detaches** `a` from `all/registered-things`', '**deletes** `security_profile.old`']) {
      expect(md.indexOf(phrase)).toBeGreaterThan(0);
      expect(md.indexOf(phrase)).toBeLessThan(fold);
    }
    const body = md.slice(md.indexOf('```diff\n') + 8, md.indexOf('\n```\n'));
    for (const line of body.split('\n')) expect(line).toMatch(/^[+\-! ]/);
    expect(body).toContain('!   behaviors[auth-failures].criteria.value.count = 10 -> 5');
    expect(md).toMatch(/plan hash `[0-9a-f]{12}`/);
    expect(md).not.toMatch(/\x1b\[/);
  });

  it('says no changes without a details block', () => {
    const md = renderMarkdown(plan([dimension('d')], liveOf([dimension('d')])));
    expect(md).toContain('🟢');
    expect(md).toContain('**No changes. Live state matches the repository.**');
    expect(md).not.toContain('<details');
  });

  it('truncates a huge plan below the limit, keeping head and tail, the fence and the tags closed', () => {
    const desired = Array.from({ length: 600 }, (_, i) => profile(`profile-${String(i).padStart(4, '0')}`));
    const p = plan(desired, emptyLive());
    const md = renderMarkdown(p, { maxChars: 60_000 });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/> The plan is too long for a comment: \d+ of \d+ lines are shown/);
    expect(md).toContain('lines omitted');
    expect(md).toContain('+ security_profile.profile-0000  create');
    expect(md).toContain('+ attach security_profile.profile-0599 → thinggroup/lights');
    expect(md.match(/^```/gm)).toHaveLength(2);
    expect(md.match(/<details/g)!.length).toBe(md.match(/<\/details>/g)!.length);
    expect(md.indexOf('</details>')).toBeGreaterThan(md.lastIndexOf('```'));
    for (const max of [3_000, 10_000]) expect(renderMarkdown(p, { maxChars: max }).length).toBeLessThanOrEqual(max);
  });

  it('uses a longer fence when plan text contains backticks', () => {
    const md = renderMarkdown(plan([profile('a', { description: 'use ```code``` here' })], emptyLive()));
    expect(md).toContain('````diff\n');
    expect(md).toContain('\n````\n');
  });
});

describe('json', () => {
  it('has the design §4 fields', () => {
    const doc = JSON.parse(renderJson(mixedPlan()));
    expect(doc.summary).toEqual({ create: 2, update: 2, delete: 2, attach: 1, detach: 1, unchanged: 0 });
    const update = doc.changes.find((c: { address: string }) => c.address === 'security_profile.a');
    expect(update).toMatchObject({ action: 'update', kind: 'SecurityProfile', name: 'a' });
    expect(update.diff).toContainEqual({ path: 'behaviors[auth-failures].criteria.value.count', from: 10, to: 5 });
    expect(update.requests[0]).toMatchObject({ operation: 'UpdateSecurityProfile', input: { securityProfileName: 'a', expectedVersion: 3 } });
    expect(doc.fingerprints.profiles.a.version).toBe(3);
    expect(typeof doc.planHash).toBe('string');
  });
});

describe('text, large accounts', () => {
  it('lists the first unmanaged resources and counts the rest, all of them with --verbose', () => {
    const live = liveOf([]);
    live.allProfileNames = Array.from({ length: 30 }, (_, i) => `console-${i}`);
    const p = plan([], live);
    expect(renderText(p, plain)).toContain('  … and 10 more (--verbose lists them all)\n');
    expect(renderText(p, { ...plain, verbose: true })).toContain('console-29');
  });
});
