// Security profile CRUD and listing (reference §5.3, §12).
import { resourceArn } from '../../model/arn.js';
import { alreadyExists, checkExpectedVersion, invalid, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { label, queryLong, queryString, type Request, type Route } from '../request.js';
import {
  detachAll,
  modifiedAfter,
  profilesUsingDimension,
  profilesUsingMetric,
  referencesOf,
  type Context,
  type ProfileRecord,
} from '../store.js';
import { behaviorListProblems, metricsToRetainProblems } from '../validation/behaviors.js';
import { readBody } from '../validation/body.js';
import { CREATE_PROFILE_BODY, NAME, UPDATE_PROFILE_BODY } from '../validation/models.js';
import { tagsOnCreate, type Tag } from './tags.js';

/** What a Create or Update body may set: the stored profile minus what the service maintains. */
type ProfileContent = Omit<ProfileRecord, 'securityProfileName' | 'securityProfileArn' | 'version' | 'creationDate' | 'lastModifiedDate'>;
type CreateBody = ProfileContent & { tags?: Tag[] };
type UpdateBody = ProfileContent & {
  deleteBehaviors?: boolean;
  deleteAlertTargets?: boolean;
  deleteAdditionalMetricsToRetain?: boolean;
  deleteMetricsExportConfig?: boolean;
};

const profileName = (request: Request) => label(request, 'securityProfileName', NAME);

export function existingProfile(ctx: Context, name: string): ProfileRecord {
  const profile = ctx.state.profiles.get(name);
  if (!profile) throw notFound(`Security profile ${name} does not exist`);
  return profile;
}

/** Semantic checks of the content a Create or Update carries. */
function checkContent(ctx: Context, content: ProfileContent): void {
  const refs = referencesOf(ctx.state);
  const problems = [
    ...behaviorListProblems(content.behaviors ?? [], refs),
    ...metricsToRetainProblems(content.additionalMetricsToRetain, content.additionalMetricsToRetainV2, refs),
  ];
  if (problems.length > 0) throw invalid(problems.join('; '));
}

/** An empty collection means "not set": the service leaves absent collections out of its answers. */
const nonEmpty = <T>(value: T[] | undefined) => (value && value.length > 0 ? value : undefined);
const nonEmptyMap = <T extends object>(value: T | undefined) => (value && Object.keys(value).length > 0 ? value : undefined);

/** Delete flags and the member each one clears; a flag sent with its member is a contradiction. */
const DELETE_FLAGS = [
  { flag: 'deleteBehaviors', members: ['behaviors'] },
  { flag: 'deleteAlertTargets', members: ['alertTargets'] },
  { flag: 'deleteAdditionalMetricsToRetain', members: ['additionalMetricsToRetain', 'additionalMetricsToRetainV2'] },
  { flag: 'deleteMetricsExportConfig', members: ['metricsExportConfig'] },
] as const;

function applyUpdate(profile: ProfileRecord, body: UpdateBody): void {
  for (const { flag, members } of DELETE_FLAGS) {
    if (body[flag] !== true) continue;
    const sent = members.find((m) => body[m] !== undefined);
    if (sent) throw invalid(`${flag} cannot be combined with ${sent} in the same request: send one or the other`);
  }
  if (body.securityProfileDescription !== undefined) profile.securityProfileDescription = body.securityProfileDescription;
  // An empty list or map alone does not clear (reference §12): only the delete flags do.
  if (nonEmpty(body.behaviors)) profile.behaviors = body.behaviors;
  if (nonEmptyMap(body.alertTargets)) profile.alertTargets = body.alertTargets;
  if (nonEmpty(body.additionalMetricsToRetain)) profile.additionalMetricsToRetain = body.additionalMetricsToRetain;
  if (nonEmpty(body.additionalMetricsToRetainV2)) profile.additionalMetricsToRetainV2 = body.additionalMetricsToRetainV2;
  if (body.metricsExportConfig) profile.metricsExportConfig = body.metricsExportConfig;
  if (body.deleteBehaviors) delete profile.behaviors;
  if (body.deleteAlertTargets) delete profile.alertTargets;
  if (body.deleteAdditionalMetricsToRetain) {
    delete profile.additionalMetricsToRetain;
    delete profile.additionalMetricsToRetainV2;
  }
  if (body.deleteMetricsExportConfig) delete profile.metricsExportConfig;
}

export const securityProfileRoutes: Route[] = [
  {
    operation: 'CreateSecurityProfile',
    method: 'POST',
    path: '/security-profiles/{securityProfileName}',
    mutates: true,
    handle(request, ctx) {
      const name = profileName(request);
      const body = readBody<CreateBody>(request, CREATE_PROFILE_BODY);
      const arn = resourceArn(ctx.scope, 'securityprofile', name);
      if (ctx.state.profiles.has(name)) throw alreadyExists(`Security profile ${name} already exists`, name, arn);
      checkContent(ctx, body);
      const tags = tagsOnCreate(body.tags);
      const now = ctx.now();
      ctx.state.profiles.set(name, {
        securityProfileName: name,
        securityProfileArn: arn,
        securityProfileDescription: body.securityProfileDescription,
        behaviors: nonEmpty(body.behaviors),
        alertTargets: nonEmptyMap(body.alertTargets),
        additionalMetricsToRetain: nonEmpty(body.additionalMetricsToRetain),
        additionalMetricsToRetainV2: nonEmpty(body.additionalMetricsToRetainV2),
        metricsExportConfig: body.metricsExportConfig,
        version: 1,
        creationDate: now,
        lastModifiedDate: now,
      });
      if (tags.size > 0) ctx.state.tags.set(arn, tags);
      return { securityProfileName: name, securityProfileArn: arn };
    },
  },
  {
    operation: 'UpdateSecurityProfile',
    method: 'PATCH',
    path: '/security-profiles/{securityProfileName}',
    mutates: true,
    handle(request, ctx) {
      const name = profileName(request);
      const expected = queryLong(request, 'expectedVersion');
      const body = readBody<UpdateBody>(request, UPDATE_PROFILE_BODY);
      const profile = existingProfile(ctx, name);
      checkExpectedVersion(expected, profile.version, `security profile ${name}`);
      checkContent(ctx, body);
      const next = structuredClone(profile);
      applyUpdate(next, body);
      next.version += 1;
      next.lastModifiedDate = modifiedAfter(profile.lastModifiedDate, ctx.now());
      ctx.state.profiles.set(name, next);
      return { ...next };
    },
  },
  {
    operation: 'DescribeSecurityProfile',
    method: 'GET',
    path: '/security-profiles/{securityProfileName}',
    mutates: false,
    handle(request, ctx) {
      return { ...existingProfile(ctx, profileName(request)) };
    },
  },
  {
    operation: 'DeleteSecurityProfile',
    method: 'DELETE',
    path: '/security-profiles/{securityProfileName}',
    mutates: true,
    handle(request, ctx) {
      const name = profileName(request);
      const expected = queryLong(request, 'expectedVersion');
      const profile = ctx.state.profiles.get(name);
      if (!profile) return {};
      checkExpectedVersion(expected, profile.version, `security profile ${name}`);
      ctx.state.profiles.delete(name);
      ctx.state.tags.delete(profile.securityProfileArn);
      detachAll(ctx.state, name);
      return {};
    },
  },
  {
    operation: 'ListSecurityProfiles',
    method: 'GET',
    path: '/security-profiles',
    mutates: false,
    handle(request, ctx) {
      const dimensionName = queryString(request, 'dimensionName', NAME);
      const metricName = queryString(request, 'metricName', NAME);
      if (dimensionName !== undefined && metricName !== undefined)
        throw invalid('dimensionName and metricName cannot be used together: filter by one of them');
      let names: Iterable<string> = ctx.state.profiles.keys();
      if (dimensionName !== undefined) {
        if (!ctx.state.dimensions.has(dimensionName)) throw notFound(`Dimension ${dimensionName} does not exist`);
        names = profilesUsingDimension(ctx.state, dimensionName);
      } else if (metricName !== undefined) {
        if (!ctx.state.customMetrics.has(metricName)) throw notFound(`Custom metric ${metricName} does not exist`);
        names = profilesUsingMetric(ctx.state, metricName);
      }
      const page = paginate(request, names, (n) => n);
      return {
        securityProfileIdentifiers: page.items.map((n) => ({ name: n, arn: ctx.state.profiles.get(n)!.securityProfileArn })),
        nextToken: page.nextToken,
      };
    },
  },
];
