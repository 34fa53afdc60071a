// Machine output (design §4): one JSON document with counts and every finding.
import { counts, type Reporter } from './types.js';

export const json: Reporter = (findings, { rules }) => {
  const docs = new Map(rules.map((r) => [r.id, r.docsUrl]));
  return `${JSON.stringify(
    {
      ...counts(findings),
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.name ? { name: f.name } : {}),
        ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        ...(docs.has(f.ruleId) ? { docsUrl: docs.get(f.ruleId) } : {}),
      })),
    },
    null,
    2,
  )}\n`;
};
