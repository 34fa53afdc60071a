// Generates src/model/schemas/precompiled.ts for the bundle: ajv standalone validators for every
// schema lint and the config loader compile, so a CLI run does not compile them (~1/3 of
// `lint profiles`). The same ajv options as at run time (validate.ts AJV_OPTIONS).
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { importTs } from './build-generated.mjs';

export async function precompiledValidatorsModule() {
  const { RESOURCE_SCHEMAS, CONFIG_SCHEMA, AJV_OPTIONS } = await importTs('scripts/schemas-entry.ts');
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const names = {};
  for (const [kind, { schema }] of Object.entries(RESOURCE_SCHEMAS)) names[kind] = ajv.addSchema(schema, kind) && kind;
  names.Config = ajv.addSchema(CONFIG_SCHEMA, 'Config') && 'Config';
  const code = standalone.default(ajv, names);
  return `${code}\nexport const PRECOMPILED = { ${Object.keys(names).join(', ')} };\n`;
}

/** esbuild plugin: swaps the placeholder module for the generated validators. */
export const precompiledSchemasPlugin = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onLoad({ filter: /src[\\/]model[\\/]schemas[\\/]precompiled\.ts$/ }, async () => ({
      contents: await precompiledValidatorsModule(),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
