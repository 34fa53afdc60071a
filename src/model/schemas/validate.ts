// Compiles a schema with ajv and turns its errors into problems a person can act on: where (a path
// into the document, and whether the KEY is at fault), what is wrong, what is allowed, and the
// closest key or value for a typo. Callers map paths to file positions.
import { Ajv, type ErrorObject } from 'ajv';
import { closest } from '../suggest.js';
import type { Finding, SourceRange } from '../finding.js';
import { PATTERN_HINTS, type JsonSchema } from './defs.js';
import { PRECOMPILED } from './precompiled.js';

export type DocPath = readonly (string | number)[];

export interface SchemaProblem {
  path: DocPath;
  /** The problem is the key at `path` (unknown or malformed key), not its value. */
  atKey: boolean;
  message: string;
  suggestion?: string;
}

export type SchemaCheck = (data: unknown) => SchemaProblem[];

let ajv: Ajv | undefined;

/** One ajv instance per process: unicode patterns (TagKey uses \p{…}), every error, schemas in errors. */
function instance(): Ajv {
  ajv ??= new Ajv(AJV_OPTIONS);
  return ajv;
}

/** Options every validator is built with, at run time or ahead of time (scripts/precompile-schemas.mjs). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, unicodeRegExp: true, strict: true } as const;

/** A validator for `schema`, precompiled under `name` in the bundle, compiled at first use otherwise. */
export function compileSchema(schema: JsonSchema, name?: string): SchemaCheck {
  const validate = (name && PRECOMPILED?.[name]) || instance().compile(schema);
  return (data) => (validate(data) ? [] : problemsOf(validate.errors ?? [], data));
}

function problemsOf(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  // anyOf/oneOf/if report every failed branch; keep only the combinator's own error. propertyNames
  // repeats its sub-error without the key, so only the sub-error (which names the key) is kept.
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const kept = errors.filter(
    (e) => e.keyword !== 'if' && e.keyword !== 'propertyNames' && !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`)),
  );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of kept) {
    const problem = problemOf(error, data);
    const id = `${problem.path.join('/')}|${problem.atKey}|${problem.message}`;
    if (!seen.has(id)) problems.push(problem);
    seen.add(id);
  }
  return problems;
}

function pathOf(instancePath: string, data: unknown): DocPath {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

/** `behaviors[2].criteria` for messages; `the document` at the top. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

function actualType(v: unknown): string {
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return `the string ${show(v)}`;
  return `${typeof v} ${String(v)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
};

function typeHint(expected: string, value: unknown): string {
  if ((expected === 'integer' || expected === 'number') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return `; write ${value.trim()} without quotes`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return `; quote it: "${String(value)}"`;
  if (expected === 'integer' && typeof value === 'number') return '; whole numbers only';
  return '';
}

function problemOf(e: ErrorObject, data: unknown): SchemaProblem {
  const path = pathOf(e.instancePath, data);
  const where = describePath(path);
  const last = path.at(-1);
  const field = path.at(-2) === 'tags' ? `tag "${String(last)}"` : typeof last === 'string' ? last : where;
  const params = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as JsonSchema;
  if (e.propertyName !== undefined) {
    // propertyNames: the key itself is malformed (tags).
    const keyPath = [...path, e.propertyName];
    return { path: keyPath, atKey: true, message: `key ${show(e.propertyName)} in ${where} ${constraintText(e, e.propertyName)}` };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties as JsonSchema | undefined) ?? {});
      const suggestion = closest(key, allowed);
      const list = allowed.length ? ` (allowed: ${allowed.join(', ')})` : '';
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown key "${key}" in ${where}${list}`,
        ...(suggestion ? { suggestion: `did you mean "${suggestion}"?` } : {}),
      };
    }
    case 'required':
      return { path, atKey: path.length > 0, message: `${where} is missing the required key "${String(params.missingProperty)}"` };
    case 'type': {
      const expected = String(params.type);
      return { path, atKey: false, message: `${field} must be ${TYPE_NAMES[expected] ?? expected}, got ${actualType(e.data)}${typeHint(expected, e.data)}` };
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (e.schema as unknown[]) : [e.schema]).map(String);
      const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return {
        path,
        atKey: false,
        message: `${field} ${show(e.data)} is not allowed; use ${allowed.length > 1 ? 'one of ' : ''}${allowed.join(', ')}`,
        ...(suggestion ? { suggestion: `did you mean "${suggestion}"?` } : {}),
      };
    }
    default: {
      const subject = typeof e.data === 'object' && e.data !== null ? field : `${field} ${show(e.data)}`;
      return { path, atKey: false, message: `${subject} ${constraintText(e, e.data)}` };
    }
  }
}

/** The constraint an error reports, in words ("must be at most 128 characters"). */
function constraintText(e: ErrorObject, value: unknown): string {
  const p = e.params as Record<string, unknown>;
  const length = typeof value === 'string' ? ` (it has ${[...value].length})` : '';
  switch (e.keyword) {
    case 'pattern':
      return `is not allowed: use ${PATTERN_HINTS[String(p.pattern)] ?? `text matching ${String(p.pattern)}`}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters${length}`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters${length}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items (it has ${Array.isArray(value) ? value.length : '?'})`;
    case 'maxProperties':
      return `must have at most ${String(p.limit)} entries`;
    case 'uniqueItems':
      return `must not repeat items (items ${String(p.j)} and ${String(p.i)} are equal)`;
    default:
      return e.message ?? 'is not valid';
  }
}

export interface PathLocator {
  value(path: DocPath): SourceRange;
  key(path: DocPath): SourceRange;
}

/** A schema problem as a finding, pointing at the offending key or value in the file. */
export function problemFinding(problem: SchemaProblem, locate: PathLocator, ruleId: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: 'error',
    message: problem.message,
    ...(problem.atKey ? locate.key(problem.path) : locate.value(problem.path)),
    ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
    ...extra,
  };
}
