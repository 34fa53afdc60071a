// Writes the generated, committed files from their TypeScript sources: schemas/*.schema.json
// (src/model/schemas) and docs/rules.md (src/lint/rules). Run by `node scripts/build.mjs --generate`
// (npm run generate); tests fail when the committed files are out of date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Imports a TypeScript module of src/ (bundled in memory). */
export async function importTs(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

export async function buildGenerated() {
  const written = [];
  const { SCHEMA_FILES } = await importTs('src/model/schemas/index.ts');
  mkdirSync('schemas', { recursive: true });
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(`schemas/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
    written.push(`schemas/${file}`);
  }
  const { rulesMarkdown, ALL_RULES } = await importTs('scripts/rules-doc-entry.ts');
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/rules.md', rulesMarkdown(ALL_RULES));
  written.push('docs/rules.md');
  return written;
}
