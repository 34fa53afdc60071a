import { examples, type Rule } from '../rule.js';

export const unknownKind: Rule = {
  id: 'unknown-kind',
  severity: 'error',
  description: 'A document has no kind, an unknown kind, or is not a mapping',
  docs: {
    details: 'Every document says what it is: `kind: SecurityProfile`, `kind: Dimension` or `kind: CustomMetric`.',
    ...examples(`«kind: SecurityProfiles # ✗|kind: SecurityProfile»
name: cameras
`),
  },
};
