import { IAM_ROLE_ARN, SNS_TOPIC_ARN } from '../../model/arn.js';
import { examples, type Report, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const arnFormat: Rule = {
  id: 'arn-format',
  severity: 'error',
  description: 'An alert target that is not an SNS topic ARN, or a role that is not an IAM role ARN',
  docs: {
    details:
      '`alertTargets.SNS.alertTargetArn` is an SNS topic (`arn:aws:sns:<region>:<account>:<topic>`); `roleArn` (alert ' +
      'target and `metricsExportConfig`) is an IAM role (`arn:aws:iam::<account>:role/<name>`). Target formats are checked by the schema.',
    ...examples(`kind: SecurityProfile
name: cameras
alertTargets:
  SNS:
    alertTargetArn: arn:aws:sns:eu-west-1:123456789012:defender-alerts
    «roleArn: arn:aws:iam::123456789012:user/defender # ✗|roleArn: arn:aws:iam::123456789012:role/defender-sns»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const { loaded, profile } of profiles(context)) {
      const sns = profile.alertTargets?.SNS;
      const checks: [readonly (string | number)[], string | undefined, RegExp, string][] = [
        [['alertTargets', 'SNS', 'alertTargetArn'], sns?.alertTargetArn, SNS_TOPIC_ARN, 'an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)'],
        [['alertTargets', 'SNS', 'roleArn'], sns?.roleArn, IAM_ROLE_ARN, 'an IAM role ARN (arn:aws:iam::<account>:role/<name>)'],
        [['metricsExportConfig', 'roleArn'], profile.metricsExportConfig?.roleArn, IAM_ROLE_ARN, 'an IAM role ARN (arn:aws:iam::<account>:role/<name>)'],
      ];
      for (const [path, value, pattern, expected] of checks) {
        if (value !== undefined && !pattern.test(value)) reports.push(report(loaded, path, `${path.join('.')} "${value}" is not ${expected}`));
      }
    }
    return reports;
  },
};
