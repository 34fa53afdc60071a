// Hand-written plans for exercising the executor on its own (the planner has its own tests).
import type { Change, Fingerprints, Plan, PlannedRequest } from '../../src/plan/types.js';

export const SCOPE = { partition: 'aws', region: 'us-east-1', account: '123456789012' };

export function planOf(changes: Change[], fingerprints: Partial<Fingerprints> = {}): Plan {
  return {
    formatVersion: 1,
    toolVersion: 'test',
    scope: SCOPE,
    summary: { create: 0, update: 0, delete: 0, attach: 0, detach: 0, unchanged: 0 },
    changes,
    unmanaged: [],
    errors: [],
    fingerprints: { profiles: {}, dimensions: {}, customMetrics: {}, ...fingerprints },
    planHash: 'test',
  };
}

const ADDRESS = { SecurityProfile: 'security_profile', Dimension: 'dimension', CustomMetric: 'custom_metric' } as const;

export function change(action: Change['action'], kind: Change['kind'], name: string, requests: PlannedRequest[], target?: string): Change {
  const address = target ? `target.${name}→${target.split(':').pop()}` : `${ADDRESS[kind]}.${name}`;
  return { action, kind, name, address, ...(target ? { target } : {}), diff: [], requests };
}

export const ownershipTags = [{ Key: 'managed-by', Value: 'defender-gitops' }];
