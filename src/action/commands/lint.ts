// `command: lint`: the CLI's lint (same option parser, loader, rules and SARIF reporter), reported
// as annotations, job summary, SARIF file and outputs. Fails the step on errors or on more
// warnings than --max-warnings, like the CLI's exit code 1.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LINT_OPTIONS, lintProject, parseLintArgs } from '../../cli/commands/lint.js';
import { lintArgsOf } from '../args.js';
import { RULES } from '../../lint/index.js';
import { sarif } from '../../lint/reporters/sarif.js';
import { counts, plural } from '../../lint/reporters/types.js';
import type { Config } from '../../model/config.js';
import type { Finding } from '../../model/finding.js';
import { makeChalk } from '../../cli/color.js';
import { VERSION } from '../../cli/version.js';
import { toRepoPaths, type ActionContext } from '../context.js';
import { StepFailure } from '../failure.js';
import { InputError } from '../inputs.js';
import { reportFindings } from '../findings-report.js';

export interface LintRun {
  findings: Finding[];
  files: number;
  /** Why the CLI would exit non-zero: config errors, lint errors, more warnings than --max-warnings. */
  failure?: string;
}

/** The CLI's lint pipeline (lintProject) with the CLI's exit rules turned into a failure message. */
async function lintForAction(ctx: ActionContext, argv: string[]): Promise<LintRun> {
  const options = parseLintArgs(argv);
  const { config, configFindings, findings, files } = await lintProject(options, ctx.cwd, ctx.environment);
  if (configFindings.length > 0) return { findings: configFindings, files: 0, failure: 'the config file has errors' };
  checkEnvironment(ctx, config);
  const { errorCount, warningCount } = counts(findings);
  const failure =
    errorCount > 0
      ? `lint found ${plural(errorCount, 'error')}`
      : options.maxWarnings !== undefined && warningCount > options.maxWarnings
        ? `too many warnings (${warningCount}); --max-warnings is ${options.maxWarnings}`
        : undefined;
  return { findings, files: files.length, ...(failure ? { failure } : {}) };
}

/** An environment the config does not define is an error: a typo must not lint other paths silently. */
function checkEnvironment(ctx: ActionContext, config: Config): void {
  const name = ctx.environment;
  if (name === undefined || config.environments[name]) return;
  const known = Object.keys(config.environments);
  const where = config.file ? path.relative(ctx.cwd, config.file) || config.file : 'defender-gitops.yaml (none found)';
  throw new InputError(`environment '${name}' is not defined in ${where}` + (known.length ? ` (environments: ${known.join(', ')})` : '; add it under `environments:`'));
}

export async function writeSarif(ctx: ActionContext, findings: readonly Finding[]): Promise<void> {
  const file = ctx.inputs.sarifFile;
  if (!file) return;
  const target = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(target), { recursive: true });
  // Repository-relative URIs, so code scanning places the results on the right files.
  const sarifText = sarif(toRepoPaths(ctx, findings), { color: makeChalk({ flag: false }), rules: RULES, cwd: ctx.workspace, version: VERSION });
  await writeFile(target, sarifText);
  core.info(`SARIF written to ${file} (${plural(findings.length, 'result')})`);
}

export async function runLint(ctx: ActionContext): Promise<void> {
  const result = await core.group('Lint', async () => {
    const { args, dropped } = lintArgsOf(ctx.inputs.args, LINT_OPTIONS, ctx.environment);
    if (dropped.length) core.info(`Not used by lint: ${dropped.join(' ')}`);
    const run = await lintForAction(ctx, [...ctx.inputs.paths, ...args]);
    core.info(`${plural(run.files, 'file')} checked, ${plural(run.findings.length, 'finding')}`);
    return run;
  });
  await reportFindings(ctx, result.findings, 'defender-gitops lint');
  await writeSarif(ctx, result.findings);
  if (result.failure) throw new StepFailure('lint-failed', result.failure);
}
