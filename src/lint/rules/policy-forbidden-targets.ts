import { parseTarget } from '../../model/arn.js';
import { examples, type Report, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const policyForbiddenTargets: Rule = {
  id: 'policy-forbidden-targets',
  severity: 'error',
  description: 'Organisation policy: no profile attaches to a forbidden target (off unless policies.forbiddenTargets)',
  docs: {
    details:
      'Enabled by `policies: { forbiddenTargets: [all-things, …] }` in defender-gitops.yaml. Targets compare by what they ' +
      'name, so `all-things` also forbids `arn:aws:iot:<region>:<account>:all/things`.',
    config: 'policies:\n  forbiddenTargets: [all-things]\n',
    ...examples(`kind: SecurityProfile
name: cameras
targets:
  «- all-things # ✗|- thing-group/cameras»
`),
  },
  check: (context) => {
    const forbidden = new Set((context.config.policies.forbiddenTargets ?? []).map((t) => parseTarget(t)?.key ?? t));
    const reports: Report[] = [];
    if (forbidden.size === 0) return reports;
    for (const { loaded, profile } of profiles(context)) {
      (profile.targets ?? []).forEach((target, i) => {
        if (forbidden.has(parseTarget(target)?.key ?? target)) reports.push(report(loaded, ['targets', i], `target ${target} is forbidden by the policy forbiddenTargets`));
      });
    }
    return reports;
  },
};
