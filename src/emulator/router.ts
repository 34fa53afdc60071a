// Matches a method and a raw path to a route, percent-decoding each path segment (a name's `:` may
// arrive raw or as %3A). Literal segments are compared before decoding so `%2F` never splits a label.
import { ApiError, invalid } from './errors.js';
import type { Route } from './request.js';

interface Compiled {
  route: Route;
  segments: { literal?: string; label?: string }[];
}

export interface Match {
  route: Route;
  labels: Record<string, string>;
}

function decode(segment: string, what: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalid(`Malformed percent-encoding in the ${what}: '${segment}'`);
  }
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.path
        .split('/')
        .slice(1)
        .map((s) => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s })),
    }));
  }

  /** The route for a request, or an UnknownOperationException. */
  match(method: string, rawPath: string): Match {
    const parts = rawPath.split('/').slice(1);
    for (const { route, segments } of this.compiled) {
      if (route.method !== method || segments.length !== parts.length) continue;
      const labels: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const seg = segments[i]!;
        const part = parts[i]!;
        if (seg.literal !== undefined) ok = seg.literal === part;
        else if (part === '') ok = false;
        else labels[seg.label!] = decode(part, `path label ${seg.label}`);
      }
      if (ok) return { route, labels };
    }
    throw new ApiError('UnknownOperationException', `No operation matches ${method} ${rawPath}`);
  }
}

/** Parses a raw query string strictly: malformed percent-encoding is an error, not passed through. */
export function parseQuery(raw: string): Map<string, string> {
  const query = new Map<string, string>();
  if (!raw) return query;
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq), 'query string');
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1), 'query string');
    if (!query.has(name)) query.set(name, value);
  }
  return query;
}
