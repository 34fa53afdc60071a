// Iterating the parts of resources that many rules look at, with the paths findings point at.
import { resolveMetric, type MetricLookup } from '../model/catalog.js';
import type { Behavior, MetricToRetain, Resource, SecurityProfile } from '../model/types.js';
import type { LoadedResource } from '../load/index.js';
import type { Report, RuleContext } from './rule.js';

export type Path = readonly (string | number)[];

export interface ProfileRef {
  loaded: LoadedResource;
  profile: SecurityProfile;
}

export interface BehaviorRef extends ProfileRef {
  behavior: Behavior;
  /** Path of the behavior: ['behaviors', i]. */
  path: Path;
}

/** A metric reference: a behavior's `metric` or an entry of additionalMetricsToRetain(V2). */
export interface MetricRef extends ProfileRef {
  metric: string;
  metricDimension?: MetricToRetain['metricDimension'];
  /** Path of the metric name itself. */
  metricPath: Path;
  /** Path of the object holding `metricDimension` (the behavior or the retained metric). */
  ownerPath: Path;
  behavior?: Behavior;
}

export function* ofKind<K extends Resource['kind']>(context: RuleContext, kind: K): Generator<{ loaded: LoadedResource; resource: Extract<Resource, { kind: K }> }> {
  for (const loaded of context.resources) {
    if (loaded.resource.kind === kind) yield { loaded, resource: loaded.resource as Extract<Resource, { kind: K }> };
  }
}

/** Computes a list once per lint run: every rule walks the same behaviors. */
function memo<T>(build: (context: RuleContext) => T[]): (context: RuleContext) => readonly T[] {
  const cache = new WeakMap<RuleContext, T[]>();
  return (context) => {
    let value = cache.get(context);
    if (!value) cache.set(context, (value = build(context)));
    return value;
  };
}

export const profiles = memo((context): ProfileRef[] => [...ofKind(context, 'SecurityProfile')].map(({ loaded, resource }) => ({ loaded, profile: resource })));

export const behaviors = memo((context): BehaviorRef[] =>
  profiles(context).flatMap((ref) => (ref.profile.behaviors ?? []).map((behavior, i) => ({ ...ref, behavior, path: ['behaviors', i] }))),
);

/** Every metric a profile names: behaviors, additionalMetricsToRetainV2 and the deprecated V1 list. */
export const metricRefs = memo((context): MetricRef[] => [...walkMetricRefs(context)]);

function* walkMetricRefs(context: RuleContext): Generator<MetricRef> {
  for (const ref of profiles(context)) {
    const { profile } = ref;
    for (const [i, behavior] of (profile.behaviors ?? []).entries()) {
      if (behavior.metric === undefined) continue;
      const ownerPath = ['behaviors', i];
      yield { ...ref, behavior, metric: behavior.metric, ...dimension(behavior), metricPath: [...ownerPath, 'metric'], ownerPath };
    }
    for (const [i, retained] of (profile.additionalMetricsToRetainV2 ?? []).entries()) {
      const ownerPath = ['additionalMetricsToRetainV2', i];
      yield { ...ref, metric: retained.metric, ...dimension(retained), metricPath: [...ownerPath, 'metric'], ownerPath };
    }
    for (const [i, metric] of (profile.additionalMetricsToRetain ?? []).entries()) {
      yield { ...ref, metric, metricPath: ['additionalMetricsToRetain', i], ownerPath: ['additionalMetricsToRetain', i] };
    }
  }
}

const dimension = (owner: { metricDimension?: MetricToRetain['metricDimension'] }) =>
  owner.metricDimension ? { metricDimension: owner.metricDimension } : {};

/** The catalog entry of a behavior's metric, when it has one and it resolves. */
export function knownMetric(context: RuleContext, behavior: Behavior): ReturnType<typeof metricInfo> {
  return behavior.metric === undefined ? undefined : metricInfo(resolveMetric(behavior.metric, context.customMetrics));
}

const metricInfo = (lookup: MetricLookup) => (lookup.status === 'known' ? lookup.info : undefined);

/** A report at `path` inside `loaded`. */
export function report(loaded: LoadedResource, path: Path, message: string, extra: Omit<Report, 'resource' | 'path' | 'message'> = {}): Report {
  return { resource: loaded, path, message, ...extra };
}

/** `behavior "name"` for messages. */
export const behaviorLabel = (behavior: Behavior): string => `behavior "${behavior.name}"`;
