import { criteriaKind } from '../../model/catalog.js';
import { DURATIONS } from '../../model/constraints.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, knownMetric, report } from '../walk.js';

export const durationSeconds: Rule = {
  id: 'duration-seconds',
  severity: 'error',
  description: `durationSeconds on a list metric, or not one of ${DURATIONS.join(', ')}; a warning when a windowed counter has none`,
  docs: {
    details:
      `The guide lists ${DURATIONS.join(', ')} seconds. List-typed metrics (IP addresses, ports, custom lists) take no ` +
      'duration. Counters such as `aws:num-messages-sent` count over a window: every guide example sets one, so a missing ' +
      'duration on them (or on a statistical threshold) is a warning.',
    ...examples(`kind: SecurityProfile
name: sensors
behaviors:
  - name: message-burst
    metric: aws:num-messages-sent
    criteria:
      comparisonOperator: greater-than
      value: { count: 100 }
      «durationSeconds: 120 # ✗|durationSeconds: 300»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      const criteria = ref.behavior.criteria;
      const info = knownMetric(context, ref.behavior);
      const kind = criteriaKind(criteria);
      const label = behaviorLabel(ref.behavior);
      const path = [...ref.path, 'criteria', 'durationSeconds'];
      const duration = criteria?.durationSeconds;
      if (kind === 'ml' || kind === 'none') continue; // ml-rule-fields covers durations on ML criteria
      if (duration !== undefined && info?.duration === 'forbidden') {
        reports.push(report(ref.loaded, path, `${label}: ${info.name} is a list metric, which takes no durationSeconds; remove it`));
      } else if (duration !== undefined && !(DURATIONS as readonly number[]).includes(duration)) {
        reports.push(report(ref.loaded, path, `${label}: durationSeconds ${duration} is not allowed; use one of ${DURATIONS.join(', ')}`));
      } else if (duration === undefined && (info?.duration === 'windowed' || (kind === 'statistical' && info?.duration !== 'forbidden'))) {
        reports.push(report(ref.loaded, [...ref.path, 'criteria'], `${label}: ${info?.name ?? 'the metric'} is evaluated over a window; set durationSeconds (${DURATIONS.join(', ')})`, { severity: 'warning' }));
      }
    }
    return reports;
  },
};
