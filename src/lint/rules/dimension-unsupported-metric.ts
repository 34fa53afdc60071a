import { AWS_METRIC_NAMES, awsMetric, resolveMetric } from '../../model/catalog.js';
import { examples, type Report, type Rule } from '../rule.js';
import { metricRefs, report } from '../walk.js';

const DIMENSION_METRICS = AWS_METRIC_NAMES.filter((name) => awsMetric(name)!.dimension !== 'no');

export const dimensionUnsupportedMetric: Rule = {
  id: 'dimension-unsupported-metric',
  severity: 'error',
  description: 'metricDimension on a custom metric or on a metric that does not support TOPIC_FILTER dimensions',
  docs: {
    details: `TOPIC_FILTER dimensions work only with ${DIMENSION_METRICS.join(', ')} (the last in rules only), and never with custom metrics. Checked in behaviors and in metrics to retain.`,
    ...examples(`kind: Dimension
name: Topics
type: TOPIC_FILTER
stringValues: [lights/#]
---
kind: SecurityProfile
name: lights
behaviors:
  «- name: disconnects|- name: messages-sent»
    «metric: aws:num-disconnects|metric: aws:num-messages-sent»
    «metricDimension: { dimensionName: Topics } # ✗|metricDimension: { dimensionName: Topics }»
    criteria: { comparisonOperator: greater-than, value: { count: 5 }, durationSeconds: 300 }
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of metricRefs(context)) {
      if (!ref.metricDimension) continue;
      const lookup = resolveMetric(ref.metric, context.customMetrics);
      if (lookup.status !== 'known' || lookup.info.dimension !== 'no') continue;
      const why = lookup.info.source === 'custom' ? 'custom metrics take no dimension' : `TOPIC_FILTER dimensions work only with ${DIMENSION_METRICS.join(', ')}`;
      reports.push(report(ref.loaded, [...ref.ownerPath, 'metricDimension'], `${ref.metric} cannot have a metricDimension: ${why}`));
    }
    return reports;
  },
};
