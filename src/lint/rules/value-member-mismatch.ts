import { criteriaKind, operatorsForValueMember, valueMembers } from '../../model/catalog.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';

export const valueMemberMismatch: Rule = {
  id: 'value-member-mismatch',
  severity: 'error',
  description: 'A static rule whose value member does not fit the metric or the operator (count, number, numbers, strings, cidrs, ports)',
  docs: {
    details:
      'Built-in counters take `value.count`, custom `number` metrics `value.number`, IP lists `value.cidrs`, port lists ' +
      '`value.ports`, custom lists `value.numbers` / `value.strings`. A static rule (a `comparisonOperator` without ' +
      '`statisticalThreshold`) needs exactly one of them.',
    ...examples(`kind: CustomMetric
name: battery-percentage
metricType: number
---
kind: SecurityProfile
name: sensors
behaviors:
  - name: low-battery
    metric: battery-percentage
    criteria:
      comparisonOperator: less-than
      «value: { count: 10 } # ✗|value: { number: 10 }»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const criteria = ref.behavior.criteria;
      if (criteria?.comparisonOperator === undefined || criteriaKind(criteria) !== 'static') continue;
      const where = [...ref.path, 'criteria', 'value'];
      const members = valueMembers(criteria.value);
      const info = knownMetric(context, ref.behavior);
      const label = behaviorLabel(ref.behavior);
      const expected = info?.valueMember ?? members.find((m) => operatorsForValueMember(m).includes(criteria.comparisonOperator!));
      if (members.length === 0) {
        reports.push(report(ref.loaded, [...ref.path, 'criteria'], `${label}: a static rule needs ${expected ? `value.${expected}` : 'a value'} to compare with`));
      } else if (members.length > 1) {
        reports.push(report(ref.loaded, where, `${label}: value must have one member${expected ? ` (value.${expected})` : ''}; got ${members.join(', ')}`));
      } else if (info && members[0] !== info.valueMember) {
        reports.push(report(ref.loaded, [...where, members[0]!], `${label}: ${info.name} takes value.${info.valueMember}; got value.${members[0]}`, { atKey: true }));
      } else if (!info && !operatorsForValueMember(members[0]!).includes(criteria.comparisonOperator)) {
        reports.push(report(ref.loaded, [...where, members[0]!], `${label}: value.${members[0]} goes with ${operatorsForValueMember(members[0]!).join(', ')}; got ${criteria.comparisonOperator}`, { atKey: true }));
      }
    }
    return reports;
  },
};
