import type { Rule } from '../rule.js';

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  description: 'A mapping has the same key twice',
  docs: {
    details: 'YAML parsers disagree on which value wins, so a repeated key is never silently accepted.',
    failing: `kind: CustomMetric
name: battery-level
metricType: number
name: battery-percentage # ✗
`,
    passing: `kind: CustomMetric
name: battery-percentage
metricType: number
`,
  },
};
