// SARIF 2.1.0 for GitHub code scanning (conventions §10.4): every rule with its help, results with
// repository-relative locations.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../model/finding.js';
import type { Reporter } from './types.js';

const pascal = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function location(f: Finding) {
  const artifactLocation = isAbsolute(f.file)
    ? { uri: pathToFileURL(f.file).href }
    : { uri: encodeURI(f.file.split('\\').join('/')), uriBaseId: '%SRCROOT%' };
  const region: Record<string, number> = { startLine: f.line, startColumn: f.column };
  if (f.endLine !== undefined && f.endColumn !== undefined && (f.endLine > f.line || f.endColumn > f.column)) {
    region.endLine = f.endLine;
    region.endColumn = f.endColumn;
  }
  return { physicalLocation: { artifactLocation, region } };
}

export const sarif: Reporter = (findings, { rules, cwd, version }) => {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'defender-gitops',
            ...(version ? { version } : {}),
            informationUri: 'https://github.com/defender-gitops/defender-gitops',
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: { text: `${r.description}. See ${r.docsUrl}`, markdown: `${r.description}. [Rule documentation](${r.docsUrl})` },
              helpUri: r.docsUrl,
              defaultConfiguration: { level: r.severity },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: f.severity,
          message: { text: f.suggestion ? `${f.message} (${f.suggestion})` : f.message },
          locations: [location(f)],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
