import { AWS_METRIC_NAMES, isAwsMetricName, awsMetric } from '../../model/catalog.js';
import { closest } from '../../model/suggest.js';
import { examples, type Rule } from '../rule.js';
import { metricRefs, report } from '../walk.js';

export const unknownMetric: Rule = {
  id: 'unknown-metric',
  severity: 'error',
  description: 'An aws: metric that is not in the Device Defender metric catalog',
  docs: {
    details: 'Names starting with `aws:` are built-in metrics; the catalog lists the 18 documented ones. Checked in behaviors and in metrics to retain.',
    ...examples(`kind: SecurityProfile
name: cameras
behaviors:
  - name: auth-failures
    «metric: aws:num-authorisation-failures # ✗|metric: aws:num-authorization-failures»
`),
  },
  check: (context) =>
    [...metricRefs(context)]
      .filter((ref) => isAwsMetricName(ref.metric) && !awsMetric(ref.metric))
      .map((ref) => {
        const hint = closest(ref.metric, AWS_METRIC_NAMES);
        return report(ref.loaded, ref.metricPath, `unknown built-in metric "${ref.metric}"; the catalog has ${AWS_METRIC_NAMES.length} aws: metrics (see docs/rules.md#unknown-metric)`, hint ? { suggestion: `did you mean "${hint}"?` } : {});
      }),
};
