import { examples, type Rule } from '../rule.js';

export const emptyFile: Rule = {
  id: 'empty-file',
  severity: 'warning',
  description: 'A YAML file holds no document',
  docs: {
    details: 'An empty file (or one with only comments) is usually a leftover; delete it or add a resource.',
    ...examples(`«# TODO: camera profiles # ✗
|kind: SecurityProfile
name: cameras
»`),
  },
};
