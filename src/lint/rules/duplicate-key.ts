import { examples, type Rule } from '../rule.js';

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  description: 'A mapping has the same key twice',
  docs: {
    details: 'YAML parsers disagree on which value wins, so a repeated key is never silently accepted.',
    ...examples(`kind: CustomMetric
«name: battery-level|name: battery-percentage»
metricType: number
«name: battery-percentage # ✗
|»`),
  },
};
