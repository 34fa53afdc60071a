// `defender-gitops plan`: load and lint the files, read the live account, print exactly what would
// change. `planProject` is the whole pipeline without the printing: `apply` and the GitHub Action
// reuse it, so all three see the same plan for the same inputs.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AwsError } from '../../aws/errors.js';
import type { IotSession } from '../../aws/session.js';
import { lint, RULES } from '../../lint/index.js';
import { REPORTERS } from '../../lint/reporters/index.js';
import { loadConfig } from '../../load/config.js';
import { loadFiles, PathNotFoundError, type LoadedResource } from '../../load/index.js';
import type { Config } from '../../model/config.js';
import type { Finding, SourceRange } from '../../model/finding.js';
import { thingGroupOfTarget } from '../../model/arn.js';
import { closest } from '../../model/suggest.js';
import { plural } from '../../model/words.js';
import { computePlan } from '../../plan/compute.js';
import { serializePlan } from '../../plan/file.js';
import { renderJson } from '../../plan/render/json.js';
import { renderMarkdown } from '../../plan/render/markdown.js';
import { renderText } from '../../plan/render/text.js';
import { liveSelection } from '../../plan/selection.js';
import type { Plan } from '../../plan/types.js';
import { makeChalk } from '../color.js';
import { CliError } from '../errors.js';
import { SESSION_OPTIONS, sessionFlags } from '../session-flags.js';
import { VERSION } from '../version.js';

/** Flags that choose what to plan against; `apply` takes the same ones. */
export const PLAN_INPUT_OPTIONS = {
  ...SESSION_OPTIONS,
  prune: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const PLAN_OPTIONS = {
  ...PLAN_INPUT_OPTIONS,
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  'detailed-exitcode': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Show exactly what would change in the account to make it match the files.

Usage: defender-gitops plan [PATH...] [options]

Examples:
  defender-gitops plan --local                 # against the embedded emulator (no AWS account needed)
  defender-gitops plan --env prod --out plan.json && defender-gitops apply plan.json
  defender-gitops plan --format markdown > comment.md
  defender-gitops plan --detailed-exitcode     # CI drift check: exit 2 when something would change

Arguments:
  PATH...                  files or folders (every *.yaml / *.yml inside); default: the config's paths

Options:
  -e, --env NAME           environment from defender-gitops.yaml (region, account, endpoint, paths)
  -o, --out FILE           save the plan (with the live fingerprints it was computed from) for apply
  -f, --format FORMAT      text | json | markdown (default: text)
      --detailed-exitcode  exit 2 when the plan has changes
      --prune              delete live resources tagged as managed by defender-gitops that no file declares
      --local              plan against the embedded emulator (.defender-gitops/local-state.json)
      --endpoint-url URL   send AWS IoT calls to URL (an emulator, a VPC endpoint)
      --region R           AWS region (default: the environment's, then AWS_REGION / the AWS profile)
  -c, --config FILE        config file (default: defender-gitops.yaml, searched up to the git root)
  -v, --verbose            also print every API request in full
      --color, --no-color  force or disable colour (default: NO_COLOR, FORCE_COLOR, terminal)
  -h, --help               show this help

Results go to stdout, progress to stderr; --format json prints one JSON document and nothing else.

Exit codes:
  0  success (no changes, or changes without --detailed-exitcode)
  1  error: usage, config, lint errors, AWS errors, or a plan that breaks a limit
  2  success with changes (only with --detailed-exitcode)
`;

export interface PlanProjectOptions {
  /** Files or folders; empty means the environment's paths, then the config's. */
  paths: string[];
  cwd?: string;
  configFile?: string;
  env?: string;
  /** Delete owned resources no file declares (also on when the config says `prune: true`). */
  prune?: boolean;
  local?: boolean;
  endpointUrl?: string;
  region?: string;
  /** Progress and diagnostics, one line each (stderr for the CLI, the log for the Action). */
  progress?: (line: string) => void;
}

export interface PlanOutcome {
  plan: Plan;
  config: Config;
  environment?: string;
  /** Lint findings of the files (warnings only: errors stop the pipeline with PlanRefused). */
  findings: Finding[];
  lintSummary: { errors: number; warnings: number };
  /** Still open: `apply` sends the plan through it. The caller closes it. */
  session: IotSession;
}

/** The files did not lint clean (or the config is invalid): no live read happened. */
export class PlanRefused extends Error {
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super(message);
    this.name = 'PlanRefused';
  }
}

const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

/** Where each resource, and each of its targets, is written: plan errors point there. */
function planSources(resources: readonly LoadedResource[]): Map<string, SourceRange> {
  const sources = new Map<string, SourceRange>();
  for (const r of resources) {
    const key = `${r.resource.kind}/${r.resource.name}`;
    sources.set(key, r.locate([]));
    if (r.resource.kind !== 'SecurityProfile' || !Array.isArray(r.resource.targets)) continue;
    sources.set(`${key}.targets`, r.locate(['targets']));
    r.resource.targets.forEach((_, i) => sources.set(`${key}.targets[${i}]`, r.locate(['targets', i])));
  }
  return sources;
}

export async function planProject(options: PlanProjectOptions): Promise<PlanOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const progress = options.progress ?? (() => {});
  const { config, findings: configFindings } = await loadConfig(cwd, options.configFile, { ruleIds: RULES.map((r) => r.id) });
  if (configFindings.length > 0) throw new PlanRefused(`${plural(configFindings.length, 'problem')} in the config file`, configFindings);
  if (config.file) progress(`Using config ${config.file}`);
  const environment = options.env === undefined ? undefined : config.environments[options.env];
  if (options.env !== undefined && !environment) {
    const names = Object.keys(config.environments);
    const hint = closest(options.env, names);
    throw new CliError(
      `unknown environment '${options.env}'${hint ? ` (did you mean '${hint}'?)` : ''}; ${names.length ? `defined: ${names.join(', ')}` : 'defender-gitops.yaml defines none'}`,
      1,
    );
  }
  const paths = options.paths.length > 0 ? options.paths : (environment?.paths ?? config.paths);
  const loaded = await loadFiles(paths, { cwd }).catch((e: unknown) => {
    if (e instanceof PathNotFoundError) throw new CliError(e.message, 1);
    throw e;
  });
  const findings = lint(loaded, config);
  const errors = count(findings, 'error');
  if (errors > 0) throw new PlanRefused(`the files have ${plural(errors, 'lint error')}: fix them before planning`, findings);
  if (loaded.resources.length === 0) progress(`warning: no resources found in ${paths.join(', ')}: every live resource will show as unmanaged${options.prune || config.prune ? ', and every owned one will be deleted (--prune)' : ''}`);
  const warnings = count(findings, 'warning');
  if (warnings > 0) progress(`Lint: ${plural(warnings, 'warning')} (run 'defender-gitops lint' for details)`);

  // The AWS SDK loads only now: --help, usage and lint errors stay fast.
  const [{ openSessionFromFlags }, { readLiveState }] = await Promise.all([import('../session.js'), import('../../aws/read-live.js')]);
  const desired = loaded.resources.map((r) => r.resource);
  const sources = planSources(loaded.resources);
  const selection = liveSelection(desired, config.ownershipTag);
  const session = await openSessionFromFlags({
    cwd,
    config,
    ...(options.env !== undefined ? { env: options.env } : {}),
    ...(options.local ? { local: true } : {}),
    ...(options.endpointUrl !== undefined ? { endpointUrl: options.endpointUrl } : {}),
    ...(options.region !== undefined ? { region: options.region } : {}),
    localThingGroups: selection.targets.flatMap((key) => thingGroupOfTarget(key) ?? []),
    progress,
  });
  try {
    const started = performance.now();
    const live = await readLiveState(session, selection, progress);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const targets = Object.keys(live.profilesByTarget).length;
    progress(
      `Reading live state from ${session.label}… ${plural(live.allProfileNames.length, 'security profile')}, ${plural(Object.keys(live.dimensions).length, 'dimension')}, ${plural(Object.keys(live.customMetrics).length, 'custom metric')}, ${plural(targets, 'target')} (${seconds}s)`,
    );
    const plan = computePlan({ desired, live, prune: options.prune || config.prune, ownershipTag: config.ownershipTag, toolVersion: VERSION, sources });
    return {
      plan,
      config,
      ...(options.env !== undefined ? { environment: options.env } : {}),
      findings,
      lintSummary: { errors, warnings },
      session,
    };
  } catch (e) {
    await session.close();
    throw e;
  }
}

interface PlanArgs extends PlanProjectOptions {
  format: Format;
  out?: string;
  detailedExitcode: boolean;
  verbose: boolean;
  color?: boolean;
  help: boolean;
}

export function parsePlanArgs(argv: string[]): PlanArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: PLAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message;
    const flag = /'(--[^' ]+)'/.exec(message)?.[1];
    const hint = flag && /unknown option/i.test(message) ? closest(flag.slice(2), Object.keys(PLAN_OPTIONS)) : undefined;
    throw new CliError(`${message.split('\n')[0]!.replace(/\.$/, '')}${hint ? ` (did you mean '--${hint}'?)` : ''}`, 1, "Run 'defender-gitops plan --help' for usage.");
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    const hint = closest(format, FORMATS);
    throw new CliError(`unknown format '${format}'; use one of ${FORMATS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`, 1);
  }
  return {
    ...planInputs(values),
    paths: positionals,
    format: format as Format,
    detailedExitcode: values['detailed-exitcode'] ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.color ? { color: true } : values['no-color'] ? { color: false } : {}),
  };
}

/** Parsed PLAN_INPUT_OPTIONS → the planProject options they set (`apply` parses the same flags). */
export function planInputs(values: { prune?: boolean | undefined; config?: string | undefined } & Parameters<typeof sessionFlags>[0]): Omit<PlanProjectOptions, 'paths'> {
  let flags;
  try {
    flags = sessionFlags(values);
  } catch (e) {
    // plan's exit code 2 means "changes" (--detailed-exitcode): usage errors are 1.
    if (e instanceof CliError) throw new CliError(e.message, 1, e.hint);
    throw e;
  }
  return { ...flags, prune: values.prune ?? false, ...(values.config !== undefined ? { configFile: values.config } : {}) };
}

function render(plan: Plan, args: PlanArgs, outcome: PlanOutcome): string {
  switch (args.format) {
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan, { ...(outcome.environment ? { environment: outcome.environment } : {}), lintSummary: outcome.lintSummary });
    case 'text':
      return renderText(plan, { color: makeChalk(args.color === undefined ? {} : { flag: args.color }), verbose: args.verbose });
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parsePlanArgs(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  let outcome: PlanOutcome;
  try {
    outcome = await planProject({ ...args, progress: stderr });
  } catch (e) {
    if (e instanceof PlanRefused) {
      const color = makeChalk({ ...(args.color === undefined ? {} : { flag: args.color }), stream: process.stderr });
      process.stderr.write(REPORTERS.stylish(e.findings, { color, rules: RULES, cwd: process.cwd(), version: VERSION }));
      stderr(`defender-gitops: ${e.message}`);
      return 1;
    }
    if (e instanceof AwsError) {
      stderr(`defender-gitops: ${e.message}`);
      if (e.hint) stderr(e.hint);
      return 1;
    }
    throw e;
  }
  const { plan, session } = outcome;
  try {
    process.stdout.write(render(plan, args, outcome));
    if (plan.errors.length > 0) {
      if (args.out) stderr(`The plan was not saved to ${args.out}: it has errors and cannot be applied.`);
      return 1;
    }
    if (args.out) {
      const file = resolve(args.out);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, serializePlan(plan));
      stderr(`Saved the plan to: ${args.out}`);
      stderr(`To apply exactly these actions: defender-gitops apply ${args.out}`);
    }
    return args.detailedExitcode && plan.changes.length > 0 ? 2 : 0;
  } finally {
    await session.close();
  }
}
