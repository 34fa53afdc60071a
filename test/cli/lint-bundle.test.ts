// `lint` must never load the AWS SDK (startup time): walk the static import graph of the built
// entry point and the lint chunk and check no module in it comes from the SDK.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STATIC_IMPORT = /(?:^|[;\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g;

function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, spec] of readFileSync(entry, 'utf8').matchAll(STATIC_IMPORT)) staticGraph(join(dirname(entry), spec!), seen);
  return seen;
}

describe('lint bundle', () => {
  it('carries the schema validators precompiled (no ajv compile per run)', () => {
    const lintChunk = readdirSync('dist/chunks').find((f) => /^lint-.*\.js$/.test(f))!;
    // ajv standalone code: one `function validateN(data, …)` per schema and subschema. Code shared
    // with other commands (plan and apply lint too) sits in a common chunk the lint chunk imports.
    const graph = [...staticGraph(join('dist/chunks', lintChunk))].map((f) => readFileSync(f, 'utf8'));
    expect(graph.some((source) => /function validate\d+\(data, \{/.test(source))).toBe(true);
  });

  it('reaches no AWS SDK code from cli.js and the lint chunk', () => {
    const lintChunk = readdirSync('dist/chunks').find((f) => /^lint-.*\.js$/.test(f));
    expect(lintChunk).toBeDefined();
    const graph = staticGraph('dist/cli.js', staticGraph(join('dist/chunks', lintChunk!)));
    expect(graph.size).toBeGreaterThan(1);
    for (const file of graph) {
      const source = readFileSync(file, 'utf8');
      expect(source.includes('@aws-sdk/') || source.includes('@smithy/'), file).toBe(false);
    }
  });
});
