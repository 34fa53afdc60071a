import { criteriaKind } from '../../model/catalog.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';

export const mlUnsupportedMetric: Rule = {
  id: 'ml-unsupported-metric',
  severity: 'error',
  description: 'ML Detect on a metric it does not support (list metrics, custom metrics other than number)',
  docs: {
    details:
      'ML Detect models 6 cloud-side and 7 device-side counters, and custom metrics of type `number` only. ' +
      'IP-address and port lists, and custom list metrics, cannot use `mlDetectionConfig`.',
    ...examples(`kind: SecurityProfile
name: gateways
behaviors:
  «- name: ml-destinations|- name: ml-bytes-out»
    «metric: aws:destination-ip-addresses # ✗|metric: aws:all-bytes-out»
    criteria:
      mlDetectionConfig: { confidenceLevel: HIGH }
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const info = knownMetric(context, ref.behavior);
      if (criteriaKind(ref.behavior.criteria) !== 'ml' || !info || info.ml) continue;
      const why = info.source === 'custom' ? `custom metrics support ML Detect only with metricType number; ${info.name} is a list` : `${info.name} does not support ML Detect`;
      reports.push(report(ref.loaded, [...ref.path, 'metric'], `${behaviorLabel(ref.behavior)}: ${why}; use a static rule`, info.confirmed ? {} : { severity: 'warning' }));
    }
    return reports;
  },
};
