import { examples, type Rule } from '../rule.js';
import { profiles, report } from '../walk.js';

export const policyNamePattern: Rule = {
  id: 'policy-name-pattern',
  severity: 'error',
  description: 'Organisation policy: security profile names match a pattern (off unless policies.namePattern)',
  docs: {
    details: 'Enabled by `policies: { namePattern: <regular expression> }` in defender-gitops.yaml, e.g. a team prefix.',
    config: 'policies:\n  namePattern: "^(lighting|edge|security)-[a-z0-9-]+$"\n',
    ...examples(`kind: SecurityProfile
«name: cameras # ✗|name: security-cameras»
`),
  },
  check: (context) => {
    const pattern = context.config.policies.namePattern;
    if (pattern === undefined) return [];
    const regex = new RegExp(pattern, 'u');
    return [...profiles(context)]
      .filter(({ profile }) => !regex.test(profile.name))
      .map(({ loaded, profile }) => report(loaded, ['name'], `profile name "${profile.name}" does not match the policy namePattern ${pattern}`));
  },
};
