// Is a saved plan still true? Compares the live fingerprints the plan recorded (design §3) with a
// fresh read and says, in one line each, what moved. Empty = the plan may be applied.
import type { LiveState } from '../model/live.js';
import type { Tags } from '../model/types.js';
import type { Fingerprints, Plan } from '../plan/types.js';

export function staleFingerprints(plan: Plan, live: LiveState): string[] {
  const moved: string[] = [];
  const fp: Fingerprints = plan.fingerprints;

  for (const [name, recorded] of Object.entries(fp.profiles)) {
    const address = `security_profile.${name}`;
    const current = live.profiles[name];
    if (!existence(moved, address, recorded.version === null, current === undefined, current && `version ${current.version}`)) continue;
    if (!current || recorded.version === null) continue;
    if (current.version !== recorded.version) {
      moved.push(`${address} changed after the plan was created (version ${recorded.version} in the plan, ${current.version} live).`);
    }
    const targets = setChange(recorded.targets, current.targets);
    if (targets) moved.push(`${address}: targets changed after the plan was created (${targets}).`);
    const tags = tagChange(recorded.tags, current.tags);
    if (tags) moved.push(`${address}: tags changed after the plan was created (${tags}).`);
  }

  const dated = (kind: string, recordedAll: Record<string, { lastModifiedDate: number | null; tags: Tags }>, liveAll: Record<string, { lastModifiedDate?: number; tags: Tags }>) => {
    for (const [name, recorded] of Object.entries(recordedAll)) {
      const address = `${kind}.${name}`;
      const current = liveAll[name];
      if (!existence(moved, address, recorded.lastModifiedDate === null, current === undefined)) continue;
      if (!current || recorded.lastModifiedDate === null) continue;
      if ((current.lastModifiedDate ?? null) !== recorded.lastModifiedDate) {
        moved.push(
          `${address} changed after the plan was created (last modified ${isoDate(recorded.lastModifiedDate)} in the plan, ${isoDate(current.lastModifiedDate)} live).`,
        );
      }
      const tags = tagChange(recorded.tags, current.tags);
      if (tags) moved.push(`${address}: tags changed after the plan was created (${tags}).`);
    }
  };
  dated('dimension', fp.dimensions, live.dimensions);
  dated('custom_metric', fp.customMetrics, live.customMetrics);
  return moved;
}

/** Records a resource that appeared or disappeared; false when that settles it. */
function existence(moved: string[], address: string, wasAbsent: boolean, isAbsent: boolean, liveDetail?: string): boolean {
  if (wasAbsent && !isAbsent) {
    moved.push(`${address} was created after the plan was made${liveDetail ? ` (${liveDetail} live)` : ''}.`);
    return false;
  }
  if (!wasAbsent && isAbsent) {
    moved.push(`${address} was deleted after the plan was made.`);
    return false;
  }
  return true;
}

function setChange(recorded: readonly string[], current: readonly string[]): string | undefined {
  const before = new Set(recorded);
  const after = new Set(current);
  const added = [...after].filter((x) => !before.has(x)).sort();
  const removed = [...before].filter((x) => !after.has(x)).sort();
  const parts = [...added.map((a) => `attached ${a}`), ...removed.map((r) => `detached ${r}`)];
  return parts.length ? parts.join(', ') : undefined;
}

function tagChange(recorded: Tags, current: Tags): string | undefined {
  const parts: string[] = [];
  for (const key of [...new Set([...Object.keys(recorded), ...Object.keys(current)])].sort()) {
    const a = recorded[key];
    const b = current[key];
    if (a === b) continue;
    if (a === undefined) parts.push(`${key} added: ${JSON.stringify(b)}`);
    else if (b === undefined) parts.push(`${key} removed`);
    else parts.push(`${key}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  }
  return parts.length ? parts.join(', ') : undefined;
}

function isoDate(epochSeconds: number | undefined): string {
  return epochSeconds === undefined ? 'unknown' : new Date(epochSeconds * 1000).toISOString();
}
