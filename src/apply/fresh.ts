// Re-reads exactly what a saved plan fingerprinted and says what moved (design §3, saved plans).
import { readResources } from '../aws/read-live.js';
import type { IotSession } from '../aws/session.js';
import type { Plan } from '../plan/types.js';
import { staleFingerprints } from './staleness.js';

export async function whatMoved(plan: Plan, session: IotSession): Promise<string[]> {
  const { scope } = plan;
  const here = session.scope;
  if (scope.partition !== here.partition || scope.region !== here.region || scope.account !== here.account) {
    return [
      `the plan was made for account ${scope.account} in ${scope.region}, but the credentials reach account ${here.account} in ${here.region}.`,
    ];
  }
  const fp = plan.fingerprints;
  const live = await readResources(session, {
    profiles: Object.keys(fp.profiles),
    dimensions: Object.keys(fp.dimensions),
    customMetrics: Object.keys(fp.customMetrics),
    targets: [],
    reverseIndexes: false,
  });
  return staleFingerprints(plan, live);
}
