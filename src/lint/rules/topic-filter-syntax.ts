import { topicFilterProblem } from '../../model/topic-filter.js';
import { examples, type Report, type Rule } from '../rule.js';
import { ofKind, report } from '../walk.js';

export const topicFilterSyntax: Rule = {
  id: 'topic-filter-syntax',
  severity: 'warning',
  description: 'A TOPIC_FILTER value that is not a valid MQTT topic filter',
  docs: {
    details:
      '`#` must be the whole last level (`sensors/#`) and `+` a whole level (`sensors/+/temp`); `${iot:ClientId}` may be used. ' +
      'Whether the service rejects malformed filters is unconfirmed, so this is a warning, but such a filter never matches as intended.',
    ...examples(`kind: Dimension
name: SensorTopics
type: TOPIC_FILTER
stringValues:
  «- sensors/#/status # ✗|- sensors/+/status»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const { loaded, resource } of ofKind(context, 'Dimension')) {
      resource.stringValues.forEach((value, i) => {
        const problem = topicFilterProblem(value);
        if (problem) reports.push(report(loaded, ['stringValues', i], `dimension "${resource.name}": ${problem}`));
      });
    }
    return reports;
  },
};
