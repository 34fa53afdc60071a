// Bundles the GitHub Action into ONE self-contained ESM file, committed as dist-action/index.js:
// the runner runs `node dist-action/index.js` with no node_modules (conventions §8.2).
// Usage: node scripts/build-action.mjs [OUTFILE]   (default dist-action/index.js; the check-dist
// test builds into a temp file and compares).
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { precompiledSchemasPlugin } from './precompile-schemas.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist-action/index.js'));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await build({
  absWorkingDir: root,
  entryPoints: ['src/action/index.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Runs on node24 in GitHub; node20 keeps it runnable on the local test machine too.
  target: 'node20',
  minify: true,
  // No source map: the bundle is committed, and a byte-for-byte check needs deterministic output.
  sourcemap: false,
  legalComments: 'eof',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  // The schema validators precompiled as in the CLI bundle: no ajv compile per run.
  plugins: [precompiledSchemasPlugin],
});
if (!process.argv[2]) console.log(`${path.relative(root, outfile)}: ${(statSync(outfile).size / 1024).toFixed(0)} KiB`);
