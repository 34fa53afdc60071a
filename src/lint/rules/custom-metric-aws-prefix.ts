import { AWS_METRIC_PREFIX } from '../../model/constraints.js';
import { examples, type Rule } from '../rule.js';
import { ofKind, report } from '../walk.js';

export const customMetricAwsPrefix: Rule = {
  id: 'custom-metric-aws-prefix',
  severity: 'error',
  description: `A custom metric named with the reserved "${AWS_METRIC_PREFIX}" prefix`,
  docs: {
    details: `Names starting with \`${AWS_METRIC_PREFIX}\` belong to built-in metrics; CreateCustomMetric rejects them.`,
    ...examples(`kind: CustomMetric
«name: aws:battery-percentage # ✗|name: battery-percentage»
metricType: number
`),
  },
  check: (context) =>
    [...ofKind(context, 'CustomMetric')]
      .filter(({ resource }) => resource.name.startsWith(AWS_METRIC_PREFIX))
      .map(({ loaded, resource }) =>
        report(loaded, ['name'], `custom metric "${resource.name}" must not start with "${AWS_METRIC_PREFIX}" (reserved for built-in metrics)`, {
          suggestion: `rename it to "${resource.name.slice(AWS_METRIC_PREFIX.length)}"`,
        }),
      ),
};
