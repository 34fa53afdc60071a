import { examples, type Rule } from '../rule.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The document does not match the JSON Schema of its kind (unknown key, wrong type, value out of range)',
  docs: {
    details:
      'Every key, type, enum, pattern and range the AWS API documents is checked against `schemas/<kind>.schema.json`: ' +
      'names fully match `[a-zA-Z0-9:_-]+` (1–128), `count` is a non-negative integer, ports 0–65535, at most 100 behaviors, ' +
      'tags are a map of at most 50 entries, targets use the documented forms, and unknown keys are errors at every level ' +
      '(the closest known key is suggested).',
    ...examples(`kind: SecurityProfile
name: cameras
behaviors:
  - name: too-many-messages
    metric: aws:num-messages-sent
    criteria:
      comparisonOperator: greater-than
      value: { count: 100 }
      «durationSecond: 300 # ✗|durationSeconds: 300»
`),
  },
};
