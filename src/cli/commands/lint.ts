// `defender-gitops lint [PATH...]`: offline checks of the YAML files. Options are declared in one
// table so further checks (e.g. --remote) add a row and a step in run().
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.js';
import { SESSION_OPTIONS, sessionFlags, type SessionFlags } from '../session-flags.js';
import { makeChalk } from '../color.js';
import { VERSION } from '../version.js';
import { closest } from '../../model/suggest.js';
import type { Finding } from '../../model/finding.js';
import { loadConfig } from '../../load/config.js';
import { loadFiles, PathNotFoundError, type LoadedResource } from '../../load/index.js';
import type { Config } from '../../model/config.js';
import { lint, RULES } from '../../lint/index.js';
import { counts, FORMATS, isFormat, REPORTERS, type ReportFormat } from '../../lint/reporters/index.js';

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  remote: { type: 'boolean' },
  ...SESSION_OPTIONS,
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const LINT_HELP = `Check Device Defender YAML files offline: schema, metric catalog, references, limits, policies.

Usage: defender-gitops lint [PATH...] [options]

Examples:
  defender-gitops lint                      # the paths in defender-gitops.yaml (default: profiles/)
  defender-gitops lint profiles/cameras.yaml
  defender-gitops lint --format sarif > lint.sarif
  defender-gitops lint --max-warnings 0     # fail on warnings too

Arguments:
  PATH...                 files or folders (every *.yaml / *.yml inside); default: config paths

Options:
  -f, --format FORMAT     ${FORMATS.join(' | ')} (default: stylish)
      --max-warnings N    exit 1 when there are more than N warnings
      --remote            also ask AWS IoT (ValidateSecurityProfileBehaviors, read-only) about each
                          profile's behaviors; with --env NAME, --local, --endpoint-url URL, --region R
  -c, --config FILE       config file (default: defender-gitops.yaml, searched up to the git root)
      --color, --no-color force or disable colour (default: NO_COLOR, FORCE_COLOR, terminal)
  -h, --help              show this help

Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  lint errors, or more warnings than --max-warnings
  2  usage error, config error, path not found, internal error (and AWS errors with --remote)

Rules: https://github.com/defender-gitops/defender-gitops/blob/main/docs/rules.md
`;

export interface LintOptions {
  paths: string[];
  format: ReportFormat;
  maxWarnings?: number;
  config?: string;
  color?: boolean;
  help: boolean;
  /** Set with --remote: where to send ValidateSecurityProfileBehaviors. */
  remote?: SessionFlags;
}

export function parseLintArgs(argv: string[]): LintOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!isFormat(format)) {
    const hint = closest(format, FORMATS);
    throw new CliError(`unknown format '${format}'; use one of ${FORMATS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new CliError(`--max-warnings takes a whole number ≥ 0, got '${values['max-warnings']}'`);
  }
  const remoteOnly = (['env', 'local', 'endpoint-url', 'region'] as const).find((k) => values[k] !== undefined);
  if (remoteOnly && !values.remote) throw new CliError(`--${remoteOnly} only applies with --remote`, 2, "Run 'defender-gitops lint --help' for usage.");
  return {
    paths: positionals,
    format,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.color ? { color: true } : values['no-color'] ? { color: false } : {}),
    help: values.help ?? false,
    ...(values.remote ? { remote: sessionFlags(values) } : {}),
  };
}

/** parseArgs' message → one line with a did-you-mean for a misspelt flag. */
function usageError(message: string): CliError {
  const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1];
  const first = message.split('\n')[0]!.replace(/\.$/, '');
  if (flag?.startsWith('--') && /unknown option/i.test(message)) {
    const hint = closest(flag.slice(2), Object.keys(LINT_OPTIONS));
    return new CliError(`unknown option '${flag}'${hint ? ` (did you mean '--${hint}'?)` : ''}`, 2, "Run 'defender-gitops lint --help' for usage.");
  }
  return new CliError(first, 2, "Run 'defender-gitops lint --help' for usage.");
}

export interface LintOutcome {
  config: Config;
  /** Problems in the config file: when any, nothing else was checked (exit 2). */
  configFindings: Finding[];
  findings: Finding[];
  files: string[];
  resources: LoadedResource[];
}

/**
 * Config → files → rules (→ --remote): the whole lint without the printing. The GitHub Action
 * reuses it. Without paths it reads the environment's paths (`env`), then the config's.
 */
export async function lintProject(options: Pick<LintOptions, 'paths' | 'config' | 'remote'>, cwd: string, env?: string): Promise<LintOutcome> {
  const { config, findings: configFindings } = await loadConfig(cwd, options.config, { ruleIds: RULES.map((r) => r.id) });
  if (configFindings.length) return { config, configFindings, findings: [], files: [], resources: [] };
  const paths = options.paths.length ? options.paths : ((env === undefined ? undefined : config.environments[env]?.paths) ?? config.paths);
  const loaded = await loadFiles(paths, { cwd });
  if (loaded.files.length === 0) throw new CliError(`no YAML files (*.yaml, *.yml) in ${paths.join(', ')}`);
  const findings = lint(loaded, config);
  if (options.remote) {
    const { lintRemote } = await import('../lint-remote.js');
    findings.push(...(await lintRemote(loaded, findings, config, options.remote, cwd)));
  }
  return { config, configFindings, findings, files: loaded.files, resources: loaded.resources };
}

export async function run(argv: string[]): Promise<number> {
  const options = parseLintArgs(argv);
  if (options.help) {
    process.stdout.write(LINT_HELP);
    return 0;
  }
  const cwd = process.cwd();
  const report = (findings: Finding[], fileCount?: number) =>
    process.stdout.write(
      REPORTERS[options.format](findings, {
        color: makeChalk({ ...(options.color !== undefined ? { flag: options.color } : {}) }),
        rules: RULES,
        cwd,
        version: VERSION,
        ...(fileCount !== undefined ? { fileCount } : {}),
      }),
    );
  try {
    const { configFindings, findings, files } = await lintProject(options, cwd);
    if (configFindings.length) {
      report(configFindings);
      return 2;
    }
    report(findings, files.length);
    const { errorCount, warningCount } = counts(findings);
    if (errorCount > 0) return 1;
    if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) {
      process.stderr.write(`defender-gitops: too many warnings (${warningCount}); --max-warnings is ${options.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof PathNotFoundError) {
      throw new CliError(e.message, 2, options.paths.length ? undefined : 'Pass the files or folders to lint, or set paths in defender-gitops.yaml.');
    }
    throw e;
  }
}
