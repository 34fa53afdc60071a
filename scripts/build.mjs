// Bundles the CLI with esbuild: one ESM entry plus lazily imported chunks, so `lint`
// and `--version` never parse the AWS SDK (startup targets in issue #2).
import { build } from 'esbuild';
import { rmSync, chmodSync, readFileSync } from 'node:fs';
import { precompiledSchemasPlugin } from './precompile-schemas.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (ajv, deep-diff) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  plugins: [precompiledSchemasPlugin],
});
chmodSync('dist/cli.js', 0o755);

if (process.argv.includes('--generate')) {
  const { buildGenerated } = await import('./build-generated.mjs');
  console.log(`wrote ${(await buildGenerated()).join(', ')}`);
}
