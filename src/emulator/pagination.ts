// List pagination: results ordered by key; the opaque nextToken carries the last key returned, so a page
// stays correct when items are added or removed between calls.
import { MAX_RESULTS } from '../model/constraints.js';
import { invalid } from './errors.js';
import { queryLong, queryString, type Request } from './request.js';

/** Page size when maxResults is absent (the service does not document one). */
export const DEFAULT_PAGE_SIZE = 25;
const TOKEN_PREFIX = 'dgo1:';

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export function encodeToken(lastKey: string): string {
  return Buffer.from(TOKEN_PREFIX + lastKey, 'utf8').toString('base64url');
}

function decodeToken(token: string): string {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith(TOKEN_PREFIX) || encodeToken(text.slice(TOKEN_PREFIX.length)) !== token)
    throw invalid(`The nextToken '${token}' is invalid: pass a nextToken from a previous response unchanged`);
  return text.slice(TOKEN_PREFIX.length);
}

/** Pages `items` per the request's maxResults / nextToken. `withMaxResults` false for ListTagsForResource. */
export function paginate<T>(request: Request, items: Iterable<T>, key: (item: T) => string, withMaxResults = true): Page<T> {
  const size = (withMaxResults ? queryLong(request, 'maxResults', MAX_RESULTS.min, MAX_RESULTS.max) : undefined) ?? DEFAULT_PAGE_SIZE;
  const token = queryString(request, 'nextToken');
  const after = token === undefined ? undefined : decodeToken(token);
  const sorted = [...items].map((item) => ({ item, key: key(item) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((e) => e.key > after);
  const page = rest.slice(0, size);
  const last = page[page.length - 1];
  return { items: page.map((e) => e.item), nextToken: rest.length > size && last ? encodeToken(last.key) : undefined };
}
