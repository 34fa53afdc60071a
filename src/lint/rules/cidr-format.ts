import { cidrProblem } from '../../model/cidr.js';
import { examples, type Report, type Rule } from '../rule.js';
import { behaviorLabel, behaviors, report } from '../walk.js';

export const cidrFormat: Rule = {
  id: 'cidr-format',
  severity: 'error',
  description: 'A value.cidrs entry that is not an IPv4 or IPv6 CIDR block',
  docs: {
    details:
      'The API pattern only checks the characters (`[a-fA-F0-9:./]`), so `10.0.0.300/8` would reach the service. Each entry ' +
      'must be an address with a prefix length (0–32 for IPv4, 0–128 for IPv6). A bare address without a prefix is a warning ' +
      '(whether the service accepts it is unconfirmed).',
    ...examples(`kind: SecurityProfile
name: gateways
behaviors:
  - name: unexpected-source-ip
    metric: aws:source-ip-address
    criteria:
      comparisonOperator: not-in-cidr-set
      value:
        cidrs:
          - 10.0.0.0/8
          «- 192.168.1.300/24 # ✗|- 192.168.1.0/24»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const ref of behaviors(context)) {
      (ref.behavior.criteria?.value?.cidrs ?? []).forEach((cidr, i) => {
        const problem = cidrProblem(cidr);
        if (!problem) return;
        const noPrefix = !cidr.includes('/') && cidrProblem(`${cidr}/0`) === undefined;
        reports.push(report(ref.loaded, [...ref.path, 'criteria', 'value', 'cidrs', i], `${behaviorLabel(ref.behavior)}: ${problem}`, noPrefix ? { severity: 'warning' } : {}));
      });
    }
    return reports;
  },
};
