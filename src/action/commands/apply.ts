// `command: apply`: plans afresh, and applies only when that plan is exactly the one reviewed in the
// pull request's plan comment (the hash in its marker) — on push runs the pull request is found
// from the pushed commit. Then edits the comment's status line: applied, failed, or plan changed.
import * as core from '@actions/core';
import type { ActionContext } from '../context.js';
import { StepFailure } from '../failure.js';
import { reportFindings } from '../findings-report.js';
import { findMarkedComment, type MarkedComment } from '../github/comment.js';
import { describeHttpError } from '../github/permission.js';
import { pullRequestOfCommit, type PullRequestRef } from '../github/pull-request.js';
import { runLink, statusLine, withStatus, type PlanStatus } from '../github/status.js';
import { applyForAction, planForAction, type PlanRun } from '../library.js';
import { addPlanToSummary, setPlanOutputs } from '../plan-report.js';
import { hasChanges, summaryLine } from '../../plan/render/lines.js';

export async function runApply(ctx: ActionContext): Promise<void> {
  const run = await core.group('Plan', () => planForAction(ctx));
  try {
    await applyReviewed(ctx, run);
  } finally {
    await run.close();
  }
}

async function applyReviewed(ctx: ActionContext, run: PlanRun): Promise<void> {
  setPlanOutputs(run.plan, run.planFile);
  if (run.plan) addPlanToSummary(ctx, run.plan, run.findings);
  await reportFindings(ctx, run.findings);
  const { plan, session } = run;
  if (!plan || !session || run.failure) throw new StepFailure('plan-failed', run.failure ?? 'no plan was computed');
  if (plan.errors.length > 0) throw new StepFailure('plan-failed', 'the plan has errors and cannot be applied');
  if (!hasChanges(plan)) {
    core.info('No changes: the account already matches the repository. Nothing to apply.');
    return;
  }

  const review = await reviewedComment(ctx);
  const short = (hash: string) => hash.slice(0, 12) || '(none)';
  if (review.comment.marker.planHash !== plan.planHash) {
    await setCommentStatus(ctx, review, 'plan-changed');
    throw new StepFailure(
      'plan-changed',
      `The plan computed now (${short(plan.planHash)}: ${summaryLine(plan.summary)}) differs from the plan reviewed in pull request #${review.pr.number} ` +
        `(${short(review.comment.marker.planHash)}, planned at ${review.comment.marker.sha.slice(0, 7) || 'an unknown commit'}): ` +
        'the files or the live account changed after that plan was posted (another merge, or a change made outside defender-gitops). ' +
        'Nothing was applied. The new plan is in the job summary; re-run the plan on a pull request and review it.',
    );
  }
  core.info(`The plan matches the one reviewed in pull request #${review.pr.number} (${short(plan.planHash)}).`);

  const result = await core.group('Apply', () => applyForAction(plan, session));
  await setCommentStatus(ctx, review, result.status === 'applied' ? 'applied' : 'apply-failed');
  core.summary.addRaw(`\n**Apply: ${result.summary}**\n`, true);
  if (result.status === 'stale') throw new StepFailure('plan-stale', `The live state moved while applying; nothing more was changed. ${result.summary}`);
  if (result.status === 'failed') throw new StepFailure('apply-failed', `Apply failed: ${result.summary}`);
}

interface Review {
  pr: PullRequestRef;
  comment: MarkedComment;
}

/** The pull request this change came from and its plan comment for this environment. */
async function reviewedComment(ctx: ActionContext): Promise<Review> {
  const gh = ctx.github();
  let pr: PullRequestRef | undefined;
  let comment: MarkedComment | undefined;
  try {
    pr = ctx.pullRequest ?? (await pullRequestOfCommit(gh, ctx.run));
    if (pr) comment = await findMarkedComment(gh, pr, ctx.environmentKey);
  } catch (error) {
    throw new StepFailure(
      'plan-not-reviewed',
      `Could not read the pull request that reviewed this plan (${describeHttpError(error)}). The token needs \`pull-requests: read\`. Nothing was applied.`,
    );
  }
  if (!pr) {
    throw new StepFailure(
      'plan-not-reviewed',
      `There is no pull request for commit ${ctx.run.sha}, so there is no reviewed plan to apply. ` +
        'apply only runs a plan reviewed in a pull-request comment: open a pull request, let the plan run, review, and merge. Nothing was applied.',
    );
  }
  if (!comment) {
    throw new StepFailure(
      'plan-not-reviewed',
      `Pull request #${pr.number} has no defender-gitops plan comment for environment '${ctx.environmentKey}', so there is no reviewed plan to apply. ` +
        'Run the plan on the pull request (command: plan with the same environment) before merging. Nothing was applied.',
    );
  }
  return { pr, comment };
}

/** Best effort: the apply result matters more than the comment's status line. */
async function setCommentStatus(ctx: ActionContext, { pr, comment }: Review, status: PlanStatus): Promise<void> {
  try {
    await ctx.github().rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: comment.id,
      body: withStatus(comment.body, statusLine(status, runLink(ctx.runUrl))),
    });
  } catch (error) {
    core.warning(`Could not update the plan comment on pull request #${pr.number} (${describeHttpError(error)}).`);
  }
}
