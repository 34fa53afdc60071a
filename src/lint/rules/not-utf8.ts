import type { Rule } from '../rule.js';

export const notUtf8: Rule = {
  id: 'not-utf8',
  severity: 'error',
  description: 'A file is not valid UTF-8',
  docs: {
    format: 'text',
    details: 'The finding points at the first byte that is not UTF-8. Re-save the file as UTF-8 (YAML 1.2 requires a Unicode encoding).',
    failing: 'A file saved as Latin-1 containing `description: Caméras` (byte 0xe9).',
    passing: 'The same file saved as UTF-8.',
  },
};
