import { examples, type Report, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const duplicateBehaviorName: Rule = {
  id: 'duplicate-behavior-name',
  severity: 'error',
  description: 'Two behaviors of one profile share a name',
  docs: {
    details: 'Behaviors are matched by name when planning changes, and violations are reported by behavior name, so names are unique within a profile.',
    ...examples(`kind: SecurityProfile
name: cameras
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
  «- name: auth-failures # ✗|- name: connection-attempts»
    metric: aws:num-connection-attempts
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const { loaded, profile } of profiles(context)) {
      const first = new Map<string, number>();
      (profile.behaviors ?? []).forEach((behavior, i) => {
        const earlier = first.get(behavior.name);
        if (earlier === undefined) first.set(behavior.name, i);
        else reports.push(report(loaded, ['behaviors', i, 'name'], `behavior name "${behavior.name}" is already used by behaviors[${earlier}] (line ${loaded.locate(['behaviors', earlier, 'name']).line})`));
      });
    }
    return reports;
  },
};
