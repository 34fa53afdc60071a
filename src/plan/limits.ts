// Plan-time checks against live counts (design §3): a plan that would break a documented limit,
// or delete something still in use, fails here instead of half-way through an apply.
import { targetKeyOfArn } from '../model/arn.js';
import { isAwsMetricName } from '../model/catalog.js';
import { MAX_BEHAVIORS, MAX_DIMENSIONS, MAX_PROFILES_PER_TARGET } from '../model/constraints.js';
import type { LiveState } from '../model/live.js';
import type { CustomMetric, Dimension, ResourceKind, SecurityProfile } from '../model/types.js';
import { planError, type PlanContext } from './context.js';
import type { Change } from './types.js';

export interface Desired {
  profiles: Map<string, SecurityProfile>;
  dimensions: Map<string, Dimension>;
  customMetrics: Map<string, CustomMetric>;
}

/** Names for a message: sorted, and cut after a few so one message stays one line. */
function list(names: Iterable<string>, max = 8): string {
  const sorted = [...names].sort();
  return sorted.length <= max ? sorted.join(', ') : `${sorted.slice(0, max).join(', ')} and ${sorted.length - max} more`;
}

function targetKeyOf(c: Change): string {
  return targetKeyOfArn(c.target ?? '') ?? c.target ?? '';
}

function namesOf(changes: readonly Change[], kind: ResourceKind, action: Change['action']): Set<string> {
  return new Set(changes.filter((c) => c.kind === kind && c.action === action).map((c) => c.name));
}

/** Dimensions and custom metrics a profile refers to (behaviors and metrics to retain). */
export function references(p: SecurityProfile): { dimensions: Set<string>; customMetrics: Set<string> } {
  const dimensions = new Set<string>();
  const customMetrics = new Set<string>();
  const items = [...(p.behaviors ?? []), ...(p.additionalMetricsToRetainV2 ?? [])];
  for (const item of items) {
    if (item.metricDimension) dimensions.add(item.metricDimension.dimensionName);
    if (item.metric && !isAwsMetricName(item.metric)) customMetrics.add(item.metric);
  }
  for (const metric of p.additionalMetricsToRetain ?? []) if (!isAwsMetricName(metric)) customMetrics.add(metric);
  return { dimensions, customMetrics };
}

function checkProfilesPerTarget(live: LiveState, desired: Desired, changes: readonly Change[], ctx: PlanContext): void {
  const deleted = namesOf(changes, 'SecurityProfile', 'delete');
  const attachedTo = new Map<string, Set<string>>();
  for (const c of changes) {
    if (c.action !== 'attach') continue;
    const key = targetKeyOf(c);
    attachedTo.set(key, (attachedTo.get(key) ?? new Set()).add(c.name));
  }
  for (const [key, attaching] of attachedTo) {
    const detaching = new Set(changes.filter((c) => c.action === 'detach' && targetKeyOf(c) === key).map((c) => c.name));
    const after = new Set((live.profilesByTarget[key] ?? []).filter((p) => !deleted.has(p) && !detaching.has(p)));
    for (const p of attaching) after.add(p);
    if (after.size <= MAX_PROFILES_PER_TARGET) continue;
    const outside = [...after].filter((p) => !desired.profiles.has(p));
    const note = outside.length > 0 ? ` (attached outside the repository: ${list(outside)})` : '';
    const first = [...attaching].sort()[0]!;
    const who = attaching.size === 1 ? first : `${list(attaching)}`;
    planError(
      ctx,
      'max-profiles-per-target',
      'SecurityProfile',
      first,
      `attaching ${who} to ${key} would give it ${after.size} security profiles (${list(after)})${note}; AWS allows at most ${MAX_PROFILES_PER_TARGET} per target`,
      'targets',
    );
  }
}

function checkDimensionCount(live: LiveState, desired: Desired, changes: readonly Change[], ctx: PlanContext): void {
  const deleted = namesOf(changes, 'Dimension', 'delete');
  const after = new Set([...Object.keys(live.dimensions), ...desired.dimensions.keys()].filter((d) => !deleted.has(d)));
  if (after.size <= MAX_DIMENSIONS) return;
  const created = [...namesOf(changes, 'Dimension', 'create')].sort();
  const blame = created[0] ?? [...desired.dimensions.keys()][0];
  if (blame === undefined) return;
  planError(
    ctx,
    'max-dimensions',
    'Dimension',
    blame,
    `the account would have ${after.size} dimensions after this plan (creating ${list(created)}); AWS allows at most ${MAX_DIMENSIONS} per account and the quota cannot be raised`,
  );
}

function checkBehaviorCount(desired: Desired, ctx: PlanContext): void {
  for (const p of desired.profiles.values()) {
    const n = p.behaviors?.length ?? 0;
    if (n > MAX_BEHAVIORS) planError(ctx, 'max-behaviors', 'SecurityProfile', p.name, `${p.name} has ${n} behaviors; AWS allows at most ${MAX_BEHAVIORS}`);
  }
}

type Referenced = 'Dimension' | 'CustomMetric';
const LABEL: Record<Referenced, string> = { Dimension: 'dimension', CustomMetric: 'custom metric' };

/** Deleting or replacing a dimension / custom metric fails while a profile uses it; so does referring to one that will not exist. */
function checkReferences(live: LiveState, desired: Desired, changes: readonly Change[], ctx: PlanContext): void {
  const deletedProfiles = namesOf(changes, 'SecurityProfile', 'delete');
  const refs = [...desired.profiles.values()].map((p) => ({ name: p.name, ...references(p) }));
  for (const kind of ['Dimension', 'CustomMetric'] as const) {
    const liveUsers = kind === 'Dimension' ? live.profilesUsingDimension : live.profilesUsingCustomMetric;
    const exists = kind === 'Dimension' ? (n: string) => n in live.dimensions || desired.dimensions.has(n) : (n: string) => n in live.customMetrics || desired.customMetrics.has(n);
    const usedBy = (r: (typeof refs)[number]) => (kind === 'Dimension' ? r.dimensions : r.customMetrics);
    for (const c of changes) {
      if (c.kind !== kind || (c.action !== 'delete' && c.action !== 'replace')) continue;
      if (c.action === 'replace') {
        const users = liveUsers[c.name] ?? [];
        if (users.length > 0) {
          planError(ctx, `replace-in-use`, kind, c.name, `${LABEL[kind]} ${c.name} must be replaced (${c.reason}), but live security profiles use it: ${list(users)}; remove it from them in a first apply, or give the new one another name`);
        }
        continue;
      }
      const keptLiveUsers = (liveUsers[c.name] ?? []).filter((p) => !desired.profiles.has(p) && !deletedProfiles.has(p));
      const desiredUsers = refs.filter((r) => usedBy(r).has(c.name)).map((r) => r.name);
      const users = new Set([...keptLiveUsers, ...desiredUsers]);
      if (users.size > 0) planError(ctx, 'delete-in-use', kind, c.name, `${LABEL[kind]} ${c.name} would be deleted but security profiles kept by this plan still use it: ${list(users)}`);
    }
    const deleted = namesOf(changes, kind, 'delete');
    for (const r of refs) {
      for (const n of usedBy(r)) {
        if (!exists(n) && !deleted.has(n)) {
          planError(ctx, kind === 'Dimension' ? 'unknown-dimension' : 'unknown-custom-metric', 'SecurityProfile', r.name, `${r.name} uses ${LABEL[kind]} ${n}, which is neither in the repository nor in the account`);
        }
      }
    }
  }
}

export function checkLimits(live: LiveState, desired: Desired, changes: readonly Change[], ctx: PlanContext): void {
  checkBehaviorCount(desired, ctx);
  checkProfilesPerTarget(live, desired, changes, ctx);
  checkDimensionCount(live, desired, changes, ctx);
  checkReferences(live, desired, changes, ctx);
}
