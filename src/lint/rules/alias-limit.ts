import { examples, type Rule } from '../rule.js';

export const aliasLimit: Rule = {
  id: 'alias-limit',
  severity: 'error',
  description: 'A document expands YAML aliases too often (an alias bomb)',
  docs: {
    details:
      'Anchors and aliases (`&a` / `*a`) are fine for sharing a block, but a document whose aliases expand more than 100 times ' +
      'is refused, so a "billion laughs" file cannot exhaust memory in CI.',
    ...examples(`«a: &a [x, x, x, x, x, x, x, x, x, x] # ✗|kind: Dimension»
«b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]|name: LightTopics»
«c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]|type: TOPIC_FILTER»
«d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]|stringValues: &topics [lights/+/status]»
`),
  },
};
