// Source positions for values inside a parsed YAML document: the path of a value (as ajv and the
// rules name it) → file:line:column, falling back to the nearest existing parent.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceRange } from '../model/finding.js';

export type DocPath = readonly (string | number)[];

export interface Locator {
  /** Range of the value at `path`, or of its nearest existing parent. */
  value(path: DocPath): SourceRange;
  /** Range of the key at `path` (for unknown or malformed keys), or of the value when it has no key. */
  key(path: DocPath): SourceRange;
}

export function rangeOf(file: string, lines: LineCounter, start: number, end: number): SourceRange {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

export function locator(file: string, doc: Document, lines: LineCounter): Locator {
  const find = (path: DocPath): { node: Node | null; key: Node | null } => {
    let node = doc.contents as Node | null;
    let key: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === String(segment));
        if (!pair) break;
        key = pair.key as Node;
        node = (pair.value as Node | null) ?? key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        key = null;
        node = node.items[segment] as Node;
      } else break;
    }
    return { node, key };
  };
  const range = (node: Node | null): SourceRange => {
    const r = node?.range;
    return r ? rangeOf(file, lines, r[0], r[1]) : { file, line: 1, column: 1 };
  };
  return {
    value: (path) => range(find(path).node),
    key: (path) => {
      const found = find(path);
      return range(found.key ?? found.node);
    },
  };
}
