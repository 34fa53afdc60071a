import { AWS_METRIC_NAMES, awsMetric, criteriaKind } from '../../model/catalog.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';

const ML_DIMENSION_METRICS = AWS_METRIC_NAMES.filter((name) => awsMetric(name)!.mlWithDimension);

export const mlDimensionUnsupported: Rule = {
  id: 'ml-dimension-unsupported',
  severity: 'error',
  description: 'ML Detect with a dimension on a metric that supports dimensions only in rules',
  docs: {
    details:
      'ML Detect accepts a TOPIC_FILTER dimension only on `aws:num-authorization-failures`, `aws:num-messages-received`, ' +
      '`aws:num-messages-sent` and `aws:message-byte-size`; `aws:source-ip-address` takes dimensions in rules only.',
    ...examples(`kind: Dimension
name: Topics
type: TOPIC_FILTER
stringValues: [lights/#]
---
kind: SecurityProfile
name: lights
behaviors:
  «- name: ml-source-ip|- name: ml-messages-sent»
    «metric: aws:source-ip-address|metric: aws:num-messages-sent»
    «metricDimension: { dimensionName: Topics } # ✗|metricDimension: { dimensionName: Topics }»
    criteria:
      mlDetectionConfig: { confidenceLevel: HIGH }
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const info = knownMetric(context, ref.behavior);
      // Dimensions on metrics that take none at all are dimension-unsupported-metric's finding.
      if (!ref.behavior.metricDimension || criteriaKind(ref.behavior.criteria) !== 'ml' || !info || info.dimension === 'no' || info.mlWithDimension) continue;
      reports.push(report(ref.loaded, [...ref.path, 'metricDimension'], `${behaviorLabel(ref.behavior)}: ML Detect with a dimension works only on ${ML_DIMENSION_METRICS.join(', ')}; ${info.name} takes dimensions in rules only`));
    }
    return reports;
  },
};
