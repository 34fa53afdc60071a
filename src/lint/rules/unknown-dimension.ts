import { closest } from '../../model/suggest.js';
import { examples, type Rule } from '../rule.js';
import { metricRefs, report } from '../walk.js';

export const unknownDimension: Rule = {
  id: 'unknown-dimension',
  severity: 'error',
  description: 'metricDimension names a Dimension defined nowhere in the files',
  docs: {
    ...examples(`kind: Dimension
name: LightTopics
type: TOPIC_FILTER
stringValues: [lights/+/status]
---
kind: SecurityProfile
name: lights
behaviors:
  - name: unexpected-topics
    metric: aws:num-messages-sent
    «metricDimension: { dimensionName: LightTopic, operator: NOT_IN } # ✗|metricDimension: { dimensionName: LightTopics, operator: NOT_IN }»
    criteria: { comparisonOperator: greater-than, value: { count: 0 }, durationSeconds: 300 }
`),
  },
  check: (context) =>
    [...metricRefs(context)]
      .filter((ref) => ref.metricDimension && !context.dimensions.has(ref.metricDimension.dimensionName))
      .map((ref) => {
        const name = ref.metricDimension!.dimensionName;
        const hint = closest(name, context.dimensions);
        return report(ref.loaded, [...ref.ownerPath, 'metricDimension', 'dimensionName'], `dimension "${name}" is not defined in the files (kind: Dimension)`, hint ? { suggestion: `did you mean "${hint}"?` } : {});
      }),
};
