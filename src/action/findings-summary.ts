// All findings as a markdown table for the job summary (annotations are capped; this is not).
import path from 'node:path';
import type { Finding } from '../model/finding.js';

/** The job summary holds ~1 MiB per step; past this many rows the table says where the rest are. */
const MAX_ROWS = 2000;

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

export function lintCountsLine(findings: readonly Finding[]): string {
  const { errors, warnings } = countBySeverity(findings);
  return `Lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function findingsMarkdown(findings: readonly Finding[], { cwd, workspace }: { cwd: string; workspace: string }): string {
  const sorted = [...findings].sort(
    (a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const rows = sorted.slice(0, MAX_ROWS).map((f) => {
    const file = path.relative(workspace, path.resolve(cwd, f.file)).split(path.sep).join('/');
    const icon = f.severity === 'error' ? '❌ error' : '⚠️ warning';
    const message = f.suggestion ? `${f.message} (${f.suggestion})` : f.message;
    return `| ${icon} | \`${cell(f.ruleId)}\` | \`${cell(file)}:${f.line}:${f.column}\` | ${cell(message)} |`;
  });
  const more = sorted.length > MAX_ROWS ? `\n${sorted.length - MAX_ROWS} more findings not shown; see the SARIF file.\n` : '';
  return ['| Severity | Rule | Location | Message |', '|---|---|---|---|', ...rows].join('\n') + '\n' + more;
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
