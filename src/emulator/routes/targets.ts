// Attaching profiles to targets and listing attachments (reference §5.4, §11).
import { parseTarget, thingGroupOfTarget, type AccountScope } from '../../model/arn.js';
import { ARN_MAX, MAX_PROFILES_PER_TARGET } from '../../model/constraints.js';
import { invalid, limitExceeded, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { label, queryBoolean, requiredQuery, type Request, type Route } from '../request.js';
import { targetsOf, type Context } from '../store.js';
import { NAME } from '../validation/models.js';
import { existingProfile } from './security-profiles.js';
import { descendantsOf } from './thing-groups.js';

const sameScope = (a: AccountScope, b: AccountScope) =>
  a.partition === b.partition && a.region === b.region && a.account === b.account;

/** The securityProfileTargetArn query member: a target ARN of this account (whose thing group exists, if asked). */
function targetArnOf(request: Request, ctx: Context, groupMustExist = true): { arn: string; group?: string } {
  const arn = requiredQuery(request, 'securityProfileTargetArn', { type: 'string', max: ARN_MAX });
  const parsed = parseTarget(arn);
  if (!parsed?.scope)
    throw invalid(
      `securityProfileTargetArn '${arn}' is not a target ARN: expected arn:${ctx.scope.partition}:iot:${ctx.scope.region}:${ctx.scope.account}:` +
        'thinggroup/<name>, …:all/things, …:all/registered-things or …:all/unregistered-things',
    );
  if (!sameScope(parsed.scope, ctx.scope))
    throw invalid(
      `securityProfileTargetArn '${arn}' belongs to ${parsed.scope.partition}/${parsed.scope.region}/${parsed.scope.account}, ` +
        `not to this endpoint's account ${ctx.scope.account} in ${ctx.scope.region}`,
    );
  const group = thingGroupOfTarget(parsed.key);
  if (groupMustExist && group !== undefined && !ctx.state.thingGroups.has(group)) throw notFound(`Thing group ${group} does not exist`);
  return { arn, group };
}

const profileName = (request: Request) => label(request, 'securityProfileName', NAME);

export const targetRoutes: Route[] = [
  {
    operation: 'AttachSecurityProfile',
    method: 'PUT',
    path: '/security-profiles/{securityProfileName}/targets',
    mutates: true,
    handle(request, ctx) {
      const name = profileName(request);
      const { arn } = targetArnOf(request, ctx);
      existingProfile(ctx, name);
      let attached = ctx.state.attachments.get(arn);
      if (attached?.has(name)) return {};
      if (attached && attached.size >= MAX_PROFILES_PER_TARGET)
        throw limitExceeded(
          `Target ${arn} already has ${attached.size} security profiles attached; at most ${MAX_PROFILES_PER_TARGET} are allowed per target`,
        );
      if (!attached) ctx.state.attachments.set(arn, (attached = new Set()));
      attached.add(name);
      return {};
    },
  },
  {
    operation: 'DetachSecurityProfile',
    method: 'DELETE',
    path: '/security-profiles/{securityProfileName}/targets',
    mutates: true,
    handle(request, ctx) {
      const name = profileName(request);
      // A deleted group's target can still be detached.
      const { arn } = targetArnOf(request, ctx, false);
      existingProfile(ctx, name);
      const attached = ctx.state.attachments.get(arn);
      attached?.delete(name);
      if (attached?.size === 0) ctx.state.attachments.delete(arn);
      return {};
    },
  },
  {
    operation: 'ListTargetsForSecurityProfile',
    method: 'GET',
    path: '/security-profiles/{securityProfileName}/targets',
    mutates: false,
    handle(request, ctx) {
      const name = profileName(request);
      existingProfile(ctx, name);
      const page = paginate(request, targetsOf(ctx.state, name), (arn) => arn);
      return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.nextToken };
    },
  },
  {
    operation: 'ListSecurityProfilesForTarget',
    method: 'GET',
    path: '/security-profiles-for-target',
    mutates: false,
    handle(request, ctx) {
      const { arn, group } = targetArnOf(request, ctx);
      const recursive = queryBoolean(request, 'recursive') ?? false;
      // recursive: also the profiles attached to the group's descendants (the model's "child groups").
      const targets = [arn];
      if (recursive && group !== undefined)
        for (const child of descendantsOf(ctx.state, group)) targets.push(ctx.state.thingGroups.get(child)!.thingGroupArn);
      const mappings = targets.flatMap((target) =>
        [...(ctx.state.attachments.get(target) ?? [])].map((name) => ({ name, target })),
      );
      const page = paginate(request, mappings, (m) => `${m.target} ${m.name}`);
      return {
        securityProfileTargetMappings: page.items.map((m) => ({
          securityProfileIdentifier: { name: m.name, arn: ctx.state.profiles.get(m.name)!.securityProfileArn },
          target: { arn: m.target },
        })),
        nextToken: page.nextToken,
      };
    },
  },
];
