// GitHub workflow commands: one annotation per finding, grouped per file (yamllint's github format).
import { byFile, type Reporter } from './types.js';

// Workflow-command escaping (actions/toolkit command.ts): data escapes %, CR, LF; properties also : and ,.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = (findings) => {
  const lines: string[] = [];
  for (const [file, group] of byFile(findings)) {
    lines.push(`::group::${escapeData(file)}`);
    for (const f of group) {
      const props = [
        `title=${escapeProperty(f.ruleId)}`,
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        ...(f.endLine !== undefined ? [`endLine=${f.endLine}`] : []),
        `col=${f.column}`,
        ...(f.endColumn !== undefined && f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
      ].join(',');
      const hint = f.suggestion ? ` (${f.suggestion})` : '';
      lines.push(`::${f.severity} ${props}::${escapeData(`${f.message}${hint}`)}`);
    }
    lines.push('::endgroup::');
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
