// YAML text → documents with source positions. Syntax errors, duplicate keys and alias bombs
// become findings; a document with any of them is left out rather than half-read.
import { LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Finding, Severity } from '../model/finding.js';
import { locator, rangeOf, type Locator } from './positions.js';

/** Expanding more aliases than this is treated as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  /** 0-based index of the document in its file. */
  index: number;
  data: unknown;
  locate: Locator;
}

export interface ParsedYaml {
  documents: ParsedDocument[];
  findings: Finding[];
  /** No document has content (only comments, whitespace or `---`). */
  empty: boolean;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, merge: true, prettyErrors: false });
  const documents: ParsedDocument[] = [];
  const findings: Finding[] = [];
  const report = (e: YAMLError, severity: Severity) =>
    findings.push({
      ruleId: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      severity,
      message: e.code === 'DUPLICATE_KEY' ? `duplicate key "${text.slice(e.pos[0], e.pos[1]).trim()}": each key may appear once in a mapping` : yamlMessage(e),
      ...rangeOf(file, lines, e.pos[0], e.pos[1]),
    });
  if ('empty' in docs) {
    for (const e of docs.errors) report(e, 'error');
    return { documents, findings, empty: docs.errors.length === 0 };
  }
  let empty = true;
  docs.forEach((doc, index) => {
    for (const e of doc.errors) report(e, 'error');
    for (const w of doc.warnings) report(w, 'warning');
    if (doc.contents === null) return;
    empty = false;
    if (doc.errors.length) return;
    try {
      documents.push({ index, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate: locator(file, doc, lines) });
    } catch (e) {
      const start = doc.contents.range?.[0] ?? 0;
      findings.push({
        ruleId: 'alias-limit',
        severity: 'error',
        message: `document ${index + 1} expands YAML aliases too often (limit ${MAX_ALIAS_COUNT}): ${(e as Error).message}`,
        ...rangeOf(file, lines, start, start),
      });
    }
  });
  return { documents, findings, empty };
}

/** yaml's messages carry their own "at line N, column M" and a code excerpt; the finding has both. */
function yamlMessage(e: YAMLError): string {
  const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}
