// The lifecycle every resource kind shares: create, update in place (content and tags), replace
// when an immutable member changes, delete. Each kind supplies its canonical form and its requests.
import type { ResourceKind, Tags } from '../model/types.js';
import { address, isOwned, type PlanContext } from './context.js';
import { creationDiff, diffCanonical, unchangedKeyed, unchangedMembers } from './diff.js';
import { tagRequests } from './requests.js';
import type { Change, PlannedRequest } from './types.js';

export interface Canonical {
  name: string;
  tags: Tags | null;
}

export interface LiveResource {
  name: string;
  arn: string;
  tags: Tags;
}

export interface KindSpec<D extends { name: string; tags?: Tags }, L extends LiveResource, C extends Canonical> {
  kind: ResourceKind;
  canonical(r: D | L): C;
  /** Members that cannot change in place: a change replaces the resource. */
  immutable: readonly string[];
  create(desired: D, tags: Tags): PlannedRequest[];
  /** Requests for changed content members (tags are handled here, not by the kind). */
  update(desired: D, live: L, changed: ReadonlySet<string>): PlannedRequest[];
  remove(live: L): PlannedRequest;
}

/** Members compared elsewhere: attachments are their own changes. */
const NOT_CONTENT = ['targets'];

/** Tags a resource is created with: the ownership tag, then the file's tags (the file wins on a clash). */
export function creationTags(ctx: PlanContext, tags: Tags | undefined): Tags {
  return { [ctx.ownershipTag.key]: ctx.ownershipTag.value, ...tags };
}

/**
 * Desired vs live tags as compared: a file without `tags` leaves them alone, and the ownership tag
 * is the tool's business unless the file sets that key itself.
 */
function comparedTags(ctx: PlanContext, desired: Tags | null, live: Tags): { desired: Tags; live: Tags } {
  if (desired === null) return { desired: live, live };
  if (ctx.ownershipTag.key in desired) return { desired, live };
  const { [ctx.ownershipTag.key]: _owned, ...rest } = live;
  return { desired, live: rest };
}

function content<C extends object>(c: C): C {
  const copy = { ...c } as Record<string, unknown>;
  for (const k of NOT_CONTENT) delete copy[k];
  return copy as C;
}

export function resourceChange<D extends { name: string; tags?: Tags }, L extends LiveResource, C extends Canonical>(
  spec: KindSpec<D, L, C>,
  desired: D,
  live: L | undefined,
  ctx: PlanContext,
): Change | undefined {
  const base = { kind: spec.kind, name: desired.name, address: address(spec.kind, desired.name) };
  if (!live) {
    const tags = creationTags(ctx, desired.tags);
    const diff = creationDiff(content(spec.canonical({ ...desired, tags })));
    return { action: 'create', ...base, diff, requests: spec.create(desired, tags) };
  }
  const d = content(spec.canonical(desired));
  const l = content(spec.canonical(live));
  const tags = comparedTags(ctx, d.tags, l.tags ?? {});
  d.tags = tags.desired;
  l.tags = tags.live;
  const diff = diffCanonical(l, d);
  if (diff.length === 0) return undefined;
  const changed = new Set(diff.map((e) => e.path.split(/[.[]/, 1)[0]!));
  const unchanged = unchangedMembers(d, diff);
  const forcing = spec.immutable.filter((m) => changed.has(m));
  if (forcing.length > 0) {
    const tagsAfter = creationTags(ctx, desired.tags ?? l.tags ?? {});
    const reason = forcing
      .map((m) => {
        const e = diff.find((x) => x.path === m);
        return `${m} cannot change in place (${JSON.stringify(e?.from)} -> ${JSON.stringify(e?.to)})`;
      })
      .join('; ');
    return {
      action: 'replace',
      ...base,
      reason,
      diff,
      unchanged,
      requests: [spec.remove(live), ...spec.create(desired, tagsAfter)],
    };
  }
  changed.delete('tags');
  const requests = changed.size > 0 ? spec.update(desired, live, changed) : [];
  requests.push(...tagRequests(live.arn, tags.live, tags.desired));
  const change: Change = { action: 'update', ...base, diff, unchanged, requests };
  if ('behaviors' in d) change.unchangedBehaviors = unchangedKeyed('behaviors', l, d, diff);
  return change;
}

/** A live resource no file declares: deleted when owned and pruning is on, otherwise reported as unmanaged. */
export function orphanChange<L extends LiveResource>(
  spec: Pick<KindSpec<never, L, never>, 'kind' | 'remove'>,
  live: L,
  ctx: PlanContext,
): Change | { unmanaged: string } {
  const tag = `${ctx.ownershipTag.key}=${ctx.ownershipTag.value}`;
  if (!isOwned(live.tags, ctx.ownershipTag)) return { unmanaged: `not in the repository and not tagged ${tag}: left alone` };
  if (!ctx.prune) return { unmanaged: `not in the repository but tagged ${tag}: deleted only with --prune` };
  return {
    action: 'delete',
    kind: spec.kind,
    name: live.name,
    address: address(spec.kind, live.name),
    reason: `not in the repository and tagged ${tag} (--prune)`,
    diff: [],
    requests: [spec.remove(live)],
  };
}
