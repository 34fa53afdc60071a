// Security profiles: CreateSecurityProfile with everything, UpdateSecurityProfile with only the
// changed top-level members (a `delete…` flag for an emptied one, `""` for a removed description)
// guarded by `expectedVersion`, DeleteSecurityProfile guarded the same way (design §3).
import { canonicalProfile, type CanonicalProfile } from '../../model/canonical.js';
import type { LiveProfile } from '../../model/live.js';
import type { SecurityProfile, Tags } from '../../model/types.js';
import type { KindSpec } from '../resource.js';
import { request, tagList, wireBehaviors } from '../requests.js';
import type { PlannedRequest } from '../types.js';

type Members = Record<string, unknown>;

function hasAlertTargets(p: SecurityProfile): boolean {
  return Object.values(p.alertTargets ?? {}).some((t) => t !== undefined);
}

/** Metrics to retain in the spelling the file uses (V2, or deprecated V1). */
function metricsToRetain(p: SecurityProfile): Members {
  const out: Members = {};
  if (p.additionalMetricsToRetainV2?.length) out.additionalMetricsToRetainV2 = p.additionalMetricsToRetainV2;
  if (p.additionalMetricsToRetain?.length) out.additionalMetricsToRetain = p.additionalMetricsToRetain;
  return out;
}

/** UpdateSecurityProfile members for each canonical top-level member: the new value, or how to clear it. */
const UPDATE_MEMBERS: Readonly<Record<string, (p: SecurityProfile) => Members>> = {
  description: (p) => ({ securityProfileDescription: p.description ?? '' }),
  behaviors: (p) => (p.behaviors?.length ? { behaviors: wireBehaviors(p.behaviors) } : { deleteBehaviors: true }),
  alertTargets: (p) => (hasAlertTargets(p) ? { alertTargets: p.alertTargets } : { deleteAlertTargets: true }),
  additionalMetricsToRetainV2: (p) => {
    const retained = metricsToRetain(p);
    return Object.keys(retained).length > 0 ? retained : { deleteAdditionalMetricsToRetain: true };
  },
  metricsExportConfig: (p) => (p.metricsExportConfig ? { metricsExportConfig: p.metricsExportConfig } : { deleteMetricsExportConfig: true }),
};

export const profileSpec: KindSpec<SecurityProfile, LiveProfile, CanonicalProfile> = {
  kind: 'SecurityProfile',
  canonical: canonicalProfile,
  immutable: [],
  create(p: SecurityProfile, tags: Tags): PlannedRequest[] {
    return [
      request('CreateSecurityProfile', {
        securityProfileName: p.name,
        securityProfileDescription: p.description || undefined,
        behaviors: p.behaviors?.length ? wireBehaviors(p.behaviors) : undefined,
        alertTargets: hasAlertTargets(p) ? p.alertTargets : undefined,
        ...metricsToRetain(p),
        metricsExportConfig: p.metricsExportConfig,
        tags: tagList(tags),
      }),
    ];
  },
  update(p, live, changed) {
    const members: Members = {};
    for (const member of changed) Object.assign(members, UPDATE_MEMBERS[member]?.(p));
    return [request('UpdateSecurityProfile', { securityProfileName: p.name, ...members, expectedVersion: live.version })];
  },
  remove: (live) => request('DeleteSecurityProfile', { securityProfileName: live.name, expectedVersion: live.version }),
};
