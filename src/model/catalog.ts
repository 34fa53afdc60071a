// The metric catalog (reference §7, §8): what each metric accepts. Lint rules and the emulator's
// validation both ask these functions; neither keeps its own copy of the table.
import type { BehaviorCriteria, ComparisonOperator, CustomMetricType, MetricValue } from './types.js';
import { AWS_METRIC_PREFIX } from './constraints.js';

export type ValueMember = keyof MetricValue;

/**
 * How `durationSeconds` applies:
 * - `windowed`: a counter over a window; expected, one of DURATIONS
 * - `optional`: may be set (statistical examples do), not expected
 * - `forbidden`: list-typed metrics
 * - `unknown`: undocumented (custom `number`, unconfirmed metrics); allowed, one of DURATIONS
 */
export type DurationRule = 'windowed' | 'optional' | 'forbidden' | 'unknown';

export interface MetricInfo {
  name: string;
  source: 'aws' | 'custom';
  /** The value member a static rule uses with this metric. */
  valueMember: ValueMember;
  operators: readonly ComparisonOperator[];
  duration: DurationRule;
  /** Statistical (percentile) thresholds; `unknown` where undocumented. */
  statistical: boolean | 'unknown';
  ml: boolean;
  /** TOPIC_FILTER dimensions: `rules-only` means not with ML Detect. */
  dimension: 'yes' | 'rules-only' | 'no';
  mlWithDimension: boolean;
  /** False where the reference marks the metric itself as unconfirmed: rules about it warn instead of fail. */
  confirmed: boolean;
  isList: boolean;
}

export const NUMERIC_OPERATORS: readonly ComparisonOperator[] = [
  'less-than',
  'less-than-equals',
  'greater-than',
  'greater-than-equals',
];
const CIDR_OPERATORS: readonly ComparisonOperator[] = ['in-cidr-set', 'not-in-cidr-set'];
const PORT_OPERATORS: readonly ComparisonOperator[] = ['in-port-set', 'not-in-port-set'];
const SET_OPERATORS: readonly ComparisonOperator[] = ['in-set', 'not-in-set'];

type Row = Omit<MetricInfo, 'name' | 'source' | 'isList' | 'confirmed'> & { confirmed?: boolean };

const counter = (duration: DurationRule, dimension: MetricInfo['dimension'] = 'no'): Row => ({
  valueMember: 'count',
  operators: NUMERIC_OPERATORS,
  duration,
  statistical: true,
  ml: true,
  dimension,
  mlWithDimension: dimension === 'yes',
});
const cidrList = (dimension: MetricInfo['dimension']): Row => ({
  valueMember: 'cidrs',
  operators: CIDR_OPERATORS,
  duration: 'forbidden',
  statistical: false,
  ml: false,
  dimension,
  mlWithDimension: false,
});
const portList: Row = {
  valueMember: 'ports',
  operators: PORT_OPERATORS,
  duration: 'forbidden',
  statistical: false,
  ml: false,
  dimension: 'no',
  mlWithDimension: false,
};

const AWS_ROWS: Record<string, Row> = {
  // cloud-side
  'aws:message-byte-size': counter('optional', 'yes'),
  'aws:num-messages-sent': counter('windowed', 'yes'),
  'aws:num-messages-received': counter('windowed', 'yes'),
  'aws:num-authorization-failures': counter('windowed', 'yes'),
  'aws:source-ip-address': cidrList('rules-only'),
  'aws:num-connection-attempts': counter('windowed'),
  'aws:num-disconnects': counter('windowed'),
  // Absent from the 2023 guide (reference §15.1): believed lt/lte only, no statistics, no ML.
  'aws:disconnect-duration': {
    valueMember: 'count',
    operators: ['less-than', 'less-than-equals'],
    duration: 'unknown',
    statistical: 'unknown',
    ml: false,
    dimension: 'no',
    mlWithDimension: false,
    confirmed: false,
  },
  // device-side
  'aws:all-bytes-out': counter('windowed'),
  'aws:all-bytes-in': counter('windowed'),
  'aws:all-packets-out': counter('windowed'),
  'aws:all-packets-in': counter('windowed'),
  'aws:num-listening-tcp-ports': counter('windowed'),
  'aws:num-listening-udp-ports': counter('windowed'),
  'aws:num-established-tcp-connections': counter('optional'),
  'aws:destination-ip-addresses': cidrList('no'),
  'aws:listening-tcp-ports': portList,
  'aws:listening-udp-ports': portList,
};

const info = (name: string, source: MetricInfo['source'], row: Row): MetricInfo => ({
  name,
  source,
  ...row,
  confirmed: row.confirmed ?? true,
  isList: row.duration === 'forbidden',
});

const AWS_METRICS: ReadonlyMap<string, MetricInfo> = new Map(
  Object.entries(AWS_ROWS).map(([name, row]) => [name, info(name, 'aws', row)]),
);

const CUSTOM_ROWS: Record<CustomMetricType, Row> = {
  number: {
    valueMember: 'number',
    operators: NUMERIC_OPERATORS,
    duration: 'unknown',
    statistical: 'unknown',
    ml: true,
    dimension: 'no',
    mlWithDimension: false,
  },
  'number-list': { ...portList, valueMember: 'numbers', operators: SET_OPERATORS },
  'string-list': { ...portList, valueMember: 'strings', operators: SET_OPERATORS },
  'ip-address-list': cidrList('no'),
};

/** Every built-in metric name, in catalog order. */
export const AWS_METRIC_NAMES: readonly string[] = [...AWS_METRICS.keys()];

export function isAwsMetricName(metric: string): boolean {
  return metric.startsWith(AWS_METRIC_PREFIX);
}

export function awsMetric(metric: string): MetricInfo | undefined {
  return AWS_METRICS.get(metric);
}

export function customMetricInfo(metric: string, type: CustomMetricType): MetricInfo {
  return info(metric, 'custom', CUSTOM_ROWS[type]);
}

export type MetricLookup =
  | { status: 'known'; info: MetricInfo }
  | { status: 'unknown-aws' }
  | { status: 'unknown-custom' };

/** Resolves a behavior's `metric`: a built-in `aws:` metric, or a custom metric defined in `customMetrics`. */
export function resolveMetric(metric: string, customMetrics: ReadonlyMap<string, CustomMetricType>): MetricLookup {
  if (isAwsMetricName(metric)) {
    const found = awsMetric(metric);
    return found ? { status: 'known', info: found } : { status: 'unknown-aws' };
  }
  const type = customMetrics.get(metric);
  return type ? { status: 'known', info: customMetricInfo(metric, type) } : { status: 'unknown-custom' };
}

export type CriteriaKind = 'static' | 'statistical' | 'ml' | 'none';

/** The BehaviorCriteriaType a criteria block is meant as (reference §7). ML wins when present. */
export function criteriaKind(criteria: BehaviorCriteria | undefined): CriteriaKind {
  if (!criteria) return 'none';
  if (criteria.mlDetectionConfig) return 'ml';
  if (criteria.statisticalThreshold) return 'statistical';
  if (criteria.comparisonOperator !== undefined || criteria.value !== undefined) return 'static';
  return 'none';
}

/** Rule fields an ML Detect criteria must not carry. */
export const RULE_ONLY_CRITERIA_FIELDS = ['comparisonOperator', 'value', 'statisticalThreshold', 'durationSeconds'] as const;

/** Value members present in a MetricValue. */
export function valueMembers(value: MetricValue | undefined): ValueMember[] {
  if (!value) return [];
  return (Object.keys(value) as ValueMember[]).filter((k) => value[k] !== undefined);
}

/** Elements a value contributes to the 1000-per-profile quota: each list item, or 1 for a scalar. */
export function valueElementCount(value: MetricValue | undefined): number {
  let n = 0;
  for (const member of valueMembers(value)) {
    const v = value![member];
    n += Array.isArray(v) ? v.length : 1;
  }
  return n;
}

/** The value member each operator family takes, for messages ("in-cidr-set takes value.cidrs"). */
export function operatorsForValueMember(member: ValueMember): readonly ComparisonOperator[] {
  switch (member) {
    case 'count':
    case 'number':
      return NUMERIC_OPERATORS;
    case 'cidrs':
      return CIDR_OPERATORS;
    case 'ports':
      return PORT_OPERATORS;
    case 'numbers':
    case 'strings':
      return SET_OPERATORS;
  }
}
