// Entry point for scripts/precompile-schemas.mjs: the schemas and ajv options to precompile.
export { RESOURCE_SCHEMAS, CONFIG_SCHEMA } from '../src/model/schemas/index.js';
export { AJV_OPTIONS } from '../src/model/schemas/validate.js';
