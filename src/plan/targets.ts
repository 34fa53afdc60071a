// Attachments: one attach or detach change per profile and target (conventions §2), with full
// target ARNs in this account. A file that leaves `targets` out does not manage attachments.
import { parseTarget, shortTarget, targetArn, targetKeyOfArn, type TargetKey } from '../model/arn.js';
import type { LiveProfile } from '../model/live.js';
import type { SecurityProfile } from '../model/types.js';
import { address, planError, sourceOf, type PlanContext } from './context.js';
import { request } from './requests.js';
import type { Change } from './types.js';

function sameScope(a: { partition: string; region: string; account: string }, b: typeof a): boolean {
  return a.partition === b.partition && a.region === b.region && a.account === b.account;
}

/** The target keys a file asks for (with where each is written); unusable targets become plan errors. */
function desiredTargets(profile: SecurityProfile, ctx: PlanContext): Map<TargetKey, string> {
  const keys = new Map<TargetKey, string>();
  for (const [i, written] of (profile.targets ?? []).entries()) {
    const parsed = parseTarget(written);
    const at = `targets[${i}]`;
    if (!parsed) {
      planError(ctx, 'invalid-target', 'SecurityProfile', profile.name, `target "${written}" is not all-things, registered-things, unregistered-things, thing-group/<name> or a target ARN`, at);
    } else if (parsed.scope && !sameScope(parsed.scope, ctx.scope)) {
      const { partition, region, account } = ctx.scope;
      planError(
        ctx,
        'target-account-mismatch',
        'SecurityProfile',
        profile.name,
        `target "${written}" is in ${parsed.scope.account}/${parsed.scope.region}, but the plan runs against ${account}/${region} (${partition}); write "${shortTarget(parsed.key)}" to attach in whichever account the plan runs against`,
        at,
      );
    } else if (!keys.has(parsed.key)) keys.set(parsed.key, at);
  }
  return keys;
}

function attachment(action: 'attach' | 'detach', profile: string, key: TargetKey, arn: string, reason?: string): Change {
  const operation = action === 'attach' ? 'AttachSecurityProfile' : 'DetachSecurityProfile';
  const change: Change = {
    action,
    kind: 'SecurityProfile',
    name: profile,
    address: `target.${profile}→${key}`,
    target: arn,
    diff: [action === 'attach' ? { path: 'targets', to: key } : { path: 'targets', from: key }],
    requests: [request(operation, { securityProfileName: profile, securityProfileTargetArn: arn })],
  };
  if (reason) change.reason = reason;
  return change;
}

export function targetChanges(profile: SecurityProfile, live: LiveProfile | undefined, missing: ReadonlySet<string>, ctx: PlanContext): Change[] {
  if (profile.targets === undefined) return [];
  const desired = desiredTargets(profile, ctx);
  const liveByKey = new Map((live?.targets ?? []).map((arn) => [targetKeyOfArn(arn) ?? arn, arn]));
  const file = sourceOf(ctx, 'SecurityProfile', profile.name)?.file;
  const changes: Change[] = [];
  for (const [key, at] of [...desired].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (liveByKey.has(key)) continue;
    if (missing.has(key)) {
      planError(ctx, 'missing-thing-group', 'SecurityProfile', profile.name, `${profile.name} is attached to ${key}, but that thing group does not exist in ${ctx.scope.account}/${ctx.scope.region}; create it first or fix the name`, at);
    }
    changes.push(attachment('attach', profile.name, key, targetArn(ctx.scope, key)));
  }
  for (const [key, arn] of [...liveByKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (desired.has(key)) continue;
    const where = file ? ` in ${file}` : '';
    changes.push(attachment('detach', profile.name, key, arn, `${key} is not in the targets of ${address('SecurityProfile', profile.name)}${where}`));
  }
  return changes;
}
