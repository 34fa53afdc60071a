// Writes files into a temporary folder and runs the real loader and linter on them.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadFiles, type LoadResult } from '../../src/load/index.js';
import { loadConfig } from '../../src/load/config.js';
import { lint, RULES } from '../../src/lint/index.js';
import type { Finding } from '../../src/model/finding.js';

export function tempRepo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-lint-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function load(files: Record<string, string | Uint8Array>, paths = ['.']): Promise<LoadResult & { dir: string }> {
  const dir = tempRepo(files);
  return { ...(await loadFiles(paths, { cwd: dir })), dir };
}

/** Lints `files` (plus an optional defender-gitops.yaml) the way the CLI does. */
export async function lintFiles(files: Record<string, string | Uint8Array>, configYaml?: string): Promise<Finding[]> {
  const dir = tempRepo(configYaml === undefined ? files : { ...files, 'defender-gitops.yaml': configYaml });
  const { config, findings } = await loadConfig(dir, undefined, { ruleIds: RULES.map((r) => r.id) });
  if (findings.length) throw new Error(`config errors: ${JSON.stringify(findings)}`);
  return lint(await loadFiles(['.'], { cwd: dir }), config);
}

/** Line (1-based) of the first line containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return index + 1;
}

/**
 * Validator of the official SARIF 2.1.0 schema (test/fixtures). It is draft-04: `id` is read as `$id`,
 * and one of its patterns is not valid with the unicode flag.
 */
export function sarifValidator() {
  const { $schema: _, id, ...schema } = JSON.parse(readFileSync('test/fixtures/sarif-schema-2.1.0.json', 'utf8'));
  return new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile({ $id: id, ...schema });
}
