// A fast first read of well-formed files. The `yaml` package keeps source positions but parses
// ~15× slower than js-yaml, and almost every file in a repository is well formed: read those with
// js-yaml and parse with `yaml` (for positions and precise errors) only when a position is asked
// for. Anything unusual (aliases, tags, duplicate keys, empty or non-mapping documents, syntax
// errors) returns undefined, and the caller takes the precise path for the whole file.
import jsYaml from 'js-yaml';

// The YAML 1.2 core schema exactly as the `yaml` package resolves it, so both paths yield the same
// data (js-yaml's own int type also reads 0b… and signed hex/octal, which `yaml` keeps as strings).
const coreInt = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) =>
    data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10),
  predicate: (value: unknown) => Number.isInteger(value),
});
// A type with the same tag and kind replaces the built-in one.
const CORE = jsYaml.CORE_SCHEMA.extend({ implicit: [coreInt] });

/** The documents of a file when all of them are plain mappings read without surprises. */
export function fastDocuments(text: string): Record<string, unknown>[] | undefined {
  // Aliases (and merge keys, which need them) go the precise way: it caps alias expansion.
  if (text.includes('*')) return undefined;
  let documents: unknown[];
  try {
    documents = jsYaml.loadAll(text, undefined, { schema: CORE });
  } catch {
    return undefined;
  }
  const plain = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);
  return documents.length > 0 && documents.every(plain) ? documents : undefined;
}
