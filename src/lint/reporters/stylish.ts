// Human output (ESLint/Spectral stylish): grouped by file, `line:col  severity  message  rule-id`, a summary line.
import { byFile, counts, plural, type Reporter } from './types.js';

export const stylish: Reporter = (findings, { color, fileCount }) => {
  const { errorCount, warningCount } = counts(findings);
  if (findings.length === 0) {
    return `${color.green('✔')} no problems${fileCount === undefined ? '' : ` in ${plural(fileCount, 'file')}`}\n`;
  }
  const lines: string[] = [];
  for (const [file, group] of byFile(findings)) {
    lines.push(color.underline(file));
    const width = Math.max(...group.map((f) => `${f.line}:${f.column}`.length));
    for (const f of group) {
      const where = color.dim(`${f.line}:${f.column}`.padEnd(width));
      const severity = f.severity === 'error' ? color.red('error  ') : color.yellow('warning');
      const hint = f.suggestion ? ` (${f.suggestion})` : '';
      lines.push(`  ${where}  ${severity}  ${f.message}${hint}  ${color.dim(f.ruleId)}`);
    }
    lines.push('');
  }
  const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')})`;
  lines.push(errorCount ? color.red.bold(summary) : color.yellow.bold(summary));
  return `${lines.join('\n')}\n`;
};
