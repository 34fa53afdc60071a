// `command: plan`: the CLI's plan (same flags, loader, live reader and diff), reported as outputs,
// job summary and ONE pull-request comment per environment. Changes do not fail the step
// (`has-changes` says so); lint errors and plan errors do.
import * as core from '@actions/core';
import type { ActionContext } from '../context.js';
import { StepFailure } from '../failure.js';
import { reportFindings } from '../findings-report.js';
import { planForAction } from '../library.js';
import { addPlanToSummary, COMMENT_PLAN_CHARS, failedPlanMarkdown, planMarkdown, publishPlanComment, setPlanOutputs } from '../plan-report.js';

export async function runPlan(ctx: ActionContext): Promise<void> {
  const run = await core.group('Plan', () => planForAction(ctx));
  await run.close();
  setPlanOutputs(run.plan, run.planFile);
  if (run.plan) addPlanToSummary(ctx, run.plan, run.findings);
  await reportFindings(ctx, run.findings);

  const failure = run.failure ?? (run.plan && run.plan.errors.length > 0 ? 'the plan has errors and cannot be applied' : undefined);
  const markdown = run.plan ? planMarkdown(ctx, run.plan, run.findings, COMMENT_PLAN_CHARS) : failedPlanMarkdown(ctx, failure ?? '');
  await publishPlanComment(ctx, run.plan, markdown);
  if (failure) throw new StepFailure('plan-failed', failure);
}
