// `command: lint`: the CLI's lint (same option parser, loader, rules and SARIF reporter), reported
// as annotations, job summary, SARIF file and outputs. Fails the step on errors or on more
// warnings than --max-warnings, like the CLI's exit code 1.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LINT_OPTIONS, parseLintArgs } from '../../cli/commands/lint.js';
import { lintArgsOf } from '../args.js';
import { loadConfig } from '../../load/config.js';
import { loadFiles, type LoadedResource } from '../../load/index.js';
import { lint, RULES } from '../../lint/index.js';
import { sarif } from '../../lint/reporters/sarif.js';
import { counts, plural } from '../../lint/reporters/types.js';
import type { Config, Environment } from '../../model/config.js';
import type { Finding } from '../../model/finding.js';
import { makeChalk } from '../../cli/color.js';
import { VERSION } from '../../cli/version.js';
import { toRepoPaths, type ActionContext } from '../context.js';
import { StepFailure } from '../failure.js';
import { InputError } from '../inputs.js';
import { reportFindings } from '../findings-report.js';

export interface LintRun {
  config: Config;
  findings: Finding[];
  files: number;
  resources: LoadedResource[];
  /** Exit 1 of the CLI: errors, or more warnings than --max-warnings. */
  failure?: string;
}

/** Config → files → rules, exactly as the CLI's lint does; shared by the plan command. */
export async function lintProject(ctx: ActionContext, argv: string[]): Promise<LintRun> {
  const options = parseLintArgs(argv);
  const { config, findings: configFindings } = await loadConfig(ctx.cwd, options.config, { ruleIds: RULES.map((r) => r.id) });
  if (configFindings.length > 0) return { config, findings: configFindings, files: 0, resources: [], failure: 'the config file has errors' };
  const paths = options.paths.length ? options.paths : environmentOf(ctx, config)?.paths ?? config.paths;
  const loaded = await loadFiles(paths, { cwd: ctx.cwd });
  const findings = lint(loaded, config);
  if (options.remote) {
    const { lintRemote } = await import('../../cli/lint-remote.js');
    findings.push(...(await lintRemote(loaded, findings, config, options.remote, ctx.cwd)));
  }
  const { errorCount, warningCount } = counts(findings);
  const failure =
    errorCount > 0
      ? `lint found ${plural(errorCount, 'error')}`
      : options.maxWarnings !== undefined && warningCount > options.maxWarnings
        ? `too many warnings (${warningCount}); --max-warnings is ${options.maxWarnings}`
        : undefined;
  return { config, findings, files: loaded.files.length, resources: loaded.resources, ...(failure ? { failure } : {}) };
}

/** The `environment` input's entry in defender-gitops.yaml; a name the file does not define is an error. */
export function environmentOf(ctx: ActionContext, config: Config): Environment | undefined {
  const name = ctx.environment;
  if (name === undefined) return undefined;
  const env = config.environments[name];
  if (!env) {
    const known = Object.keys(config.environments);
    const where = config.file ? path.relative(ctx.cwd, config.file) || config.file : 'defender-gitops.yaml (none found)';
    throw new InputError(
      `environment '${name}' is not defined in ${where}` +
        (known.length ? ` (environments: ${known.join(', ')})` : '; add it under `environments:`'),
    );
  }
  return env;
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
    const run = await lintProject(ctx, [...ctx.inputs.paths, ...args]);
    core.info(`${plural(run.files, 'file')} checked, ${plural(run.findings.length, 'finding')}`);
    return run;
  });
  await reportFindings(ctx, result.findings, 'defender-gitops lint');
  await writeSarif(ctx, result.findings);
  if (result.failure) throw new StepFailure('lint-failed', result.failure);
}
