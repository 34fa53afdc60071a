import type { Rule } from '../rule.js';

export const config: Rule = {
  id: 'config',
  severity: 'error',
  description: 'defender-gitops.yaml is invalid (unknown key, wrong type, unknown rule id, bad regular expression)',
  docs: {
    format: 'text',
    details:
      'The config file is checked against `schemas/config.schema.json` before anything is linted; `lint` prints its problems ' +
      'and exits 2 (a configuration error, not a lint result). This rule cannot be turned off.',
    failing: '`rules: { duration-second: off }` in defender-gitops.yaml (unknown rule id; the closest one is suggested).',
    passing: '`rules: { duration-seconds: off }`.',
  },
};
