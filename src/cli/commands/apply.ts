// `defender-gitops apply`: execute a saved plan (after checking it is not stale), or plan, show the
// plan, ask for `yes` (or take --auto-approve), and execute it. Exit codes: 0 applied or nothing to
// do, 1 failure (what succeeded is listed), 2 usage/config error or no terminal to confirm on,
// 3 the plan is stale (the account changed since it was made).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { applyPlan, type ApplyResult } from '../../apply/apply.js';
import { AwsError } from '../../aws/errors.js';
import type { IotSession } from '../../aws/session.js';
import { loadConfig } from '../../load/config.js';
import { RULES } from '../../lint/index.js';
import { REPORTERS } from '../../lint/reporters/index.js';
import { parsePlan, PlanFileError } from '../../plan/file.js';
import { renderText } from '../../plan/render/text.js';
import type { Plan } from '../../plan/types.js';
import { makeChalk } from '../color.js';
import { parseCommandArgs } from '../args.js';
import { CliError } from '../errors.js';
import { openSessionFromFlags, stderrLine } from '../session.js';
import { VERSION } from '../version.js';
import { PLAN_INPUT_OPTIONS, PlanRefused, planProject } from './plan.js';

const OPTIONS = {
  ...PLAN_INPUT_OPTIONS,
  'auto-approve': { type: 'boolean' },
  parallelism: { type: 'string' },
} as const;

export const HELP = `Make the changes: execute a saved plan, or plan and execute after confirmation.

Usage: defender-gitops apply [PLAN_FILE | PATH...] [options]

Examples:
  defender-gitops plan --out plan.json && defender-gitops apply plan.json
  defender-gitops apply --local                  # plan, show, ask 'yes', apply (embedded emulator)
  defender-gitops apply --env prod --auto-approve

Arguments:
  PLAN_FILE                a plan saved with 'plan --out': applied exactly, without a prompt, after
                           checking that nothing it was computed from has changed since
  PATH...                  files or folders to plan from (default: the config's paths)

Options:
      --auto-approve       do not ask for confirmation (needed when stdin is not a terminal)
      --parallelism N      actions in flight at once (default 10; the AWS rate limits still apply)
  -e, --env NAME           environment from defender-gitops.yaml (region, account, endpoint, paths)
      --prune              delete live resources tagged as managed by defender-gitops that no file declares
      --local              apply to the embedded emulator (.defender-gitops/local-state.json)
      --endpoint-url URL   send AWS IoT calls to URL (an emulator, a VPC endpoint)
      --region R           AWS region (default: the environment's, then AWS_REGION / the AWS profile)
  -c, --config FILE        config file (default: defender-gitops.yaml)
      --color, --no-color  force or disable colour
  -h, --help               show this help

Progress goes to stderr: one line per action with its outcome and time, then a summary.

Exit codes:
  0  applied, or nothing to do
  1  an action failed, or Ctrl-C (what succeeded, failed and was not attempted is listed); run again to converge
  2  usage or config error; no terminal to confirm on without --auto-approve
  3  the plan is stale: the account changed since it was made (nothing was changed); plan again
`;

interface ApplyArgs {
  positionals: string[];
  autoApprove: boolean;
  parallelism?: number;
  prune: boolean;
  local: boolean;
  env?: string;
  endpointUrl?: string;
  region?: string;
  configFile?: string;
  color?: boolean;
  help: boolean;
}

function parseApplyArgs(argv: string[]): ApplyArgs {
  const parsed = parseCommandArgs('apply', argv, OPTIONS);
  const { values, positionals } = parsed;
  let parallelism: number | undefined;
  if (values.parallelism !== undefined) {
    parallelism = Number(values.parallelism);
    if (!Number.isInteger(parallelism) || parallelism < 1) throw new CliError(`--parallelism must be a positive integer, got '${values.parallelism}'`, 2);
  }
  if (values.local && values['endpoint-url'] !== undefined) throw new CliError('--local and --endpoint-url cannot be used together: --local runs its own endpoint', 2);
  return {
    positionals,
    autoApprove: values['auto-approve'] ?? false,
    prune: values.prune ?? false,
    local: values.local ?? false,
    help: values.help ?? false,
    ...(parallelism !== undefined ? { parallelism } : {}),
    ...(values.env !== undefined ? { env: values.env } : {}),
    ...(values['endpoint-url'] !== undefined ? { endpointUrl: values['endpoint-url'] } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(values.color ? { color: true } : values['no-color'] ? { color: false } : {}),
  };
}

/** A single positional naming a JSON file is a saved plan; anything else is paths to plan from. */
async function savedPlanText(positionals: string[]): Promise<string | undefined> {
  if (positionals.length !== 1 || !/\.json$/i.test(positionals[0]!)) return undefined;
  try {
    return await readFile(positionals[0]!, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the plan file ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
}

const EXIT: Record<ApplyResult['status'], number> = { applied: 0, failed: 1, stale: 3 };

export async function run(argv: string[]): Promise<number> {
  const args = parseApplyArgs(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const text = await savedPlanText(args.positionals);
  try {
    return text !== undefined ? await applySaved(args, text) : await planAndApply(args);
  } catch (e) {
    if (e instanceof AwsError) throw new CliError(e.message, 1, e.hint ?? '');
    throw e;
  }
}

async function applySaved(args: ApplyArgs, text: string): Promise<number> {
  if (args.prune) throw new CliError('--prune is decided when planning: pass it to `plan --out`, not to `apply PLAN_FILE`', 2);
  let plan: Plan;
  try {
    plan = parsePlan(text, args.positionals[0]!);
  } catch (e) {
    if (e instanceof PlanFileError) throw new CliError(e.message, 2);
    throw e;
  }
  const { config, findings } = await loadConfig(process.cwd(), args.configFile, { ruleIds: RULES.map((r) => r.id) });
  if (findings.length > 0) throw new CliError(`${config.file ?? 'the config file'}: ${findings[0]!.message}`, 2);
  const session = await openSessionFromFlags(args, config, process.cwd());
  return execute(plan, session, args);
}

async function planAndApply(args: ApplyArgs): Promise<number> {
  // Refuse before reading anything when there will be nobody to confirm.
  if (!args.autoApprove && !process.stdin.isTTY) {
    throw new CliError(
      'apply needs confirmation, but stdin is not a terminal',
      2,
      'Pass --auto-approve to apply without confirmation, or save a plan with `plan --out plan.json`, review it, and `apply plan.json`.',
    );
  }
  let outcome;
  try {
    outcome = await planProject({
      paths: args.positionals,
      prune: args.prune,
      local: args.local,
      progress: stderrLine,
      ...(args.env !== undefined ? { env: args.env } : {}),
      ...(args.endpointUrl !== undefined ? { endpointUrl: args.endpointUrl } : {}),
      ...(args.region !== undefined ? { region: args.region } : {}),
      ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
    });
  } catch (e) {
    if (e instanceof PlanRefused) {
      const color = makeChalk({ ...(args.color === undefined ? {} : { flag: args.color }), stream: process.stderr });
      process.stderr.write(REPORTERS.stylish(e.findings, { color, rules: RULES, cwd: process.cwd(), version: VERSION }));
      stderrLine(`defender-gitops: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const { plan, session } = outcome;
  process.stdout.write(renderText(plan, { color: makeChalk(args.color === undefined ? {} : { flag: args.color }), verbose: false }));
  if (plan.errors.length > 0) {
    await session.close();
    return 1;
  }
  if (plan.changes.length === 0) {
    await session.close();
    stderrLine('\nApply complete: nothing to do.');
    return 0;
  }
  if (!args.autoApprove && !(await confirmed())) {
    await session.close();
    stderrLine('\nApply cancelled.');
    return 1;
  }
  return execute(plan, session, args);
}

async function execute(plan: Plan, session: IotSession, args: ApplyArgs): Promise<number> {
  // Ctrl-C stops gracefully, as Terraform does: running actions finish and are reported; a second one quits at once.
  const stop = new AbortController();
  const interrupt = () => {
    stderrLine('\nInterrupt received: letting the running actions finish, starting no new ones. Press Ctrl-C again to quit at once.');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  try {
    const result = await applyPlan(plan, session, { progress: stderrLine, signal: stop.signal, ...(args.parallelism ? { concurrency: args.parallelism } : {}) });
    return EXIT[result.status];
  } finally {
    process.removeListener('SIGINT', interrupt);
    await session.close();
  }
}

async function confirmed(): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    process.stderr.write('\nDo you want to perform these actions?\n  Only \'yes\' will be accepted to approve.\n\n');
    const answer = await rl.question('  Enter a value: ');
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
