import type { Rule } from '../rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The file is not valid YAML',
  docs: {
    details: 'A document with a syntax error is not read at all, so no other rule checks it until it parses.',
    failing: `kind: Dimension
name: FavoriteTopics
type: TOPIC_FILTER
stringValues: [lights/+/status # ✗
`,
    passing: `kind: Dimension
name: FavoriteTopics
type: TOPIC_FILTER
stringValues: [lights/+/status]
`,
  },
};
