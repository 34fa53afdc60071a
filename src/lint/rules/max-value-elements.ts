import { valueElementCount } from '../../model/catalog.js';
import { MAX_VALUE_ELEMENTS } from '../../model/constraints.js';
import type { Report, Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const maxValueElements: Rule = {
  id: 'max-value-elements',
  severity: 'error',
  description: `A profile's behaviors hold more than ${MAX_VALUE_ELEMENTS} value elements (counts, CIDRs, ports, numbers, strings)`,
  docs: {
    details: `Each scalar value counts 1 and each list item 1; a profile holds at most ${MAX_VALUE_ELEMENTS} (quota L-971FA845, not adjustable).`,
    failing: `kind: SecurityProfile
name: gateways
behaviors: # ✗
  - name: allowed-ports
    metric: aws:listening-tcp-ports
    criteria:
      comparisonOperator: not-in-port-set
      value: { ports: [${Array.from({ length: MAX_VALUE_ELEMENTS + 1 }, (_, i) => i).join(', ')}] }
`,
    passing: `kind: SecurityProfile
name: gateways
behaviors:
  - name: allowed-ports
    metric: aws:listening-tcp-ports
    criteria:
      comparisonOperator: not-in-port-set
      value: { ports: [22, 443, 8883] }
`,
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const { loaded, profile } of profiles(context)) {
      const total = (profile.behaviors ?? []).reduce((n, b) => n + valueElementCount(b.criteria?.value), 0);
      if (total > MAX_VALUE_ELEMENTS) {
        reports.push(report(loaded, ['behaviors'], `profile "${profile.name}" has ${total} value elements; the limit is ${MAX_VALUE_ELEMENTS} per profile (split it into several profiles)`, { atKey: true }));
      }
    }
    return reports;
  },
};
