// action.yml is the Action's contract with workflows: node24, the committed bundle, and the
// inputs/outputs the example workflows use must all be declared there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/run-action.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const examplesDir = path.join(ROOT, 'examples/workflows');
const examples = readdirSync(examplesDir).map((file) => ({ file, text: readFileSync(path.join(examplesDir, file), 'utf8') }));

describe('action.yml', () => {
  it('runs the committed bundle on node24 and declares the documented inputs and outputs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist-action/index.js' });
    expect(existsSync(path.join(ROOT, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs)).toEqual(['command', 'paths', 'environment', 'args', 'github-token', 'comment', 'sarif-file']);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs.comment!.default).toBe('true');
    for (const name of ['has-changes', 'create', 'update', 'delete', 'attach', 'detach', 'plan-file', 'lint-errors', 'lint-warnings']) {
      expect(action.outputs, name).toHaveProperty(name);
    }
  });

  it('has example workflows for pull requests, apply and drift that use only declared inputs and outputs', () => {
    expect(examples.map((e) => e.file).sort()).toEqual(['apply.yml', 'drift.yml', 'pull-request.yml']);
    for (const { file, text } of examples) {
      const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> };
      const ours = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((step) => step.uses?.includes('/defender-gitops@'));
      for (const step of ours) {
        for (const input of Object.keys(step.with ?? {})) expect(action.inputs, `${file}: input ${input}`).toHaveProperty(input);
      }
      const ids = new Set(ours.map((s) => s.id));
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ids.has(id)) expect(action.outputs, `${file}: output ${output}`).toHaveProperty(output!);
      }
    }
  });

  it('documents the permissions and the protections of each example', () => {
    const byName = Object.fromEntries(examples.map((e) => [e.file, e.text]));
    expect(byName['pull-request.yml']).toMatch(/pull-requests: write/);
    expect(byName['pull-request.yml']).toMatch(/id-token: write/);
    expect(byName['apply.yml']).toMatch(/environment: /);
    expect(byName['apply.yml']).toMatch(/concurrency:\s*\n\s*group: defender-apply-\$\{\{ matrix\.environment \}\}/);
    expect(byName['drift.yml']).toMatch(/schedule:/);
    expect(byName['drift.yml']).toMatch(/plan .*--detailed-exitcode/);
  });
});
