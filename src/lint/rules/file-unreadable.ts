import type { Rule } from '../rule.js';

export const fileUnreadable: Rule = {
  id: 'file-unreadable',
  severity: 'error',
  description: 'A file cannot be read (permissions, or a folder named like a YAML file)',
  docs: {
    format: 'text',
    details: 'The file is reported instead of stopping the whole run, so every other file is still checked.',
    failing: 'A `profiles/cameras.yaml` the current user may not read (`chmod 000`).',
    passing: 'The same file with read permission.',
  },
};
