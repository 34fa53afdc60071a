// Findings as workflow annotations on the YAML lines (conventions §8.5). GitHub shows at most 10
// per type per step and drops the rest silently, so we choose which 10: errors first, then files
// the pull request touches, then file order; the rest are counted in one notice.
import * as core from '@actions/core';
import path from 'node:path';
import type { Finding } from '../model/finding.js';

export const ANNOTATIONS_PER_TYPE = 10;

export interface AnnotateOptions {
  /** Directory the findings' file paths are relative to. */
  cwd: string;
  /** Repository root (GITHUB_WORKSPACE): annotation paths must be relative to it to land on the diff. */
  workspace: string;
  /** Files changed by the pull request (repository-relative), ranked first. */
  changed?: Set<string>;
}

/** Emits the annotations; returns how many findings were left out. */
export function annotate(findings: readonly Finding[], { cwd, workspace, changed = new Set() }: AnnotateOptions): number {
  const repoPath = (file: string) => path.relative(workspace, path.resolve(cwd, file)).split(path.sep).join('/');
  const ranked = findings
    .map((finding) => ({ finding, file: repoPath(finding.file) }))
    .sort(
      (a, b) =>
        rank(a.finding) - rank(b.finding) ||
        Number(changed.has(b.file)) - Number(changed.has(a.file)) ||
        a.file.localeCompare(b.file) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column,
    );
  const emitted = { error: 0, warning: 0 };
  let omitted = 0;
  for (const { finding, file } of ranked) {
    if (emitted[finding.severity] >= ANNOTATIONS_PER_TYPE) {
      omitted++;
      continue;
    }
    emitted[finding.severity]++;
    const endLine = finding.endLine ?? finding.line;
    const props: core.AnnotationProperties = { title: finding.ruleId, file, startLine: finding.line, endLine };
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
