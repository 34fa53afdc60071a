// The words of apply's progress lines (conventions §4.4): `addr: Creating...`,
// `addr: Creation complete after 1s [arn=…]`, heartbeats, and the run summary.
import type { ChangeAction } from '../plan/types.js';

const VERBS: Record<ChangeAction, { start: string; done: string; failed: string; still: string }> = {
  create: { start: 'Creating...', done: 'Creation complete', failed: 'Creation failed', still: 'Still creating...' },
  update: { start: 'Modifying...', done: 'Modifications complete', failed: 'Modification failed', still: 'Still modifying...' },
  delete: { start: 'Destroying...', done: 'Destruction complete', failed: 'Destruction failed', still: 'Still destroying...' },
  replace: { start: 'Replacing...', done: 'Replacement complete', failed: 'Replacement failed', still: 'Still replacing...' },
  attach: { start: 'Attaching...', done: 'Attach complete', failed: 'Attach failed', still: 'Still attaching...' },
  detach: { start: 'Detaching...', done: 'Detach complete', failed: 'Detach failed', still: 'Still detaching...' },
};

export function elapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}m${String(s % 60).padStart(2, '0')}s`;
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`;
const bracket = (detail?: string): string => (detail ? ` [${detail}]` : '');

export const startLine = (address: string, action: ChangeAction, detail?: string): string => `${address}: ${VERBS[action].start}${bracket(detail)}`;
export const doneLine = (address: string, action: ChangeAction, ms: number, detail?: string): string =>
  `${address}: ${VERBS[action].done} after ${seconds(ms)}${bracket(detail)}`;
export const failedLine = (address: string, action: ChangeAction, ms: number, error: string): string =>
  `${address}: ${VERBS[action].failed} after ${seconds(ms)}: ${error}`;
export const stillLine = (address: string, action: ChangeAction, ms: number): string => `${address}: ${VERBS[action].still} [${elapsed(ms)} elapsed]`;

export interface ApplyCounts {
  created: number;
  updated: number;
  deleted: number;
  attached: number;
  detached: number;
}

export function countsLine(c: ApplyCounts): string {
  return `${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.attached} attached, ${c.detached} detached`;
}
