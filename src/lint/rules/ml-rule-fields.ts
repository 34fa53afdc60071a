import { criteriaKind, RULE_ONLY_CRITERIA_FIELDS } from '../../model/catalog.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, report } from '../walk.js';

export const mlRuleFields: Rule = {
  id: 'ml-rule-fields',
  severity: 'error',
  description: 'ML Detect criteria mixed with rule fields (comparisonOperator, value, statisticalThreshold, durationSeconds)',
  docs: {
    details:
      'A behavior with `mlDetectionConfig` is evaluated by the ML model; rule fields next to it are contradictory. ' +
      'Only `consecutiveDatapointsToAlarm` / `consecutiveDatapointsToClear` may accompany it.',
    ...examples(`kind: SecurityProfile
name: fleet
behaviors:
  - name: ml-auth-failures
    metric: aws:num-authorization-failures
    criteria:
      mlDetectionConfig: { confidenceLevel: HIGH }
      «durationSeconds: 300 # ✗|consecutiveDatapointsToAlarm: 2»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const criteria = ref.behavior.criteria;
      if (criteriaKind(criteria) !== 'ml') continue;
      for (const field of RULE_ONLY_CRITERIA_FIELDS) {
        if (criteria![field] === undefined) continue;
        reports.push(report(ref.loaded, [...ref.path, 'criteria', field], `${behaviorLabel(ref.behavior)}: ${field} cannot be used with mlDetectionConfig; remove it or make this a rule behavior`, { atKey: true }));
      }
    }
    return reports;
  },
};
