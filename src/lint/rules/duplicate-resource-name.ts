import type { LoadedResource } from '../../load/index.js';
import { examples, type Report, type Rule } from '../rule.js';
import { report } from '../walk.js';

export const duplicateResourceName: Rule = {
  id: 'duplicate-resource-name',
  severity: 'error',
  description: 'Two documents define the same resource (same kind and name)',
  docs: {
    details: 'Each security profile, dimension and custom metric is defined once across all files; a second definition would silently win or lose.',
    ...examples(`kind: CustomMetric
name: battery-percentage
metricType: number
«---
kind: CustomMetric
name: battery-percentage # ✗
metricType: number
|»displayName: Battery
`),
  },
  check: (context) => {
    const first = new Map<string, LoadedResource>();
    const reports: Report[] = [];
    for (const loaded of context.resources) {
      const key = `${loaded.resource.kind}/${loaded.resource.name}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, loaded);
        continue;
      }
      const at = earlier.locate(['name']);
      reports.push(report(loaded, ['name'], `${loaded.resource.kind} "${loaded.resource.name}" is already defined in ${at.file}:${at.line}`));
    }
    return reports;
  },
};
