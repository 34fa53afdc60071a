import { examples, type Rule } from '../rule.js';
import { report } from '../walk.js';

export const policyRequiredTags: Rule = {
  id: 'policy-required-tags',
  severity: 'error',
  description: 'Organisation policy: every resource carries the required tag keys (off unless policies.requiredTags)',
  docs: {
    details: 'Enabled by `policies: { requiredTags: [team, …] }` in defender-gitops.yaml; applies to profiles, dimensions and custom metrics.',
    config: 'policies:\n  requiredTags: [team]\n',
    ...examples(`kind: CustomMetric
name: battery-percentage
metricType: number
«tags: # ✗|tags:»
  «owner: hardware|team: hardware»
`),
  },
  check: (context) => {
    const required = context.config.policies.requiredTags ?? [];
    if (required.length === 0) return [];
    return context.resources.flatMap((loaded) => {
      const { kind, name, tags = {} } = loaded.resource;
      const missing = required.filter((key) => !Object.hasOwn(tags, key));
      if (missing.length === 0) return [];
      const where = loaded.resource.tags ? { path: ['tags'], atKey: true } : { path: ['name'], atKey: false };
      return [report(loaded, where.path, `${kind} "${name}" lacks required tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, { atKey: where.atKey })];
    });
  },
};
