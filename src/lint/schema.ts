// Validates each resource against its kind's JSON Schema (compiled once per process).
import { RESOURCE_SCHEMAS } from '../model/schemas/index.js';
import { compileSchema, problemFinding, type SchemaCheck } from '../model/schemas/validate.js';
import type { Finding } from '../model/finding.js';
import type { ResourceKind } from '../model/types.js';
import type { LoadedResource } from '../load/index.js';

export const SCHEMA_RULE = 'schema';

const checks = new Map<ResourceKind, SchemaCheck>();

export function schemaFindings(loaded: LoadedResource): Finding[] {
  const { kind, name } = loaded.resource;
  let check = checks.get(kind);
  if (!check) checks.set(kind, (check = compileSchema(RESOURCE_SCHEMAS[kind].schema, kind)));
  const locate = { value: loaded.locate, key: loaded.locateKey };
  return check(loaded.resource).map((p) => problemFinding(p, locate, SCHEMA_RULE, { kind, name }));
}
