import { examples, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const deprecatedMetricsToRetain: Rule = {
  id: 'deprecated-metrics-to-retain',
  severity: 'warning',
  description: 'additionalMetricsToRetain (V1) is deprecated; use additionalMetricsToRetainV2',
  docs: {
    details: 'V1 is a list of metric names without dimension support. V2 takes `{ metric, metricDimension?, exportMetric? }`.',
    ...examples(`kind: SecurityProfile
name: cameras
«additionalMetricsToRetain: # ✗|additionalMetricsToRetainV2:»
  «- aws:num-messages-sent|- metric: aws:num-messages-sent»
`),
  },
  check: (context) =>
    [...profiles(context)]
      .filter(({ profile }) => profile.additionalMetricsToRetain !== undefined)
      .map(({ loaded }) =>
        report(loaded, ['additionalMetricsToRetain'], 'additionalMetricsToRetain is deprecated; write additionalMetricsToRetainV2 entries ({ metric: … })', { atKey: true }),
      ),
};
