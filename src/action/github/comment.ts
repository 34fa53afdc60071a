// One PR comment per environment, found by its hidden marker and updated in place
// (conventions §7.3): never a new comment per run, no API call when nothing changed.
import type { GitHub } from './client.js';
import { formatMarker, parseMarker, type Marker } from './marker.js';
import type { PullRequestRef } from './pull-request.js';

/** The `comment` input. */
export type CommentMode = 'true' | 'changes-only' | 'always-new' | 'false';
export const COMMENT_MODES: readonly CommentMode[] = ['true', 'changes-only', 'always-new', 'false'];

/** GitHub rejects comment bodies above 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export interface MarkedComment {
  id: number;
  body: string;
  marker: Marker;
  url?: string;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'skipped'; reason: string };

interface ApiComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/**
 * The latest comment of this environment written by this Action: by a bot account (the workflow
 * token writes as github-actions[bot], a GitHub App token as its own bot) or by the token's own user
 * (a personal access token). Markers in comments by anyone else are ignored, so nobody can plant a
 * "reviewed" plan hash.
 */
export async function findMarkedComment(gh: GitHub, pr: PullRequestRef, env: string): Promise<MarkedComment | undefined> {
  const comments: ApiComment[] = await gh.paginate(gh.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const marked = comments.flatMap((c) => {
    const marker = parseMarker(c.body);
    return marker?.env === env ? [{ comment: c, marker }] : [];
  });
  const byBot = (c: ApiComment) => !c.user || c.user.type === 'Bot' || (c.user.login ?? '').endsWith('[bot]');
  let ours = marked.filter(({ comment }) => byBot(comment));
  if (ours.length === 0 && marked.length > 0) {
    const self = await tokenLogin(gh);
    ours = marked.filter(({ comment }) => self !== undefined && comment.user?.login === self);
  }
  const last = ours.at(-1);
  return last && { id: last.comment.id, body: last.comment.body!, marker: last.marker, url: last.comment.html_url };
}

/** The login behind a personal access token; undefined for installation tokens, which cannot read /user. */
async function tokenLogin(gh: GitHub): Promise<string | undefined> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    return undefined;
  }
}

export function commentBody(marker: Marker, markdown: string): string {
  return `${formatMarker(marker)}\n${markdown}`;
}

export interface UpsertOptions {
  mode: CommentMode;
  hasChanges: boolean;
}

export async function upsertComment(
  gh: GitHub,
  pr: PullRequestRef,
  marker: Marker,
  markdown: string,
  { mode, hasChanges }: UpsertOptions,
): Promise<CommentOutcome> {
  if (mode === 'false') return { action: 'skipped', reason: 'the comment input is false' };
  const body = commentBody(marker, markdown);
  const target = { owner: pr.owner, repo: pr.repo };
  const existing = mode === 'always-new' ? undefined : await findMarkedComment(gh, pr, marker.env);
  // changes-only: no new comment for an empty plan, but an existing one is still brought up to date
  // so it never shows a plan that no longer applies.
  if (mode === 'changes-only' && !hasChanges && !existing) {
    return { action: 'skipped', reason: 'the plan has no changes (comment: changes-only)' };
  }
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
    const { data } = await gh.rest.issues.updateComment({ ...target, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await gh.rest.issues.createComment({ ...target, issue_number: pr.number, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
