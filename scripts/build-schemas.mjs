// Writes schemas/*.schema.json from src/model/schemas (the TypeScript source of truth).
// Run by `node scripts/build.mjs --schemas` (npm run schemas); test/lint/schemas.test.ts checks they are current.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

export async function buildSchemas(outDir = 'schemas') {
  const { outputFiles } = await build({
    entryPoints: ['src/model/schemas/index.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const source = outputFiles[0].text;
  const { SCHEMA_FILES } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  mkdirSync(outDir, { recursive: true });
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(`${outDir}/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return Object.keys(SCHEMA_FILES);
}
