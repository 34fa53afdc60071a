import type { Rule } from '../rule.js';

export const aliasLimit: Rule = {
  id: 'alias-limit',
  severity: 'error',
  description: 'A document expands YAML aliases too often (an alias bomb)',
  docs: {
    details:
      'Anchors and aliases (`&a` / `*a`) are fine for sharing a block, but a document whose aliases expand more than 100 times ' +
      'is refused, so a "billion laughs" file cannot exhaust memory in CI.',
    failing: `a: &a [x, x, x, x, x, x, x, x, x, x] # ✗
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
`,
    passing: `kind: Dimension
name: LightTopics
type: TOPIC_FILTER
stringValues: &topics [lights/+/status]
`,
  },
};
