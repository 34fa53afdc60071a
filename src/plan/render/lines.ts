// What the text and markdown renderers share: symbols, wording, value formatting, the summary
// line, and each change's field-level diff as signed lines (deep-diff kinds: N → +, D → -, E → ~).
import { withoutDefaults } from '../../model/canonical.js';
import { plural } from '../../model/words.js';
import type { Change, DiffEntry, Plan, PlanSummary } from '../types.js';

export type Sign = '+' | '-' | '~' | '-/+' | ' ';

export interface DiffLine {
  sign: Sign;
  /** Nesting below the resource's attribute level. */
  depth: number;
  text: string;
}

export const SYMBOL: Record<Change['action'], Sign> = {
  create: '+',
  update: '~',
  delete: '-',
  replace: '-/+',
  attach: '+',
  detach: '-',
};

const LEGEND: Record<Change['action'], string> = {
  create: '+ create',
  update: '~ update in-place',
  delete: '- delete',
  replace: '-/+ replace (delete, then create)',
  attach: '+ attach',
  detach: '- detach',
};

const HEADER: Record<Change['action'], string> = {
  create: 'will be created',
  update: 'will be updated in-place',
  delete: 'will be DELETED',
  replace: 'must be replaced',
  attach: 'will be attached',
  detach: 'will be detached',
};

/** The legend entries of the actions this plan uses, in a fixed order. */
export function legend(plan: Plan): string[] {
  const used = new Set(plan.changes.map((c) => c.action));
  return (Object.keys(LEGEND) as Change['action'][]).filter((a) => used.has(a)).map((a) => LEGEND[a]);
}

export function header(c: Change): string {
  return `${c.address} ${HEADER[c.action]}`;
}

/** `security_profile "a"`, the block opener of a resource change. */
export function blockName(c: Change): string {
  return `${c.address.split('.', 1)[0]} "${c.name}"`;
}

export function summaryLine(s: PlanSummary): string {
  return `Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.attach} to attach, ${s.detach} to detach.`;
}

export const NO_CHANGES = 'No changes. Live state matches the repository.';

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0;
}

/** Scalars as JSON; objects inline as `{ key = value, … }`; arrays as `[a, b]`. */
export function formatValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${k} = ${formatValue(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

const INLINE_MAX = 100;

function trimmed(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const { name: _name, ...rest } = withoutDefaults(v as Record<string, unknown>);
  return rest;
}

function entryLines(e: DiffEntry): DiffLine[] {
  const { from, to } = e;
  if (Array.isArray(from) || Array.isArray(to)) {
    // A set: show what joins and what leaves, count what stays.
    const before = (from as unknown[] | undefined) ?? [];
    const after = (to as unknown[] | undefined) ?? [];
    const key = (x: unknown) => JSON.stringify(x);
    const was = new Set(before.map(key));
    const will = new Set(after.map(key));
    const lines: DiffLine[] = [{ sign: from === undefined ? '+' : to === undefined ? '-' : '~', depth: 0, text: `${e.path} = [` }];
    for (const x of after) if (!was.has(key(x))) lines.push({ sign: '+', depth: 1, text: `${formatValue(x)},` });
    for (const x of before) if (!will.has(key(x))) lines.push({ sign: '-', depth: 1, text: `${formatValue(x)},` });
    const kept = after.filter((x) => was.has(key(x))).length;
    if (kept > 0) lines.push({ sign: ' ', depth: 1, text: `# (${kept} unchanged element${kept === 1 ? '' : 's'} hidden)` });
    lines.push({ sign: ' ', depth: 0, text: ']' });
    return lines;
  }
  const sign: Sign = from === undefined ? '+' : to === undefined ? '-' : '~';
  // Added or removed objects read like the file: no restated defaults, no repeated name.
  const value = trimmed(sign === '+' ? to : from);
  if (sign === '~') return [{ sign, depth: 0, text: `${e.path} = ${formatValue(from)} -> ${formatValue(to)}` }];
  const inline = formatValue(value);
  if (inline.length <= INLINE_MAX || value === null || typeof value !== 'object') return [{ sign, depth: 0, text: `${e.path} = ${inline}` }];
  // A large object (a whole behavior): one member per line.
  return [
    { sign, depth: 0, text: `${e.path} = {` },
    ...Object.entries(value).map(([k, x]): DiffLine => ({ sign, depth: 1, text: `${k} = ${formatValue(x)}` })),
    { sign: ' ', depth: 0, text: '}' },
  ];
}

/** The attribute-level lines of a create, update or replace, with the hidden-unchanged notes. */
export function diffLines(c: Change): DiffLine[] {
  const lines = c.diff.flatMap(entryLines);
  if (c.action === 'replace') {
    for (const l of lines) if (l.depth === 0 && l.sign === '~' && c.reason?.includes(`${l.text.split(' ', 1)[0]} cannot change`)) l.text += ' # forces replacement';
  }
  if (c.unchangedBehaviors) lines.push({ sign: ' ', depth: 0, text: `# (${plural(c.unchangedBehaviors, 'unchanged behavior')} hidden)` });
  if (c.unchanged) lines.push({ sign: ' ', depth: 0, text: `# (${plural(c.unchanged, 'unchanged attribute')} hidden)` });
  return lines;
}

/** The API calls of a change in one line: `UpdateSecurityProfile (expectedVersion 3), TagResource`. */
export function callsLine(c: Change): string {
  return c.requests
    .map((r) => (r.input.expectedVersion !== undefined ? `${r.operation} (expectedVersion ${String(r.input.expectedVersion)})` : r.operation))
    .join(', ');
}

/** The destructive changes a reviewer must not miss, one phrase each. */
export function destructivePhrases(plan: Plan): string[] {
  return plan.changes.flatMap((c) => {
    const why = c.reason ? ` (${c.reason})` : '';
    if (c.action === 'delete') return [`**deletes** \`${c.address}\`${why}`];
    if (c.action === 'replace') return [`**replaces** \`${c.address}\`${why}`];
    if (c.action === 'detach') return [`**detaches** \`${c.name}\` from \`${c.address.split('→')[1]}\``];
    return [];
  });
}
