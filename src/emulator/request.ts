// What a route handler receives and returns, and helpers reading query members with the model's rules.
import type { IncomingHttpHeaders } from 'node:http';
import { invalid } from './errors.js';
import type { Context } from './store.js';
import { check, validationMessage, type Shape, type Violation } from './validation/shapes.js';

export interface Request {
  method: string;
  /** Percent-decoded path labels, by the name in the route's URI. */
  labels: Record<string, string>;
  /** Percent-decoded query members; the first occurrence wins. */
  query: ReadonlyMap<string, string>;
  /** The raw request body ('' when none was sent). */
  body: string;
  headers: IncomingHttpHeaders;
}

/** A non-JSON answer (STS speaks XML). */
export class RawOutput {
  constructor(
    readonly contentType: string,
    readonly text: string,
    readonly status = 200,
  ) {}
}

export type Output = Record<string, unknown> | RawOutput;

export interface Route {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The model's URI, labels in braces: `/security-profiles/{securityProfileName}/targets`. */
  path: string;
  /** Whether a success changes state (and so is persisted). */
  mutates: boolean;
  handle(request: Request, context: Context): Output;
}

/** Throws the InvalidRequestException for collected violations, if any. */
export function throwIfInvalid(violations: readonly Violation[]): void {
  if (violations.length > 0) throw invalid(validationMessage(violations));
}

/** Checks one path label against its shape. */
export function label(request: Request, name: string, shape: Shape): string {
  const out: Violation[] = [];
  check(shape, request.labels[name], name, out);
  throwIfInvalid(out);
  return request.labels[name]!;
}

export function queryString(request: Request, name: string, shape: Shape = { type: 'string' }): string | undefined {
  const value = request.query.get(name);
  if (value === undefined) return undefined;
  const out: Violation[] = [];
  check(shape, value, name, out);
  throwIfInvalid(out);
  return value;
}

export function requiredQuery(request: Request, name: string, shape: Shape = { type: 'string' }): string {
  const value = queryString(request, name, shape);
  if (value === undefined)
    throw invalid(validationMessage([{ path: name, constraint: 'Member must not be null' }]));
  return value;
}

export function queryLong(request: Request, name: string, min?: number, max?: number): number | undefined {
  const text = request.query.get(name);
  if (text === undefined) return undefined;
  if (!/^-?\d{1,18}$/.test(text)) throw invalid(`Value '${text}' at '${name}' must be an integer`);
  const out: Violation[] = [];
  check({ type: 'long', min, max }, Number(text), name, out);
  throwIfInvalid(out);
  return Number(text);
}

export function queryBoolean(request: Request, name: string): boolean | undefined {
  const text = request.query.get(name);
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw invalid(`Value '${text}' at '${name}' must be true or false`);
  return text === 'true';
}
