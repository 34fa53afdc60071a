import { examples, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';
import type { Report } from '../rule.js';

export const metricOperatorMismatch: Rule = {
  id: 'metric-operator-mismatch',
  severity: 'error',
  description: "comparisonOperator is not one the metric's type allows",
  docs: {
    details:
      'Counters and custom `number` metrics take `less-than`, `less-than-equals`, `greater-than`, `greater-than-equals`; ' +
      'IP-address lists take `in-cidr-set` / `not-in-cidr-set`; port lists `in-port-set` / `not-in-port-set`; custom ' +
      '`number-list` and `string-list` metrics `in-set` / `not-in-set`. For `aws:disconnect-duration`, whose operators are ' +
      'unconfirmed, this is a warning.',
    ...examples(`kind: SecurityProfile
name: gateways
behaviors:
  - name: unexpected-source-ip
    metric: aws:source-ip-address
    criteria:
      «comparisonOperator: greater-than # ✗|comparisonOperator: not-in-cidr-set»
      value: { cidrs: [10.0.0.0/8] }
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const operator = ref.behavior.criteria?.comparisonOperator;
      const info = knownMetric(context, ref.behavior);
      if (!operator || !info || info.operators.includes(operator)) continue;
      reports.push(
        report(ref.loaded, [...ref.path, 'criteria', 'comparisonOperator'], `${behaviorLabel(ref.behavior)}: ${info.name} takes ${info.operators.join(', ')}; got ${operator}`, info.confirmed ? {} : { severity: 'warning' }),
      );
    }
    return reports;
  },
};
