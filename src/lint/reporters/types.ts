import type { ChalkInstance } from 'chalk';
import type { Finding } from '../../model/finding.js';
import type { RuleMeta } from '../rule.js';

export interface ReportContext {
  color: ChalkInstance;
  rules: readonly RuleMeta[];
  cwd: string;
  /** Tool version for machine formats (SARIF). */
  version?: string;
  /** Files read, for the summary of a clean run. */
  fileCount?: number;
}

/** Renders findings (sorted by file, line, column) as one string for stdout. */
export type Reporter = (findings: readonly Finding[], context: ReportContext) => string;

export function counts(findings: readonly Finding[]): { errorCount: number; warningCount: number } {
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { errorCount, warningCount: findings.length - errorCount };
}

export { plural } from '../../model/words.js';

/** Findings grouped by file, in first-seen order. */
export function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}
