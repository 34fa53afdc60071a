// What each touched resource looked like when the plan was computed (design §3): `apply`
// re-reads these and refuses to run when one moved. `null` means it did not exist.
import { compareStrings, sortedSet } from '../model/canonical.js';
import type { LiveState } from '../model/live.js';
import type { Tags } from '../model/types.js';
import type { Change, Fingerprints } from './types.js';

function sortedTags(tags: Tags | undefined): Tags {
  return Object.fromEntries(Object.entries(tags ?? {}).sort(([a], [b]) => compareStrings(a, b)));
}

export function fingerprints(changes: readonly Change[], live: LiveState): Fingerprints {
  const out: Fingerprints = { profiles: {}, dimensions: {}, customMetrics: {} };
  for (const c of changes) {
    if (c.kind === 'SecurityProfile') {
      const p = live.profiles[c.name];
      out.profiles[c.name] = { version: p?.version ?? null, targets: sortedSet(p?.targets ?? []), tags: sortedTags(p?.tags) };
    } else {
      const r = c.kind === 'Dimension' ? live.dimensions[c.name] : live.customMetrics[c.name];
      const into = c.kind === 'Dimension' ? out.dimensions : out.customMetrics;
      into[c.name] = { lastModifiedDate: r?.lastModifiedDate ?? null, tags: sortedTags(r?.tags) };
    }
  }
  return out;
}
