// Semantic checks of behaviors and metrics to retain against the shared metric catalog (reference §7, §8):
// what the service rejects beyond the shape of the request. Shape-valid input only.
import {
  AWS_METRIC_NAMES,
  RULE_ONLY_CRITERIA_FIELDS,
  criteriaKind,
  resolveMetric,
  valueElementCount,
  valueMembers,
  type MetricInfo,
} from '../../model/catalog.js';
import { cidrProblem } from '../../model/cidr.js';
import { DURATIONS, MAX_VALUE_ELEMENTS } from '../../model/constraints.js';
import { closest } from '../../model/suggest.js';
import type { Behavior, CustomMetricType, MetricDimension, MetricToRetain } from '../../model/types.js';
import { malformed } from './body.js';

/** What the account defines, for resolving references. */
export interface References {
  customMetrics: ReadonlyMap<string, CustomMetricType>;
  dimensions: ReadonlySet<string>;
}

function lookup(metric: string, refs: References): MetricInfo | string {
  const found = resolveMetric(metric, refs.customMetrics);
  if (found.status === 'known') return found.info;
  if (found.status === 'unknown-aws') {
    const hint = closest(metric, AWS_METRIC_NAMES);
    return `metric ${metric} is not a supported metric${hint ? ` (did you mean ${hint}?)` : ''}`;
  }
  return `custom metric ${metric} does not exist`;
}

function dimensionProblem(dimension: MetricDimension, info: MetricInfo, refs: References): string | undefined {
  if (info.source === 'custom') return `metricDimension cannot be used with custom metric ${info.name}`;
  if (info.dimension === 'no') return `metric ${info.name} does not support metricDimension`;
  if (!refs.dimensions.has(dimension.dimensionName)) return `dimension ${dimension.dimensionName} does not exist`;
  return undefined;
}

function criteriaProblems(b: Behavior, info: MetricInfo): string[] {
  const c = b.criteria!;
  const problems: string[] = [];
  const kind = criteriaKind(c);
  if (kind === 'ml') {
    if (!info.ml) problems.push(`metric ${info.name} does not support mlDetectionConfig`);
    else if (b.metricDimension && !info.mlWithDimension)
      problems.push(`metric ${info.name} does not support mlDetectionConfig with a metricDimension`);
    for (const field of RULE_ONLY_CRITERIA_FIELDS)
      if (c[field] !== undefined) problems.push(`${field} cannot be used with mlDetectionConfig`);
    return problems;
  }
  if (kind === 'none') {
    if (c.durationSeconds !== undefined) problems.push('durationSeconds needs a comparisonOperator');
    return problems;
  }
  const op = c.comparisonOperator;
  if (op === undefined) problems.push(`comparisonOperator is required with ${kind === 'statistical' ? 'statisticalThreshold' : 'value'}`);
  else if (!info.operators.includes(op))
    problems.push(`comparisonOperator ${op} cannot be used with metric ${info.name} (allowed: ${info.operators.join(', ')})`);
  if (kind === 'statistical') {
    if (info.statistical === false) problems.push(`metric ${info.name} does not support statisticalThreshold`);
    if (c.value !== undefined) problems.push('value cannot be used with statisticalThreshold');
    if (c.statisticalThreshold?.statistic === undefined) problems.push('statisticalThreshold.statistic is required');
    if (c.durationSeconds === undefined && info.duration !== 'forbidden')
      problems.push('durationSeconds is required with statisticalThreshold');
  } else {
    const members = valueMembers(c.value);
    if (members.length !== 1 || members[0] !== info.valueMember)
      problems.push(`value must set exactly value.${info.valueMember} for metric ${info.name}${members.length ? ` (got ${members.map((m) => `value.${m}`).join(', ')})` : ''}`);
    c.value?.cidrs?.forEach((cidr, i) => {
      const problem = cidrProblem(cidr);
      if (problem) problems.push(`value.cidrs[${i}]: ${problem}`);
    });
  }
  if (c.durationSeconds !== undefined) {
    if (info.duration === 'forbidden') problems.push(`durationSeconds cannot be used with list metric ${info.name}`);
    else if (!(DURATIONS as readonly number[]).includes(c.durationSeconds))
      problems.push(`durationSeconds ${c.durationSeconds} must be one of ${DURATIONS.join(', ')}`);
  }
  return problems;
}

/** Details of what is wrong with one behavior (empty when it is valid). */
export function behaviorProblems(b: Behavior, refs: References): string[] {
  if (b.metric === undefined) return ['metric is required'];
  const info = lookup(b.metric, refs);
  if (typeof info === 'string') return [info];
  const problems: string[] = [];
  if (b.metricDimension) {
    const p = dimensionProblem(b.metricDimension, info, refs);
    if (p) problems.push(p);
  }
  if (b.criteria) problems.push(...criteriaProblems(b, info));
  return problems;
}

/**
 * Every problem of a behavior list as `Behavior <name> is malformed. <detail>` messages, plus the
 * profile-wide quota on value elements. `skip` holds indexes already reported by the shape check.
 */
export function behaviorListProblems(behaviors: readonly Behavior[], refs: References, skip: ReadonlySet<number> = new Set()): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  behaviors.forEach((b, i) => {
    if (skip.has(i)) return;
    if (seen.has(b.name)) messages.push(malformed(b.name, 'behavior names must be unique within a security profile'));
    seen.add(b.name);
    for (const detail of behaviorProblems(b, refs)) messages.push(malformed(b.name, detail));
  });
  const elements = behaviors.reduce((n, b) => n + valueElementCount(b.criteria?.value), 0);
  if (elements > MAX_VALUE_ELEMENTS)
    messages.push(`The behaviors hold ${elements} metric value elements; a security profile allows at most ${MAX_VALUE_ELEMENTS}`);
  return messages;
}

/** Problems of additionalMetricsToRetain (V1 names) and V2 entries, naming the member at fault. */
export function metricsToRetainProblems(
  v1: readonly string[] | undefined,
  v2: readonly MetricToRetain[] | undefined,
  refs: References,
): string[] {
  const messages: string[] = [];
  v1?.forEach((metric, i) => {
    const info = lookup(metric, refs);
    if (typeof info === 'string') messages.push(`additionalMetricsToRetain[${i}]: ${info}`);
  });
  v2?.forEach((m, i) => {
    const info = lookup(m.metric, refs);
    if (typeof info === 'string') return messages.push(`additionalMetricsToRetainV2[${i}].metric: ${info}`);
    const p = m.metricDimension && dimensionProblem(m.metricDimension, info, refs);
    if (p) messages.push(`additionalMetricsToRetainV2[${i}].metricDimension: ${p}`);
  });
  return messages;
}
