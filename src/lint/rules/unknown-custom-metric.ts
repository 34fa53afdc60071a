import { isAwsMetricName } from '../../model/catalog.js';
import { closest } from '../../model/suggest.js';
import { examples, type Rule } from '../rule.js';
import { metricRefs, report } from '../walk.js';

export const unknownCustomMetric: Rule = {
  id: 'unknown-custom-metric',
  severity: 'error',
  description: 'A metric name that is neither built-in nor a CustomMetric defined in the files',
  docs: {
    details: 'A metric without the `aws:` prefix refers to a custom metric, which must be defined (`kind: CustomMetric`) in one of the linted files.',
    ...examples(`kind: CustomMetric
name: battery-percentage
metricType: number
---
kind: SecurityProfile
name: cameras
behaviors:
  - name: low-battery
    «metric: battery-percent # ✗|metric: battery-percentage»
    criteria: { comparisonOperator: less-than, value: { number: 10 } }
`),
  },
  check: (context) =>
    [...metricRefs(context)]
      .filter((ref) => !isAwsMetricName(ref.metric) && !context.customMetrics.has(ref.metric))
      .map((ref) => {
        const hint = closest(ref.metric, context.customMetrics.keys());
        return report(ref.loaded, ref.metricPath, `metric "${ref.metric}" is not a built-in aws: metric and no CustomMetric with that name is defined`, hint ? { suggestion: `did you mean "${hint}"?` } : {});
      }),
};
