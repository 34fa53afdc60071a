// Findings as workflow annotations on the YAML lines (conventions §8.5). GitHub shows at most 10
// per type per step and drops the rest silently, so we choose which 10: errors first, then files
// the pull request touches, then file order; the rest are counted in one notice.
import * as core from '@actions/core';
import type { Finding } from '../model/finding.js';

export const ANNOTATIONS_PER_TYPE = 10;

/**
 * Emits the annotations for findings whose paths are relative to the repository root (so they land
 * on the pull request's diff); `changed` = files the pull request touches. Returns how many were left out.
 */
export function annotate(findings: readonly Finding[], changed: ReadonlySet<string> = new Set()): number {
  const ranked = [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(changed.has(b.file)) - Number(changed.has(a.file)) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
  const emitted = { error: 0, warning: 0 };
  let omitted = 0;
  for (const finding of ranked) {
    if (emitted[finding.severity] >= ANNOTATIONS_PER_TYPE) {
      omitted++;
      continue;
    }
    emitted[finding.severity]++;
    const endLine = finding.endLine ?? finding.line;
    const props: core.AnnotationProperties = { title: finding.ruleId, file: finding.file, startLine: finding.line, endLine };
    // GitHub accepts columns only on single-line annotations.
    if (endLine === finding.line) {
      props.startColumn = finding.column;
      if (finding.endColumn !== undefined) props.endColumn = finding.endColumn;
    }
    const message = finding.suggestion ? `${finding.message} (${finding.suggestion})` : finding.message;
    (finding.severity === 'error' ? core.error : core.warning)(message, props);
  }
  if (omitted > 0) {
    core.notice(`${omitted} more finding${omitted === 1 ? '' : 's'} not annotated; see the job summary or SARIF`);
  }
  return omitted;
}

const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
