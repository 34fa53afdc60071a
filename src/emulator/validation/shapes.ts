// A small shape checker for request members: JSON type, then the model's constraints (length, pattern,
// enum, range, list size). It collects every violation with its member path so the error names the field,
// and returns the value with unmodeled members dropped (the service ignores them, Describe never echoes them).

export type Shape =
  | { type: 'string'; min?: number; max?: number; pattern?: string; flags?: string; enum?: readonly string[] }
  | { type: 'long'; min?: number; max?: number }
  | { type: 'double' }
  | { type: 'boolean' }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'map'; key: Shape; value: Shape }
  | { type: 'struct'; members: Record<string, Shape>; required?: readonly string[] };

export interface Violation {
  /** Member path, e.g. `behaviors[2].criteria.value.count`. */
  path: string;
  /** The constraint broken, in the words AWS front ends use ("Member must …"). */
  constraint: string;
  /** The offending value, for the message; undefined for a missing member. */
  value?: unknown;
  /** A wrong JSON type (a serialization problem) rather than a broken constraint. */
  typeError?: boolean;
  /** Set for integer ranges, which ValidateSecurityProfileBehaviors words as `<field> <v> should be in range[a,b]`. */
  range?: { min: number; max: number };
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`;
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = new RegExp(pattern, flags)));
  return re;
}

/** The pattern as the model prints it (AWS messages show it without anchors). */
export const patternText = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '');

const join = (path: string, member: string) => (path ? `${path}.${member}` : member);

/** Checks `value` against `shape`; pushes violations and returns the cleaned value. */
export function check(shape: Shape, value: unknown, path: string, out: Violation[]): unknown {
  const typeError = (expected: string) => {
    out.push({ path, constraint: `Member must be ${expected}`, value, typeError: true });
    return undefined;
  };
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return typeError('a string');
      const len = [...value].length;
      if (shape.min !== undefined && len < shape.min)
        out.push({ path, value, constraint: `Member must have length greater than or equal to ${shape.min}` });
      if (shape.max !== undefined && len > shape.max)
        out.push({ path, value, constraint: `Member must have length less than or equal to ${shape.max}` });
      if (shape.pattern && !regex(shape.pattern, shape.flags).test(value))
        out.push({ path, value, constraint: `Member must satisfy regular expression pattern: ${patternText(shape.pattern)}` });
      if (shape.enum && !shape.enum.includes(value))
        out.push({ path, value, constraint: `Member must satisfy enum value set: [${shape.enum.join(', ')}]` });
      return value;
    }
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return typeError('an integer');
      const range = shape.min !== undefined && shape.max !== undefined ? { min: shape.min, max: shape.max } : undefined;
      if (shape.min !== undefined && value < shape.min)
        out.push({ path, value, range, constraint: `Member must have value greater than or equal to ${shape.min}` });
      if (shape.max !== undefined && value > shape.max)
        out.push({ path, value, range, constraint: `Member must have value less than or equal to ${shape.max}` });
      return value;
    }
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? value : typeError('a number');
    case 'boolean':
      return typeof value === 'boolean' ? value : typeError('a boolean');
    case 'list': {
      if (!Array.isArray(value)) return typeError('a list');
      if (shape.min !== undefined && value.length < shape.min)
        out.push({ path, value, constraint: `Member must have length greater than or equal to ${shape.min}` });
      if (shape.max !== undefined && value.length > shape.max)
        out.push({ path, value, constraint: `Member must have length less than or equal to ${shape.max}` });
      return value.map((item, i) => check(shape.member, item, `${path}[${i}]`, out));
    }
    case 'map': {
      if (!isObject(value)) return typeError('a map');
      // fromEntries defines own properties, so a `__proto__` key stays a plain key.
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          check(shape.key, k, `${path}.key`, out);
          return [k, check(shape.value, v, join(path, k), out)];
        }),
      );
    }
    case 'struct': {
      if (!isObject(value)) return typeError('a structure');
      const result: Record<string, unknown> = {};
      for (const name of shape.required ?? [])
        if (value[name] === undefined || value[name] === null)
          out.push({ path: join(path, name), constraint: 'Member must not be null' });
      for (const [name, member] of Object.entries(shape.members)) {
        const v = value[name];
        if (v !== undefined && v !== null) result[name] = check(member, v, join(path, name), out);
      }
      return result;
    }
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** One violation in the wording of AWS front ends: `Value 'x' at 'path' failed to satisfy constraint: …`. */
export function describeViolation(v: Violation): string {
  const value = v.value === undefined ? 'null' : `'${show(v.value)}'`;
  return `Value ${value} at '${v.path}' failed to satisfy constraint: ${v.constraint}`;
}

/** The message of an InvalidRequestException for several violations. */
export function validationMessage(violations: readonly Violation[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.map(describeViolation).join('; ')}`;
}
