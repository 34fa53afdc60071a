import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';

export const statisticalThreshold: Rule = {
  id: 'statistical-threshold',
  severity: 'error',
  description: 'A statistical threshold on a metric without percentiles, mixed with value, or without a statistic or operator',
  docs: {
    details:
      'Statistical (percentile) thresholds take `comparisonOperator` + `statisticalThreshold.statistic` + `durationSeconds`, ' +
      'and no `value`. List metrics (IP addresses, ports, custom lists) have no percentiles. On custom `number` metrics and ' +
      '`aws:disconnect-duration`, whose support is unconfirmed, this is a warning.',
    ...examples(`kind: SecurityProfile
name: gateways
behaviors:
  «- name: listening-ports-p90|- name: connections-p90»
    «metric: aws:listening-tcp-ports|metric: aws:num-established-tcp-connections»
    criteria:
«      comparisonOperator: in-port-set
      statisticalThreshold: { statistic: p90 } # ✗
|      comparisonOperator: greater-than
      statisticalThreshold: { statistic: p90 }
      durationSeconds: 900
»`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const criteria = ref.behavior.criteria;
      const threshold = criteria?.statisticalThreshold;
      if (!criteria || !threshold || criteria.mlDetectionConfig) continue;
      const label = behaviorLabel(ref.behavior);
      const path = [...ref.path, 'criteria', 'statisticalThreshold'];
      const info = knownMetric(context, ref.behavior);
      if (info?.statistical === false) {
        reports.push(report(ref.loaded, path, `${label}: ${info.name} is a list metric and has no percentiles; use a static rule with value.${info.valueMember}`));
      } else if (info?.statistical === 'unknown') {
        reports.push(report(ref.loaded, path, `${label}: statistical thresholds on ${info.name} are not documented; the service may reject them`, { severity: 'warning' }));
      }
      if (criteria.value !== undefined) {
        reports.push(report(ref.loaded, [...ref.path, 'criteria', 'value'], `${label}: statisticalThreshold and value are exclusive; keep one`, { atKey: true }));
      }
      if (threshold.statistic === undefined) {
        reports.push(report(ref.loaded, path, `${label}: statisticalThreshold needs a statistic (p0 … p100, e.g. p99)`));
      }
      if (criteria.comparisonOperator === undefined) {
        reports.push(report(ref.loaded, [...ref.path, 'criteria'], `${label}: a statistical threshold needs comparisonOperator (e.g. greater-than)`));
      }
    }
    return reports;
  },
};
