import type { Rule } from '../rule.js';

export const fileTooLarge: Rule = {
  id: 'file-too-large',
  severity: 'error',
  description: 'A file is larger than 5 MB',
  docs: {
    format: 'text',
    details: 'Files over 5 MB are not read (no real profile set needs one). Split the resources into several files.',
    failing: 'A 6 MB `profiles/everything.yaml`.',
    passing: 'The same resources in several files, each under 5 MB.',
  },
};
