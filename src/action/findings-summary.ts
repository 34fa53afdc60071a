// All findings as a markdown table for the job summary (annotations are capped; this is not).
import type { Finding } from '../model/finding.js';
import { counts, plural } from '../lint/reporters/types.js';

/** The job summary holds ~1 MiB per step; past this many rows the table says where the rest are. */
const MAX_ROWS = 2000;

export function lintCountsLine(findings: readonly Finding[]): string {
  const { errorCount, warningCount } = counts(findings);
  return `Lint: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}`;
}

/** Findings (repository-relative paths) as a table, errors first. */
export function findingsMarkdown(findings: readonly Finding[]): string {
  const sorted = [...findings].sort(
    (a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const rows = sorted.slice(0, MAX_ROWS).map((f) => {
    const icon = f.severity === 'error' ? '❌ error' : '⚠️ warning';
    const message = f.suggestion ? `${f.message} (${f.suggestion})` : f.message;
    return `| ${icon} | \`${cell(f.ruleId)}\` | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(message)} |`;
  });
  const more = sorted.length > MAX_ROWS ? `\n${sorted.length - MAX_ROWS} more findings not shown; see the SARIF file.\n` : '';
  return ['| Severity | Rule | Location | Message |', '|---|---|---|---|', ...rows].join('\n') + '\n' + more;
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
