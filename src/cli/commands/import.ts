// `defender-gitops import [NAME...]`: write YAML for what already exists in an account (adoption).
// One file per security profile, dimensions and custom metrics in their own files; never overwrites
// without --force; then lints what it wrote and reports real problems of the live configuration.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { AwsError } from '../../aws/errors.js';
import { readResources } from '../../aws/read-live.js';
import { renderImport } from '../../import/render.js';
import { lint, RULES } from '../../lint/index.js';
import { REPORTERS } from '../../lint/reporters/index.js';
import { loadConfig } from '../../load/config.js';
import { loadFiles } from '../../load/index.js';
import type { LiveState } from '../../model/live.js';
import { closest } from '../../model/suggest.js';
import { makeChalk } from '../color.js';
import { CliError } from '../errors.js';
import { openSessionFromFlags, SESSION_OPTIONS, sessionFlags } from '../session.js';
import { VERSION } from '../version.js';

const OPTIONS = {
  'out-dir': { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  ...SESSION_OPTIONS,
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const HELP = `Write YAML for security profiles, dimensions and custom metrics that already exist in the account.

Usage: defender-gitops import [NAME...] [options]

Examples:
  defender-gitops import --out-dir profiles/          # everything in the account
  defender-gitops import fleet-baseline cameras       # these profiles (and what they reference)
  defender-gitops import --env prod && defender-gitops plan --env prod   # plan shows no changes

Arguments:
  NAME...                  security profiles (or dimensions / custom metrics) to import; default: all.
                           A profile brings the dimensions and custom metrics its behaviors use.

Options:
  -o, --out-dir DIR        where to write (default: the environment's or the config's first path)
      --force              overwrite files that already exist
  -e, --env NAME           environment from defender-gitops.yaml (region, account, endpoint, paths)
      --local              read the embedded emulator (.defender-gitops/local-state.json)
      --endpoint-url URL   send AWS IoT calls to URL
      --region R           AWS region (default: the environment's, then AWS_REGION / the AWS profile)
  -c, --config FILE        config file (default: defender-gitops.yaml)
      --color, --no-color  force or disable colour
  -h, --help               show this help

Writes one file per security profile, dimensions.yaml and custom-metrics.yaml; lists what it wrote on
stdout. The files are linted afterwards: findings there are problems of the live configuration.

Exit codes:
  0  written
  1  a file exists (use --force), a NAME does not exist, or an AWS error
  2  usage or config error
`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!.replace(/\.$/, '');
    const flag = /'(--[^' ]+)'/.exec(message)?.[1];
    const hint = flag && /unknown option/i.test(message) ? closest(flag.slice(2), Object.keys(OPTIONS)) : undefined;
    throw new CliError(`${message}${hint ? ` (did you mean '--${hint}'?)` : ''}`, 2, "Run 'defender-gitops import --help' for usage.");
  }
  const { values, positionals: names } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const flags = sessionFlags(values);
  const cwd = process.cwd();
  const { config, findings: configFindings } = await loadConfig(cwd, values.config, { ruleIds: RULES.map((r) => r.id) });
  if (configFindings.length > 0) throw new CliError(`${config.file ?? 'the config file'}: ${configFindings[0]!.message}`, 2);
  const environment = values.env === undefined ? undefined : config.environments[values.env];
  const outDir = values['out-dir'] ?? environment?.paths?.[0] ?? config.paths[0] ?? 'profiles';

  try {
    const session = await openSessionFromFlags(flags, config, cwd);
    let live: LiveState;
    try {
      const started = performance.now();
      live = await readResources(
        session,
        { profiles: names.length ? names : 'all', dimensions: 'all', customMetrics: 'all', targets: [], reverseIndexes: false },
        (line) => process.stderr.write(`${line}\n`),
      );
      process.stderr.write(`Reading live state from ${session.label}… (${((performance.now() - started) / 1000).toFixed(1)}s)\n`);
    } finally {
      await session.close();
    }
    const chosen = choose(live, names);
    const files = renderImport({ ...chosen, ownershipTag: config.ownershipTag, scope: live.scope });
    if (files.length === 0) {
      process.stdout.write(`Nothing to import: ${session.label} has no security profiles, dimensions or custom metrics.\n`);
      return 0;
    }
    const existing = files.map((f) => join(outDir, f.path)).filter((p) => existsSync(p));
    if (existing.length > 0 && !values.force) {
      throw new CliError(`not overwriting ${existing.map((p) => relative(cwd, p) || p).join(', ')}`, 1, 'Pass --force to overwrite, or --out-dir to write elsewhere. Nothing was written.');
    }
    await mkdir(outDir, { recursive: true });
    for (const f of files) {
      const path = join(outDir, f.path);
      await writeFile(path, f.text);
      process.stdout.write(`Wrote ${relative(cwd, path) || path} (${f.resources.map((r) => `${r.kind} ${r.name}`).join(', ')})\n`);
    }
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    process.stdout.write(
      `Imported ${count(chosen.profiles.length, 'security profile')}, ${count(chosen.dimensions.length, 'dimension')} and ${count(chosen.customMetrics.length, 'custom metric')} into ${relative(cwd, outDir) || '.'}.\n`,
    );
    await reportLint(files.map((f) => join(outDir, f.path)), config, cwd, values.color);
    return 0;
  } catch (e) {
    if (e instanceof AwsError) throw new CliError(e.message, 1, e.hint ?? '');
    throw e;
  }
}

/** What to write: everything, or the named resources plus the dimensions and custom metrics the named profiles use. */
function choose(live: LiveState, names: string[]) {
  const profiles = Object.values(live.profiles);
  const dimensions = Object.values(live.dimensions);
  const customMetrics = Object.values(live.customMetrics);
  if (names.length === 0) return { profiles, dimensions, customMetrics };
  const known = new Set([...live.allProfileNames, ...Object.keys(live.dimensions), ...Object.keys(live.customMetrics)]);
  const missing = names.filter((n) => !known.has(n));
  if (missing.length > 0) {
    const hint = closest(missing[0]!, [...known]);
    throw new CliError(`no security profile, dimension or custom metric named ${missing.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`, 1, '');
  }
  const wanted = new Set(names);
  for (const p of profiles) {
    for (const b of [...(p.behaviors ?? []), ...(p.additionalMetricsToRetainV2 ?? [])]) {
      if (b.metric) wanted.add(b.metric);
      if (b.metricDimension) wanted.add(b.metricDimension.dimensionName);
    }
    for (const m of p.additionalMetricsToRetain ?? []) wanted.add(m);
  }
  return { profiles, dimensions: dimensions.filter((d) => wanted.has(d.name)), customMetrics: customMetrics.filter((m) => wanted.has(m.name)) };
}

async function reportLint(paths: string[], config: Parameters<typeof lint>[1], cwd: string, colorFlag: boolean | undefined): Promise<void> {
  const findings = lint(await loadFiles(paths, { cwd }), config);
  if (findings.length === 0) return;
  process.stderr.write('\nThe linter reports problems in the live configuration (the files hold it as it is):\n');
  const color = makeChalk({ ...(colorFlag === undefined ? {} : { flag: colorFlag }), stream: process.stderr });
  process.stderr.write(REPORTERS.stylish(findings, { color, rules: RULES, cwd, version: VERSION }));
}
