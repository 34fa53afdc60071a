// Which pull request a run belongs to: the event's own on pull_request runs; on push runs (apply
// after merge) the pull request the pushed commit came from, as tfcmt does.
import type { GitHub, Repo } from './client.js';

export interface PullRequestRef extends Repo {
  number: number;
  /** Head commit the reviewer saw. */
  headSha: string;
  /** Opened from a fork: the workflow token is read-only whatever `permissions:` says. */
  fromFork: boolean;
}

interface PullRequestPayload {
  number: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } };
}

export interface RunContext {
  eventName: string;
  sha: string;
  repo: Repo;
  payload: { pull_request?: PullRequestPayload; [key: string]: unknown };
}

/** The pull request of a pull_request / pull_request_target event, without any API call. */
export function pullRequestOfEvent(ctx: RunContext): PullRequestRef | undefined {
  const pr = ctx.payload.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name ?? `${ctx.repo.owner}/${ctx.repo.repo}`;
  return {
    ...ctx.repo,
    number: pr.number,
    headSha: pr.head?.sha ?? ctx.sha,
    // A deleted fork has no head repo: still a fork.
    fromFork: pr.head?.repo === null || (head !== undefined && head !== base),
  };
}

/**
 * The merged pull request that produced `sha` (push runs). Prefers the one whose merge commit is
 * `sha`, then any merged one, then any open one.
 */
export async function pullRequestOfCommit(gh: GitHub, ctx: RunContext): Promise<PullRequestRef | undefined> {
  const pulls = await gh.paginate(gh.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...ctx.repo,
    commit_sha: ctx.sha,
    per_page: 100,
  });
  const pick =
    pulls.find((p) => p.merge_commit_sha === ctx.sha && p.merged_at) ??
    pulls.find((p) => p.merged_at) ??
    pulls.find((p) => p.state === 'open');
  return pick && { ...ctx.repo, number: pick.number, headSha: pick.head.sha, fromFork: false };
}

/** Paths changed by the pull request, to rank annotations; empty when they cannot be read. */
export async function changedFiles(gh: GitHub, pr: PullRequestRef): Promise<Set<string>> {
  try {
    const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    return new Set(files.map((f) => f.filename));
  } catch {
    return new Set();
  }
}
