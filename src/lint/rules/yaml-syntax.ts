import { examples, type Rule } from '../rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The file is not valid YAML',
  docs: {
    details:
      'A document with a syntax error is not read at all, so no other rule checks it until it parses. ' +
      'A frequent cause: an unquoted value containing ": " (quote it).',
    ...examples(`kind: SecurityProfile
name: cameras
«description: Alerts: unexpected topics # ✗|description: "Alerts: unexpected topics"»
`),
  },
};
