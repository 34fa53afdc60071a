// The Action's one door into the shared library for plan and apply: the same config, loader, lint
// rules, session, live reader, diff and executor as the CLI. Progress lines go to the step log.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyPlan, type ApplyResult } from '../apply/apply.js';
import { countsLine } from '../apply/progress.js';
import { readLiveState } from '../aws/read-live.js';
import { CliError } from '../cli/errors.js';
import { LINT_OPTIONS } from '../cli/commands/lint.js';
import { openSessionFromFlags, withAwsErrors } from '../cli/session.js';
import { VERSION } from '../cli/version.js';
import type { Finding, SourceRange } from '../model/finding.js';
import { computePlan } from '../plan/compute.js';
import { serializePlan } from '../plan/file.js';
import { renderText } from '../plan/render/text.js';
import { makeChalk } from '../cli/color.js';
import { liveSelection } from '../plan/selection.js';
import type { Plan } from '../plan/types.js';
import type { IotSession } from '../aws/session.js';
import type { Config } from '../model/config.js';
import { argsFor, PLAN_OPTIONS } from './args.js';
import { lintProject } from './commands/lint.js';
import type { ActionContext } from './context.js';


export interface PlanRun {
  plan?: Plan;
  findings: Finding[];
  planFile?: string;
  /** Why no usable plan was computed. */
  failure?: string;
  config?: Config;
  flags?: { env?: string; local?: boolean; endpointUrl?: string; region?: string };
}

const progress = (line: string) => core.info(line);

export async function planForAction(ctx: ActionContext): Promise<PlanRun> {
  const { args: planArgs } = argsFor(ctx.inputs.args, PLAN_OPTIONS, [LINT_OPTIONS]);
  let values;
  try {
    ({ values } = parseArgs({ args: planArgs, options: PLAN_OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    throw new CliError(`args: ${(error as Error).message.split('\n')[0]}`);
  }
  const lintArgs = [...ctx.inputs.paths, ...(values.config ? ['--config', values.config] : [])];
  const linted = await lintProject(ctx, lintArgs);
  if (linted.failure) return { findings: linted.findings, failure: linted.failure, config: linted.config };

  const flags = {
    ...(ctx.inputs.environment ? { env: ctx.inputs.environment } : values.env ? { env: values.env } : {}),
    ...(values.local ? { local: true } : {}),
    ...(values['endpoint-url'] ? { endpointUrl: values['endpoint-url'] } : {}),
    ...(values.region ? { region: values.region } : {}),
  };
  const config = linted.config;
  const desired = linted.resources.map((r) => r.resource);
  const sources = new Map<string, SourceRange>(linted.resources.map((r) => [`${r.resource.kind}/${r.resource.name}`, r.locate([])]));
  const plan = await withSession(ctx, config, flags, async (session) => {
    const live = await readLiveState(session, liveSelection(desired, config.ownershipTag), progress);
    return computePlan({ desired, live, prune: values.prune ?? config.prune, ownershipTag: config.ownershipTag, toolVersion: VERSION, sources });
  });
  // The Terraform-style text plan in the step log; GitHub renders ANSI colours there.
  core.info(renderText(plan, { color: makeChalk({ flag: true }) }));
  const planFile = path.resolve(ctx.cwd, values.out ?? path.join(process.env.RUNNER_TEMP || '.defender-gitops', `plan-${ctx.environmentKey}.json`));
  await mkdir(path.dirname(planFile), { recursive: true });
  await writeFile(planFile, serializePlan(plan));
  return { plan, findings: [...linted.findings, ...plan.errors], planFile, config, flags };
}

export interface ApplyRun {
  status: ApplyResult['status'];
  /** One line: what was done. */
  summary: string;
}

export async function applyForAction(ctx: ActionContext, run: PlanRun & { plan: Plan }): Promise<ApplyRun> {
  const result = await withSession(ctx, run.config!, run.flags ?? {}, (session) => applyPlan(run.plan, session, { progress }));
  return { status: result.status, summary: countsLine(result.counts) };
}

async function withSession<T>(ctx: ActionContext, config: Config, flags: PlanRun['flags'] & {}, fn: (session: IotSession) => Promise<T>): Promise<T> {
  return withAwsErrors(async () => {
    const session = await openSessionFromFlags({ ...flags, config, cwd: ctx.cwd, progress });
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  });
}
