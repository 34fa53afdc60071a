// Canonical form (design §3): what a resource means, independent of how it was written or what
// Describe happened to return. Defaults are filled (absent = default), set-like lists are sorted
// and de-duplicated, behaviors and metrics to retain are keyed, `count` is an integer, targets are
// account-independent keys. Two resources are equal exactly when their canonical forms are deep-equal:
// the plan diffs these, and `import` checks its round trip with them.
import { parseTarget, targetKeyOfArn, type TargetKey } from './arn.js';
import { RESERVED_TAG_PREFIX } from './constraints.js';
import type { LiveCustomMetric, LiveDimension, LiveProfile } from './live.js';
import type {
  AlertTargets,
  Behavior,
  BehaviorCriteria,
  CustomMetric,
  CustomMetricType,
  Dimension,
  DimensionType,
  DimensionValueOperator,
  MetricDimension,
  MetricToRetain,
  MetricValue,
  MetricsExportConfig,
  SecurityProfile,
  Tags,
} from './types.js';

export interface CanonicalMetricDimension {
  dimensionName: string;
  operator: DimensionValueOperator;
}

/** Same members as the file's; sets sorted, `count` an integer. */
export type CanonicalMetricValue = MetricValue;

type Datapoints = 'consecutiveDatapointsToAlarm' | 'consecutiveDatapointsToClear';
/** Criteria with the datapoint defaults filled in. */
export type CanonicalCriteria = Omit<BehaviorCriteria, Datapoints | 'value'> & Required<Pick<BehaviorCriteria, Datapoints>> & { value?: CanonicalMetricValue };

export interface CanonicalBehavior {
  name: string;
  metric?: string;
  metricDimension?: CanonicalMetricDimension;
  criteria?: CanonicalCriteria;
  suppressAlerts: boolean;
  exportMetric: boolean;
}

export interface CanonicalMetricToRetain {
  metric: string;
  metricDimension?: CanonicalMetricDimension;
  exportMetric: boolean;
}

export interface CanonicalProfile {
  name: string;
  description: string;
  /** Keyed by behavior name: behaviors are matched by name, never by position. */
  behaviors: Record<string, CanonicalBehavior>;
  alertTargets: AlertTargets;
  /** V2 items and deprecated V1 names together, keyed by `metricToRetainKey`. */
  additionalMetricsToRetainV2: Record<string, CanonicalMetricToRetain>;
  metricsExportConfig: MetricsExportConfig | null;
  /** Sorted target keys; null when a file leaves `targets` out (attachments are then not managed). */
  targets: TargetKey[] | null;
  /** Tags without AWS-reserved keys; null when a file leaves `tags` out (tags are then not managed). */
  tags: Tags | null;
}

export interface CanonicalDimension {
  name: string;
  type: DimensionType;
  stringValues: string[];
  tags: Tags | null;
}

export interface CanonicalCustomMetric {
  name: string;
  metricType: CustomMetricType;
  displayName: string;
  tags: Tags | null;
}

/** Server defaults (reference §6): filled on both sides so absent and default compare equal. */
export const DEFAULT_CONSECUTIVE_DATAPOINTS = 1;
export const DEFAULT_DIMENSION_OPERATOR: DimensionValueOperator = 'IN';

function isLive(p: SecurityProfile | LiveProfile): p is LiveProfile {
  return 'version' in p && 'arn' in p;
}

export function canonicalProfile(p: SecurityProfile | LiveProfile): CanonicalProfile {
  const live = isLive(p);
  return {
    name: p.name,
    description: p.description ?? '',
    behaviors: Object.fromEntries((p.behaviors ?? []).map((b) => [b.name, canonicalBehavior(b)])),
    alertTargets: sortedRecord(p.alertTargets ?? {}, (t) => ({ alertTargetArn: t.alertTargetArn, roleArn: t.roleArn })),
    additionalMetricsToRetainV2: canonicalMetricsToRetain(p.additionalMetricsToRetainV2, p.additionalMetricsToRetain),
    metricsExportConfig: p.metricsExportConfig
      ? { mqttTopic: p.metricsExportConfig.mqttTopic, roleArn: p.metricsExportConfig.roleArn }
      : null,
    targets: live ? canonicalTargets(p.targets, targetKeyOfArn) : p.targets ? canonicalTargets(p.targets, writtenTargetKey) : null,
    tags: live || p.tags ? canonicalTags(p.tags ?? {}) : null,
  };
}

export function canonicalDimension(d: Dimension | LiveDimension): CanonicalDimension {
  return {
    name: d.name,
    type: d.type,
    stringValues: sortedSet(d.stringValues ?? []),
    tags: 'arn' in d || d.tags ? canonicalTags(d.tags ?? {}) : null,
  };
}

export function canonicalCustomMetric(m: CustomMetric | LiveCustomMetric): CanonicalCustomMetric {
  return {
    name: m.name,
    metricType: m.metricType,
    displayName: m.displayName ?? '',
    tags: 'arn' in m || m.tags ? canonicalTags(m.tags ?? {}) : null,
  };
}

export function canonicalBehavior(b: Behavior): CanonicalBehavior {
  return withoutUndefined({
    name: b.name,
    metric: b.metric,
    metricDimension: b.metricDimension && canonicalMetricDimension(b.metricDimension),
    criteria: b.criteria && canonicalCriteria(b.criteria),
    suppressAlerts: b.suppressAlerts ?? false,
    exportMetric: b.exportMetric ?? false,
  });
}

function canonicalCriteria(c: BehaviorCriteria): CanonicalCriteria {
  return withoutUndefined({
    comparisonOperator: c.comparisonOperator,
    value: c.value && canonicalValue(c.value),
    durationSeconds: c.durationSeconds,
    consecutiveDatapointsToAlarm: c.consecutiveDatapointsToAlarm ?? DEFAULT_CONSECUTIVE_DATAPOINTS,
    consecutiveDatapointsToClear: c.consecutiveDatapointsToClear ?? DEFAULT_CONSECUTIVE_DATAPOINTS,
    statisticalThreshold: c.statisticalThreshold && withoutUndefined({ statistic: c.statisticalThreshold.statistic }),
    mlDetectionConfig: c.mlDetectionConfig && { confidenceLevel: c.mlDetectionConfig.confidenceLevel },
  });
}

/** `count` is a long on the wire but a string in CloudFormation: compare it as an integer. */
export function countAsInteger(count: number | string): number {
  return typeof count === 'string' ? Number(count) : count;
}

function canonicalValue(v: MetricValue): CanonicalMetricValue {
  return withoutUndefined({
    count: v.count === undefined ? undefined : countAsInteger(v.count),
    cidrs: v.cidrs && sortedSet(v.cidrs),
    ports: v.ports && sortedNumbers(v.ports),
    number: v.number,
    numbers: v.numbers && sortedNumbers(v.numbers),
    strings: v.strings && sortedSet(v.strings),
  });
}

function canonicalMetricDimension(d: MetricDimension): CanonicalMetricDimension {
  return { dimensionName: d.dimensionName, operator: d.operator ?? DEFAULT_DIMENSION_OPERATOR };
}

/** The key of a metric to retain: its metric, plus its dimension (and operator when not the default). */
export function metricToRetainKey(m: { metric: string; metricDimension?: MetricDimension }): string {
  const d = m.metricDimension;
  if (!d) return m.metric;
  const operator = d.operator ?? DEFAULT_DIMENSION_OPERATOR;
  return operator === DEFAULT_DIMENSION_OPERATOR ? `${m.metric}/${d.dimensionName}` : `${m.metric}/${d.dimensionName}/${operator}`;
}

/**
 * V1 names and V2 items describe the same thing (a metric kept without a dimension); Describe may
 * report a V2 list as V1 too. Folding both into one keyed set keeps either spelling diff-free.
 */
function canonicalMetricsToRetain(v2: MetricToRetain[] | undefined, v1: string[] | undefined): Record<string, CanonicalMetricToRetain> {
  const byKey = new Map<string, CanonicalMetricToRetain>();
  for (const m of v2 ?? []) {
    byKey.set(
      metricToRetainKey(m),
      withoutUndefined({
        metric: m.metric,
        metricDimension: m.metricDimension && canonicalMetricDimension(m.metricDimension),
        exportMetric: m.exportMetric ?? false,
      }),
    );
  }
  for (const metric of v1 ?? []) if (!byKey.has(metric)) byKey.set(metric, { metric, exportMetric: false });
  return Object.fromEntries([...byKey].sort(([a], [b]) => compareStrings(a, b)));
}

/** A target as written in a file (short form or ARN) as its key; an unparseable one is kept verbatim so it still shows in a diff. */
function writtenTargetKey(written: string): TargetKey {
  return parseTarget(written)?.key ?? written;
}

function canonicalTargets(targets: string[], keyOf: (t: string) => TargetKey | undefined): TargetKey[] {
  return sortedSet(targets.map((t) => keyOf(t) ?? t));
}

/** Tags sorted by key, without the `aws:` keys that AWS manages and nobody can write. */
export function canonicalTags(tags: Tags): Tags {
  return Object.fromEntries(
    Object.entries(tags)
      .filter(([k]) => !k.startsWith(RESERVED_TAG_PREFIX))
      .sort(([a], [b]) => compareStrings(a, b)),
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function sortedNumbers(values: readonly number[]): number[] {
  return [...new Set(values.map(Number))].sort((a, b) => a - b);
}

function sortedRecord<T, U>(record: Partial<Record<string, T>>, map: (t: T) => U): Record<string, U> {
  return Object.fromEntries(
    Object.entries(record)
      .filter((e): e is [string, T] => e[1] !== undefined)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([k, v]) => [k, map(v)]),
  );
}

/** Drops undefined members, so "absent" never differs from "absent" in a deep comparison. */
function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Members equal to their server default, which a hand-written file leaves out. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  consecutiveDatapointsToAlarm: DEFAULT_CONSECUTIVE_DATAPOINTS,
  consecutiveDatapointsToClear: DEFAULT_CONSECUTIVE_DATAPOINTS,
  operator: DEFAULT_DIMENSION_OPERATOR,
  suppressAlerts: false,
  exportMetric: false,
};

/** A copy of a canonical value without members that only restate a default: how a person would write it. */
export function withoutDefaults<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutDefaults) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k in DEFAULTS && DEFAULTS[k] === v))
      .map(([k, v]) => [k, withoutDefaults(v)]),
  ) as T;
}
