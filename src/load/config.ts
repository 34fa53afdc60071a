// Finds, reads and validates defender-gitops.yaml. Problems are findings with positions (the CLI
// exits 2 on them); paths in the result are relative to cwd, whatever folder the file sits in.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, defaultConfig, type Config, type Environment } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { CONFIG_SCHEMA } from '../model/schemas/config.js';
import { compileSchema, problemFinding, type SchemaCheck } from '../model/schemas/validate.js';
import { closest } from '../model/suggest.js';
import { displayPath, PathNotFoundError } from './files.js';
import { readText } from './text.js';
import { parseYaml, type ParsedDocument } from './yaml.js';

export const CONFIG_RULE = 'config';

let check: SchemaCheck | undefined;

/**
 * Reads `file` (relative to cwd) or the nearest defender-gitops.yaml from cwd up to the git root.
 * `ruleIds`, when given, are the known rule ids: unknown ids under `rules:` are reported.
 */
export async function loadConfig(
  cwd: string,
  file?: string,
  options: { ruleIds?: readonly string[] } = {},
): Promise<{ config: Config; findings: Finding[] }> {
  const absolute = file === undefined ? discover(cwd) : resolve(cwd, file);
  if (absolute === undefined) return { config: defaultConfig(), findings: [] };
  if (!existsSync(absolute)) throw new PathNotFoundError(file ?? absolute);
  const shown = displayPath(absolute, cwd);
  const read = await readText(absolute, shown);
  if ('finding' in read) return { config: { ...defaultConfig(), file: absolute }, findings: [read.finding] };
  const parsed = parseYaml(read.text, shown);
  const findings: Finding[] = parsed.findings.map((f) => ({ ...f, severity: 'error' }));
  const [document, extra] = parsed.documents;
  if (extra) findings.push({ ruleId: CONFIG_RULE, severity: 'error', message: `${CONFIG_FILE} must hold one YAML document`, ...extra.locate.value([]) });
  const data = document?.data ?? {};
  if (document) findings.push(...validate(document, options.ruleIds));
  const config = findings.length ? defaultConfig() : build(data as Partial<Config>, dirname(absolute), cwd);
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config: { ...config, file: absolute }, findings };
}

function discover(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

function validate(document: ParsedDocument, ruleIds: readonly string[] | undefined): Finding[] {
  check ??= compileSchema(CONFIG_SCHEMA, 'Config');
  const data = document.data === null ? {} : document.data;
  const findings = check(data).map((p) => problemFinding(p, document.locate, CONFIG_RULE));
  if (findings.length) return findings;
  const config = data as Partial<Config>;
  const pattern = config.policies?.namePattern;
  if (pattern !== undefined) {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      findings.push(problemFinding({ path: ['policies', 'namePattern'], atKey: false, message: `policies.namePattern is not a valid regular expression: ${(e as Error).message}` }, document.locate, CONFIG_RULE));
    }
  }
  for (const id of ruleIds ? Object.keys(config.rules ?? {}) : []) {
    if (ruleIds!.includes(id)) continue;
    const hint = closest(id, ruleIds!);
    findings.push(
      problemFinding(
        { path: ['rules', id], atKey: true, message: `unknown rule "${id}" in rules (see docs/rules.md)`, ...(hint ? { suggestion: `did you mean "${hint}"?` } : {}) },
        document.locate,
        CONFIG_RULE,
      ),
    );
  }
  return findings;
}

function build(data: Partial<Config>, dir: string, cwd: string): Config {
  const defaults = defaultConfig();
  const relativeToCwd = (paths: string[]) => paths.map((p) => relative(cwd, resolve(dir, p)) || '.');
  const environments: Record<string, Environment> = {};
  for (const [name, env] of Object.entries(data.environments ?? {})) {
    environments[name] = env.paths ? { ...env, paths: relativeToCwd(env.paths) } : { ...env };
  }
  return {
    paths: relativeToCwd(data.paths ?? defaults.paths),
    ownershipTag: data.ownershipTag ?? defaults.ownershipTag,
    prune: data.prune ?? defaults.prune,
    environments,
    rules: data.rules ?? {},
    policies: data.policies ?? {},
  };
}
