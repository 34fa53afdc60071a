// Reading a JSON request body against its shape. An absent body is `{}` (botocore sends none when no
// body member is set); violations inside a behavior are worded as the service words them.
import { invalid } from '../errors.js';
import type { Request } from '../request.js';
import { check, describeViolation, isObject, validationMessage, type Shape, type Violation } from './shapes.js';

const BEHAVIOR_PATH = /^behaviors\[(\d+)\](?:\.(.*))?$/;

/** `Behavior <name> is malformed. <detail>`: the one message format the service is known to use. */
export const malformed = (behaviorName: string, detail: string) => `Behavior ${behaviorName} is malformed. ${detail}`;

/** The detail of a violation inside a behavior, relative to the behavior. */
function behaviorDetail(v: Violation, relativePath: string): string {
  const leaf = relativePath.split('.').pop() ?? relativePath;
  if (v.range && typeof v.value === 'number') return `${leaf} ${v.value} should be in range[${v.range.min},${v.range.max}]`;
  return describeViolation({ ...v, path: relativePath });
}

function behaviorName(body: Record<string, unknown>, index: number): string {
  const behaviors = body.behaviors;
  const b = Array.isArray(behaviors) ? behaviors[index] : undefined;
  return isObject(b) && typeof b.name === 'string' ? b.name : `at index ${index}`;
}

/** Splits violations into per-behavior messages and the rest (type errors always count as "the rest"). */
export function describeViolations(body: Record<string, unknown>, violations: readonly Violation[]) {
  const behaviorMessages: string[] = [];
  const others: Violation[] = [];
  for (const v of violations) {
    // A bad behavior name cannot name its behavior: it is reported by path like any other member.
    const m = v.typeError ? null : BEHAVIOR_PATH.exec(v.path);
    if (m && m[2] && m[2] !== 'name') behaviorMessages.push(malformed(behaviorName(body, Number(m[1])), behaviorDetail(v, m[2])));
    else others.push(v);
  }
  return { behaviorMessages, others };
}

export function parseJson(request: Request): Record<string, unknown> {
  if (request.body.trim() === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch (e) {
    throw invalid(`Malformed JSON request body: ${(e as Error).message}`);
  }
  if (!isObject(json)) throw invalid('The request body must be a JSON object');
  return json;
}

/** Parses and checks the body; throws InvalidRequestException naming every field at fault. */
export function readBody<T>(request: Request, shape: Shape): T {
  const body = parseJson(request);
  const violations: Violation[] = [];
  const value = check(shape, body, '', violations);
  if (violations.length > 0) {
    const { behaviorMessages, others } = describeViolations(body, violations);
    throw invalid([...(others.length ? [validationMessage(others)] : []), ...behaviorMessages].join('; '));
  }
  return value as T;
}
