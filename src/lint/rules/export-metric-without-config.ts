import { examples, type Report, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const exportMetricWithoutConfig: Rule = {
  id: 'export-metric-without-config',
  severity: 'warning',
  description: 'exportMetric: true without a profile-level metricsExportConfig',
  docs: {
    details:
      'Exported metrics go to the MQTT topic of `metricsExportConfig`; without one nothing is exported. Whether the service ' +
      'rejects the profile is unconfirmed, so this is a warning.',
    ...examples(`kind: SecurityProfile
name: cameras
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
    «exportMetric: true # ✗|exportMetric: true»
«|metricsExportConfig:
  mqttTopic: $aws/rules/defender_export
  roleArn: arn:aws:iam::123456789012:role/defender-export
»`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const { loaded, profile } of profiles(context)) {
      if (profile.metricsExportConfig) continue;
      const exporting: (readonly (string | number)[])[] = [
        ...(profile.behaviors ?? []).flatMap((b, i) => (b.exportMetric ? [['behaviors', i, 'exportMetric']] : [])),
        ...(profile.additionalMetricsToRetainV2 ?? []).flatMap((m, i) => (m.exportMetric ? [['additionalMetricsToRetainV2', i, 'exportMetric']] : [])),
      ];
      for (const path of exporting) reports.push(report(loaded, path, `exportMetric is true but profile "${profile.name}" has no metricsExportConfig { mqttTopic, roleArn }`));
    }
    return reports;
  },
};
