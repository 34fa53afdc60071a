// A plan reported the GitHub way: outputs, the markdown in the job summary, and the PR comment
// (one per environment, found by its marker), degrading to a notice when the token cannot write.
import * as core from '@actions/core';
import { renderMarkdown } from '../plan/render/markdown.js';
import { hasChanges } from '../plan/render/lines.js';
import type { Plan } from '../plan/types.js';
import { counts } from '../lint/reporters/types.js';
import type { Finding } from '../model/finding.js';
import type { ActionContext } from './context.js';
import { upsertComment, type CommentOutcome } from './github/comment.js';
import { describeHttpError, isPermissionDenied } from './github/permission.js';
import { runLink, statusLine, withStatus } from './github/status.js';

/** Room left in a 65,536-character comment for the marker and the status line. */
const COMMENT_PLAN_CHARS = 60_000;
/** The job summary takes ~1 MiB per step: the full plan fits far more often there. */
const SUMMARY_PLAN_CHARS = 900_000;

export function setPlanOutputs(plan: Plan | undefined, planFile: string | undefined): void {
  const s = plan?.summary;
  core.setOutput('has-changes', String(plan ? hasChanges(plan) : false));
  for (const key of ['create', 'update', 'delete', 'attach', 'detach'] as const) core.setOutput(key, String(s?.[key] ?? 0));
  if (planFile) core.setOutput('plan-file', planFile);
}

export function planMarkdown(ctx: ActionContext, plan: Plan, findings: readonly Finding[], maxChars: number): string {
  const { errorCount, warningCount } = counts(findings);
  return renderMarkdown(plan, {
    ...(ctx.environment ? { environment: ctx.environment } : {}),
    maxChars,
    lintSummary: { errors: errorCount, warnings: warningCount },
  });
}

/** The markdown of a run that produced no plan (lint or config errors, unreadable account). */
export function failedPlanMarkdown(ctx: ActionContext, reason: string): string {
  const env = ctx.environment ? `: \`${ctx.environment}\`` : '';
  return `### 🔴 defender-gitops plan${env} failed\n\n${reason}\n\nSee the job summary and annotations for details; no plan can be applied until this is fixed.\n`;
}

export function addPlanToSummary(ctx: ActionContext, plan: Plan, findings: readonly Finding[]): void {
  core.summary.addRaw(planMarkdown(ctx, plan, findings, SUMMARY_PLAN_CHARS), true);
}

/** Posts or updates the plan comment of this environment on the run's pull request. */
export async function publishPlanComment(ctx: ActionContext, plan: Plan | undefined, markdown: string): Promise<void> {
  const pr = ctx.pullRequest;
  if (!pr) {
    core.info(`No pull request for this ${ctx.run.eventName || 'local'} run: the plan is in the job summary only.`);
    return;
  }
  const marker = { v: 1 as const, cmd: 'plan' as const, env: ctx.environmentKey, sha: pr.headSha, planHash: plan?.planHash ?? '' };
  const body = withStatus(markdown, statusLine('planned', runLink(ctx.runUrl)));
  let outcome: CommentOutcome;
  try {
    outcome = await upsertComment(ctx.github(), pr, marker, body, { mode: ctx.inputs.comment, hasChanges: plan ? hasChanges(plan) : true });
  } catch (error) {
    if (!isPermissionDenied(error)) {
      core.warning(`Could not write the plan comment on pull request #${pr.number} (${describeHttpError(error)}); the plan is in the job summary.`);
      return;
    }
    const why = pr.fromFork
      ? 'this pull request comes from a fork, and GitHub gives fork pull requests a read-only token'
      : 'the token cannot write to pull requests (grant `permissions: pull-requests: write`)';
    core.notice(`Plan not posted on pull request #${pr.number}: ${why}. The plan is in the job summary.`);
    core.summary.addRaw(`\n> [!NOTE]\n> Not posted as a pull-request comment: ${why}.\n`, true);
    return;
  }
  if (outcome.action === 'skipped') {
    core.info(`No pull-request comment: ${outcome.reason}.`);
    return;
  }
  if (outcome.url) core.setOutput('comment-url', outcome.url);
  core.info(`Pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
}

export { COMMENT_PLAN_CHARS };
