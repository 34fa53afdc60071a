// The plan: desired resources (from the files) against live state (from the reader), as ordered
// changes with their exact requests, plan-time errors, unmanaged resources and fingerprints.
// Pure: no network, no files, no clock.
import type { SourceRange } from '../model/finding.js';
import type { LiveState } from '../model/live.js';
import type { Resource } from '../model/types.js';
import type { PlanContext } from './context.js';
import { fingerprints } from './fingerprints.js';
import { PLAN_FORMAT_VERSION, planHash } from './file.js';
import { customMetricSpec } from './kinds/custom-metric.js';
import { dimensionSpec } from './kinds/dimension.js';
import { profileSpec } from './kinds/profile.js';
import { checkLimits, type Desired } from './limits.js';
import { orderChanges } from './order.js';
import { orphanChange, resourceChange, type Canonical, type KindSpec, type LiveResource } from './resource.js';
import { targetChanges } from './targets.js';
import type { Change, Plan, PlanSummary, UnmanagedResource } from './types.js';

export interface PlanInput {
  desired: Resource[];
  live: LiveState;
  prune: boolean;
  ownershipTag: { key: string; value: string };
  toolVersion: string;
  /** Where each resource is written, keyed `${kind}/${name}` (a member: `${kind}/${name}.targets[0]`): plan errors point there. */
  sources?: Map<string, SourceRange>;
}

function byName<T extends Resource>(resources: Resource[], kind: T['kind']): Map<string, T> {
  return new Map(resources.filter((r): r is T => r.kind === kind).map((r) => [r.name, r]));
}

function summarize(changes: readonly Change[], desiredCount: number): PlanSummary {
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  const replaced = count('replace');
  const changedResources = new Set(changes.filter((c) => c.action === 'create' || c.action === 'update' || c.action === 'replace').map((c) => c.address));
  return {
    create: count('create') + replaced,
    update: count('update'),
    delete: count('delete') + replaced,
    attach: count('attach'),
    detach: count('detach'),
    unchanged: desiredCount - changedResources.size,
  };
}

export function computePlan(input: PlanInput): Plan {
  const { live } = input;
  const ctx: PlanContext = {
    scope: live.scope,
    ownershipTag: input.ownershipTag,
    prune: input.prune,
    sources: input.sources ?? new Map(),
    errors: [],
  };
  const desired: Desired = {
    profiles: byName(input.desired, 'SecurityProfile'),
    dimensions: byName(input.desired, 'Dimension'),
    customMetrics: byName(input.desired, 'CustomMetric'),
  };
  const changes: Change[] = [];
  const unmanaged: UnmanagedResource[] = [];

  function reconcile<D extends Resource, L extends LiveResource, C extends Canonical>(spec: KindSpec<D, L, C>, want: Map<string, D>, have: Record<string, L>): void {
    for (const d of want.values()) {
      const change = resourceChange(spec, d, have[d.name], ctx);
      if (change) changes.push(change);
    }
    for (const l of Object.values(have)) {
      if (want.has(l.name)) continue;
      const orphan = orphanChange(spec, l, ctx);
      if ('unmanaged' in orphan) unmanaged.push({ kind: spec.kind, name: l.name, reason: orphan.unmanaged });
      else changes.push(orphan);
    }
  }
  reconcile(customMetricSpec, desired.customMetrics, live.customMetrics);
  reconcile(dimensionSpec, desired.dimensions, live.dimensions);
  reconcile(profileSpec, desired.profiles, live.profiles);
  const missing = new Set(live.missingTargets ?? []);
  for (const p of desired.profiles.values()) changes.push(...targetChanges(p, live.profiles[p.name], missing, ctx));
  // Profiles the reader only listed: they carry no ownership tag, so they are not ours.
  for (const name of live.allProfileNames) {
    if (!desired.profiles.has(name) && !(name in live.profiles)) {
      unmanaged.push({ kind: 'SecurityProfile', name, reason: `not in the repository and not tagged ${input.ownershipTag.key}=${input.ownershipTag.value}: left alone` });
    }
  }

  checkLimits(live, desired, changes, ctx);
  const ordered = orderChanges(changes, live);
  const prints = fingerprints(ordered, live);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: input.toolVersion,
    scope: live.scope,
    summary: summarize(ordered, input.desired.length),
    changes: ordered,
    unmanaged: unmanaged.sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1)),
    errors: ctx.errors,
    fingerprints: prints,
    planHash: planHash({ changes: ordered, fingerprints: prints }),
  };
}
