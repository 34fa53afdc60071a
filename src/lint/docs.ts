// Renders docs/rules.md from the rule files (npm run generate; a test keeps the file current).
import type { Rule } from './rule.js';

const fence = (lang: string, text: string): string => `\`\`\`${lang}\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\``;

function section(rule: Rule): string {
  const { docs } = rule;
  const example = (label: string, text: string) => (docs.format === 'text' ? `**${label}:** ${text}` : `**${label}:**\n\n${fence('yaml', text)}`);
  return [
    `## ${rule.id}`,
    `${rule.description}. Default severity: **${rule.severity}**.`,
    ...(docs.details ? [docs.details] : []),
    ...(docs.config ? [`With this \`defender-gitops.yaml\`:\n\n${fence('yaml', docs.config)}`] : []),
    example('Failing', docs.failing),
    example('Passing', docs.passing),
  ].join('\n\n');
}

export function rulesMarkdown(rules: readonly Rule[]): string {
  const table = rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.description} |`).join('\n');
  return `<!-- Generated from src/lint/rules/*.ts by \`npm run generate\`; do not edit by hand. -->
# Lint rules

\`defender-gitops lint\` reports every problem as a finding with a rule id. Change a rule's severity,
or turn it off, in \`defender-gitops.yaml\`:

${fence('yaml', 'rules:\n  duration-seconds: error     # error | warning | off\n  empty-file: off\n')}

In the failing examples, \`# ✗\` marks the line the finding points at.

| Rule | Default | What it checks |
|---|---|---|
${table}

${rules.map(section).join('\n\n')}
`;
}
