// The Action's one door into the shared library for plan and apply: `planProject` (config, lint,
// session, live read, diff) and `applyPlan`, exactly as the CLI's plan and apply use them, with the
// CLI's own flag parser for the `args` input. Progress lines go to the step log.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPlan } from '../apply/apply.js';
import { countsLine } from '../apply/progress.js';
import { AwsError } from '../aws/errors.js';
import type { IotSession } from '../aws/session.js';
import { makeChalk } from '../cli/color.js';
import { LINT_OPTIONS } from '../cli/commands/lint.js';
import { parsePlanArgs, planProject, PlanRefused, PLAN_OPTIONS } from '../cli/commands/plan.js';
import type { Finding } from '../model/finding.js';
import { serializePlan } from '../plan/file.js';
import { renderText } from '../plan/render/text.js';
import type { Plan } from '../plan/types.js';
import { argsFor } from './args.js';
import type { ActionContext } from './context.js';

export interface PlanRun {
  plan?: Plan;
  /** Lint findings (and plan-time errors), for annotations and the summary. */
  findings: Finding[];
  planFile?: string;
  /** Why no usable plan was computed (lint errors, config errors, AWS errors). */
  failure?: string;
  /** Open while a plan exists; apply sends the plan through it. Closed by close(). */
  session?: IotSession;
  close(): Promise<void>;
}

const progress = (line: string) => core.info(line);

export async function planForAction(ctx: ActionContext): Promise<PlanRun> {
  const { args, dropped } = argsFor(ctx.inputs.args, PLAN_OPTIONS, [LINT_OPTIONS]);
  if (dropped.length) core.info(`Not used by ${ctx.inputs.command}: ${dropped.join(' ')}`);
  const options = parsePlanArgs([...ctx.inputs.paths, ...args]);
  const env = ctx.environment;
  let outcome;
  try {
    outcome = await planProject({ ...options, ...(env !== undefined ? { env } : {}), cwd: ctx.cwd, progress });
  } catch (error) {
    const closed = { close: async () => {} };
    if (error instanceof PlanRefused) return { findings: error.findings, failure: error.message, ...closed };
    if (error instanceof AwsError) return { findings: [], failure: error.hint ? `${error.message}. ${error.hint}` : error.message, ...closed };
    throw error;
  }
  const { plan, session } = outcome;
  const close = () => session.close();
  try {
    // The Terraform-style text plan in the step log; GitHub renders its ANSI colours.
    core.info(renderText(plan, { color: makeChalk({ flag: true }) }));
    const findings = [...outcome.findings, ...plan.errors];
    if (plan.errors.length > 0) return { plan, findings, session, close };
    const planFile = path.resolve(ctx.cwd, options.out ?? path.join(process.env.RUNNER_TEMP || '.defender-gitops', `plan-${ctx.environmentKey}.json`));
    await mkdir(path.dirname(planFile), { recursive: true });
    await writeFile(planFile, serializePlan(plan));
    core.info(`Saved the plan to ${planFile}`);
    return { plan, findings, planFile, session, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface ApplyRun {
  status: 'applied' | 'failed' | 'stale';
  /** One line: what was done. */
  summary: string;
}

export async function applyForAction(plan: Plan, session: IotSession): Promise<ApplyRun> {
  const result = await applyPlan(plan, session, { progress });
  return { status: result.status, summary: countsLine(result.counts) };
}
