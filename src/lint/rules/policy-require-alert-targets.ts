import { examples, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const policyRequireAlertTargets: Rule = {
  id: 'policy-require-alert-targets',
  severity: 'error',
  description: 'Organisation policy: every security profile has an SNS alert target (off unless policies.requireAlertTargets)',
  docs: {
    details: 'Enabled by `policies: { requireAlertTargets: true }` in defender-gitops.yaml. A profile without alert targets raises violations nobody is told about.',
    config: 'policies:\n  requireAlertTargets: true\n',
    ...examples(`kind: SecurityProfile
«name: cameras # ✗|name: cameras»
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
    criteria: { mlDetectionConfig: { confidenceLevel: HIGH } }
«|alertTargets:
  SNS:
    alertTargetArn: arn:aws:sns:eu-west-1:123456789012:defender-alerts
    roleArn: arn:aws:iam::123456789012:role/defender-sns
»`),
  },
  check: (context) =>
    context.config.policies.requireAlertTargets
      ? [...profiles(context)]
          .filter(({ profile }) => !profile.alertTargets?.SNS)
          .map(({ loaded, profile }) => report(loaded, ['name'], `profile "${profile.name}" has no alertTargets.SNS; policy requireAlertTargets is on`))
      : [],
};
