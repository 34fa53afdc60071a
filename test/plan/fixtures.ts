// Builders for plan tests: desired resources as files write them, and live state as the reader
// returns it (ARNs, versions, dates, target ARNs, tags) after an apply of those resources.
import { resourceArn, targetArn, parseTarget, type AccountScope } from '../../src/model/arn.js';
import type { LiveCustomMetric, LiveDimension, LiveProfile, LiveState } from '../../src/model/live.js';
import type { CustomMetric, Dimension, Resource, SecurityProfile } from '../../src/model/types.js';
import { computePlan, type PlanInput } from '../../src/plan/compute.js';

export const SCOPE: AccountScope = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
export const OWNED = { 'managed-by': 'defender-gitops' };

export function profile(name: string, extra: Partial<SecurityProfile> = {}): SecurityProfile {
  return {
    kind: 'SecurityProfile',
    name,
    description: `${name} rules`,
    behaviors: [
      {
        name: 'auth-failures',
        metric: 'aws:num-authorization-failures',
        criteria: { comparisonOperator: 'greater-than', value: { count: 10 }, durationSeconds: 300 },
      },
      {
        name: 'ports',
        metric: 'aws:listening-tcp-ports',
        criteria: { comparisonOperator: 'not-in-port-set', value: { ports: [443, 22, 8883] } },
      },
    ],
    targets: ['thing-group/lights', 'registered-things'],
    tags: { team: 'lighting' },
    ...extra,
  };
}

export function dimension(name: string, extra: Partial<Dimension> = {}): Dimension {
  return { kind: 'Dimension', name, type: 'TOPIC_FILTER', stringValues: ['lights/+/status', 'lights/+/cmd'], ...extra };
}

export function customMetric(name: string, extra: Partial<CustomMetric> = {}): CustomMetric {
  return { kind: 'CustomMetric', name, metricType: 'number', displayName: 'Battery %', ...extra };
}

export function emptyLive(): LiveState {
  return {
    scope: SCOPE,
    profiles: {},
    allProfileNames: [],
    dimensions: {},
    customMetrics: {},
    profilesByTarget: {},
    profilesUsingDimension: {},
    profilesUsingCustomMetric: {},
  };
}

export function liveProfile(p: SecurityProfile, extra: Partial<LiveProfile> = {}): LiveProfile {
  const { kind: _kind, targets, tags, ...content } = p;
  return {
    ...structuredClone(content),
    kind: 'SecurityProfile',
    arn: resourceArn(SCOPE, 'securityprofile', p.name),
    version: 3,
    lastModifiedDate: 1_788_000_000,
    targets: (targets ?? []).map((t) => targetArn(SCOPE, parseTarget(t)!.key)),
    tags: { ...OWNED, ...tags },
    ...extra,
  };
}

export function liveDimension(d: Dimension, extra: Partial<LiveDimension> = {}): LiveDimension {
  return { ...structuredClone(d), arn: resourceArn(SCOPE, 'dimension', d.name), lastModifiedDate: 1_788_000_000, tags: { ...OWNED, ...d.tags }, ...extra };
}

export function liveCustomMetric(m: CustomMetric, extra: Partial<LiveCustomMetric> = {}): LiveCustomMetric {
  return { ...structuredClone(m), arn: resourceArn(SCOPE, 'custommetric', m.name), lastModifiedDate: 1_788_000_000, tags: { ...OWNED, ...m.tags }, ...extra };
}

/** The live state an apply of `resources` leaves behind (with the attachment and usage indexes filled). */
export function liveOf(resources: Resource[]): LiveState {
  const live = emptyLive();
  for (const r of resources) {
    if (r.kind === 'SecurityProfile') live.profiles[r.name] = liveProfile(r);
    else if (r.kind === 'Dimension') live.dimensions[r.name] = liveDimension(r);
    else live.customMetrics[r.name] = liveCustomMetric(r);
  }
  return reindex(live);
}

/** Recomputes allProfileNames, profilesByTarget and the usage indexes from the profiles read in full. */
export function reindex(live: LiveState, extraNames: string[] = []): LiveState {
  live.allProfileNames = [...new Set([...Object.keys(live.profiles), ...extraNames])].sort();
  live.profilesByTarget = {};
  live.profilesUsingDimension = {};
  live.profilesUsingCustomMetric = {};
  for (const p of Object.values(live.profiles)) {
    for (const arn of p.targets) (live.profilesByTarget[parseTarget(arn)!.key] ??= []).push(p.name);
    for (const b of [...(p.behaviors ?? []), ...(p.additionalMetricsToRetainV2 ?? [])]) {
      if (b.metricDimension) (live.profilesUsingDimension[b.metricDimension.dimensionName] ??= []).push(p.name);
      if (b.metric && !b.metric.startsWith('aws:')) (live.profilesUsingCustomMetric[b.metric] ??= []).push(p.name);
    }
  }
  return live;
}

export function plan(desired: Resource[], live: LiveState, extra: Partial<PlanInput> = {}) {
  return computePlan({
    desired,
    live,
    prune: false,
    ownershipTag: { key: 'managed-by', value: 'defender-gitops' },
    toolVersion: 'test',
    ...extra,
  });
}
