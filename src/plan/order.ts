// Execution order (design §3): custom metrics and dimensions (create, update, replace) → profiles
// (create, update, tags) → attach → detach → profile deletes → dimension / custom metric deletes.
// A replacement deletes before it creates, inside its own change.
import { targetKeyOfArn } from '../model/arn.js';
import { MAX_PROFILES_PER_TARGET } from '../model/constraints.js';
import type { LiveState } from '../model/live.js';
import type { ResourceKind } from '../model/types.js';
import type { Change } from './types.js';

const KIND_ORDER: Record<ResourceKind, number> = { CustomMetric: 0, Dimension: 1, SecurityProfile: 2 };

function step(c: Change, early: ReadonlySet<Change>): number {
  switch (c.action) {
    case 'create':
    case 'update':
    case 'replace':
      return c.kind === 'SecurityProfile' ? 1 : 0;
    case 'attach':
      return 3;
    case 'detach':
      return early.has(c) ? 2 : 4;
    case 'delete':
      return c.kind === 'SecurityProfile' ? 5 : 6;
  }
}

/**
 * Detaches that must run before the attaches: on a target that is full now, attaching first would
 * hit the 5-profiles limit even though the end state fits.
 */
function earlyDetaches(changes: readonly Change[], live: LiveState): Set<Change> {
  const keyOf = (c: Change) => targetKeyOfArn(c.target ?? '') ?? '';
  const attaches = new Map<string, number>();
  for (const c of changes) if (c.action === 'attach') attaches.set(keyOf(c), (attaches.get(keyOf(c)) ?? 0) + 1);
  return new Set(
    changes.filter((c) => {
      if (c.action !== 'detach') return false;
      const key = keyOf(c);
      return (live.profilesByTarget[key]?.length ?? 0) + (attaches.get(key) ?? 0) > MAX_PROFILES_PER_TARGET;
    }),
  );
}

export function orderChanges(changes: readonly Change[], live: LiveState): Change[] {
  const early = earlyDetaches(changes, live);
  const rank = (c: Change) => [step(c, early), KIND_ORDER[c.kind]] as const;
  return [...changes].sort((a, b) => {
    const [sa, ka] = rank(a);
    const [sb, kb] = rank(b);
    return sa - sb || ka - kb || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
  });
}
