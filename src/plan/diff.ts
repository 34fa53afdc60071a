// Field-level diff of two canonical resources (deep-diff), as DiffEntry paths a reviewer can read:
// `behaviors[auth].criteria.value.count`, `tags.team`, `stringValues`. Sets are compared whole:
// canonical sets are sorted, so an element-level index would only say "something moved".
import deepDiff from 'deep-diff';
import type { DiffEntry } from './types.js';

/** Top-level members keyed by an identity (behavior name, metric to retain): shown as `member[key]`. */
const KEYED_MEMBERS = new Set(['behaviors', 'additionalMetricsToRetainV2']);
/** Members that identify a resource rather than describe it. */
const IDENTITY_MEMBERS = new Set(['name']);

type Obj = Record<string, unknown>;

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  path.forEach((segment, i) => {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (i === 1 && KEYED_MEMBERS.has(String(path[0]))) out += `[${segment}]`;
    else out += i === 0 ? segment : `.${segment}`;
  });
  return out;
}

function valueAt(o: unknown, path: readonly (string | number)[]): unknown {
  let v = o;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Obj)[segment as string];
  }
  return v;
}

/** A diff entry; a side that is absent (undefined, or null for an unset structure) is left out. */
function entry(path: string, from: unknown, to: unknown): DiffEntry {
  const e: DiffEntry = { path };
  if (from !== undefined && from !== null) e.from = from;
  if (to !== undefined && to !== null) e.to = to;
  return e;
}

/** The changes from `live` to `desired`, in a stable order (by path). */
export function diffCanonical(live: object, desired: object): DiffEntry[] {
  const raw = deepDiff.diff<object, object>(live, desired, (path, key) => path.length === 0 && IDENTITY_MEMBERS.has(key)) ?? [];
  const byPath = new Map<string, DiffEntry>();
  for (const d of raw) {
    let path = (d.path ?? []) as (string | number)[];
    // Anything inside an array is a set change: report the whole set.
    const arrayAt = path.findIndex((_, i) => Array.isArray(valueAt(live, path.slice(0, i))) || Array.isArray(valueAt(desired, path.slice(0, i))));
    if (arrayAt > 0) path = path.slice(0, arrayAt);
    const formatted = formatPath(path);
    if (!byPath.has(formatted)) byPath.set(formatted, entry(formatted, valueAt(live, path), valueAt(desired, path)));
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Everything a new resource sets, one entry per top-level member (per item for keyed members and tags). */
export function creationDiff(desired: object): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const [key, value] of Object.entries(desired)) {
    if (IDENTITY_MEMBERS.has(key) || isEmpty(value)) continue;
    if (KEYED_MEMBERS.has(key) || key === 'tags') {
      for (const [k, v] of Object.entries(value as Obj)) out.push(entry(formatPath([key, k]), undefined, v));
    } else out.push(entry(key, undefined, value));
  }
  return out;
}

export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Set top-level members (besides the name) the diff does not touch: the "unchanged attributes hidden" count. */
export function unchangedMembers(desired: object, diff: readonly DiffEntry[]): number {
  const touched = new Set(diff.map((d) => d.path.split(/[.[]/, 1)[0]));
  return Object.entries(desired).filter(([k, v]) => !IDENTITY_MEMBERS.has(k) && !touched.has(k) && !isEmpty(v)).length;
}

/** Keys of a keyed member present on both sides and untouched by the diff ("unchanged behaviors hidden"). */
export function unchangedKeyed(member: string, live: object, desired: object, diff: readonly DiffEntry[]): number {
  const before = ((live as Obj)[member] ?? {}) as Obj;
  const after = ((desired as Obj)[member] ?? {}) as Obj;
  const touched = new Set(diff.filter((d) => d.path === member || d.path.startsWith(`${member}[`)).map((d) => (d.path === member ? '*' : d.path.slice(member.length + 1).split(']', 1)[0])));
  if (touched.has('*')) return 0;
  return Object.keys(after).filter((k) => k in before && !touched.has(k)).length;
}
