// Every rule, in the order docs/rules.md lists them: how files are read, then the schema, then
// semantic rules, then organisation policies.
import type { Rule } from '../rule.js';
import { yamlSyntax } from './yaml-syntax.js';
import { duplicateKey } from './duplicate-key.js';
import { aliasLimit } from './alias-limit.js';
import { emptyFile } from './empty-file.js';
import { notUtf8 } from './not-utf8.js';
import { fileTooLarge } from './file-too-large.js';
import { unknownKind } from './unknown-kind.js';
import { schema } from './schema.js';

export const ALL_RULES: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  aliasLimit,
  emptyFile,
  notUtf8,
  fileTooLarge,
  unknownKind,
  schema,
];
