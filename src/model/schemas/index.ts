// The JSON Schemas of the file format and of defender-gitops.yaml. `schemas/*.schema.json` are
// generated from these (scripts/build.mjs); editors use the committed files, lint compiles these.
import type { ResourceKind } from '../types.js';
import { RESOURCE_KINDS } from '../types.js';
import { DEFS, type JsonSchema } from './defs.js';
import { CONFIG_SCHEMA } from './config.js';

export { DEFS, PATTERN_HINTS, type JsonSchema } from './defs.js';
export { CONFIG_SCHEMA } from './config.js';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const BASE = 'https://github.com/defender-gitops/defender-gitops/raw/main/schemas/';

const resourceSchema = (file: string, kind: ResourceKind): JsonSchema => ({
  $schema: DRAFT,
  $id: `${BASE}${file}`,
  title: `defender-gitops ${kind}`,
  ...DEFS[kind],
  $defs: DEFS,
});

/** Schema file name (under schemas/) → schema, per resource kind. */
export const RESOURCE_SCHEMAS: Readonly<Record<ResourceKind, { file: string; schema: JsonSchema }>> = {
  SecurityProfile: { file: 'security-profile.schema.json', schema: resourceSchema('security-profile.schema.json', 'SecurityProfile') },
  Dimension: { file: 'dimension.schema.json', schema: resourceSchema('dimension.schema.json', 'Dimension') },
  CustomMetric: { file: 'custom-metric.schema.json', schema: resourceSchema('custom-metric.schema.json', 'CustomMetric') },
};

/** Any document of the file format, chosen by `kind`: the schema to point editors at. */
export const ANY_RESOURCE_SCHEMA: JsonSchema = {
  $schema: DRAFT,
  $id: `${BASE}defender-gitops.schema.json`,
  title: 'defender-gitops resource (SecurityProfile, Dimension or CustomMetric)',
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: [...RESOURCE_KINDS] } },
  allOf: RESOURCE_KINDS.map((kind) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: `#/$defs/${kind}` },
  })),
  $defs: DEFS,
};

/** Every committed schema file, by file name. */
export const SCHEMA_FILES: Readonly<Record<string, JsonSchema>> = {
  ...Object.fromEntries(Object.values(RESOURCE_SCHEMAS).map(({ file, schema }) => [file, schema])),
  'defender-gitops.schema.json': ANY_RESOURCE_SCHEMA,
  'config.schema.json': { $schema: DRAFT, $id: `${BASE}config.schema.json`, ...CONFIG_SCHEMA },
};
