// Plan → apply → plan again, in process, through the real reader and executor (the CLI runs the same code).
import { applyPlan, type ApplyResult } from '../../src/apply/apply.js';
import { readLiveState } from '../../src/aws/read-live.js';
import type { IotSession } from '../../src/aws/session.js';
import { DEFAULT_OWNERSHIP_TAG } from '../../src/model/config.js';
import type { Resource } from '../../src/model/types.js';
import { computePlan } from '../../src/plan/compute.js';
import { liveSelection } from '../../src/plan/selection.js';
import type { Plan } from '../../src/plan/types.js';

export async function planFor(session: IotSession, desired: Resource[], prune = false): Promise<Plan> {
  const live = await readLiveState(session, liveSelection(desired, DEFAULT_OWNERSHIP_TAG));
  return computePlan({ desired, live, prune, ownershipTag: { ...DEFAULT_OWNERSHIP_TAG }, toolVersion: 'test' });
}

/** Applies fresh plans until one is empty (or `maxRuns` is reached); returns every run's result. */
export async function converge(session: IotSession, desired: Resource[], maxRuns: number, progress: (line: string) => void = () => {}): Promise<{ runs: ApplyResult[]; final: Plan }> {
  const runs: ApplyResult[] = [];
  let plan = await planFor(session, desired);
  while (plan.changes.length > 0 && runs.length < maxRuns) {
    runs.push(await applyPlan(plan, session, { progress }));
    plan = await planFor(session, desired);
  }
  return { runs, final: plan };
}
