// What the live reader must read for a plan: every resource the files name (so a create can be
// told from an update) and every target they attach to (for the 5-profiles-per-target check).
// Resources carrying the ownership tag are found by the reader itself (they may be in no file).
import { parseTarget } from '../model/arn.js';
import { sortedSet } from '../model/canonical.js';
import type { LiveSelection } from '../model/live.js';
import type { Resource } from '../model/types.js';

export function liveSelection(desired: Resource[], ownershipTag: { key: string; value: string }): LiveSelection {
  const names = { SecurityProfile: [] as string[], Dimension: [] as string[], CustomMetric: [] as string[] };
  const targets: string[] = [];
  for (const r of desired) {
    names[r.kind].push(r.name);
    if (r.kind === 'SecurityProfile') {
      for (const t of r.targets ?? []) {
        const key = parseTarget(t)?.key;
        if (key) targets.push(key);
      }
    }
  }
  return {
    profiles: sortedSet(names.SecurityProfile),
    dimensions: sortedSet(names.Dimension),
    customMetrics: sortedSet(names.CustomMetric),
    targets: sortedSet(targets),
    ownershipTag: { ...ownershipTag },
  };
}
