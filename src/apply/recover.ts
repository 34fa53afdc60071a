// What a lost answer may have hidden. A call that timed out or failed with 5xx may still have been
// applied, so its retry can be answered ResourceAlreadyExists (create) or VersionConflict (update,
// delete). Before counting such an answer as done, the live resource is read back and checked
// against what the request asked for (issue #5: retries never duplicate or lose work).
import { AwsError } from '../aws/errors.js';
import { tagMap } from '../aws/from-api.js';
import { listTags } from '../aws/read-live.js';
import { sendRequest, type IotSession } from '../aws/session.js';
import type { Tag } from '@aws-sdk/client-iot';

/** The plan was right when made but the account moved since: stop and plan again (exit 3). */
export class StaleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleError';
  }
}

/** Stable form for comparing API shapes: keys sorted, every list compared as a set (they all are sets here). */
function normal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(normal).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${normal(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown): boolean => normal(a) === normal(b);
const empty = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** Does the described profile hold everything this Create/UpdateSecurityProfile input asked for? */
function profileMatches(input: Record<string, unknown>, live: Record<string, unknown>): boolean {
  const fields: [string, string[]][] = [
    ['behaviors', ['deleteBehaviors']],
    ['alertTargets', ['deleteAlertTargets']],
    ['additionalMetricsToRetainV2', ['deleteAdditionalMetricsToRetain']],
    ['additionalMetricsToRetain', ['deleteAdditionalMetricsToRetain']],
    ['metricsExportConfig', ['deleteMetricsExportConfig']],
  ];
  for (const [field, flags] of fields) {
    if (flags.some((f) => input[f] === true)) {
      if (!empty(live[field])) return false;
    } else if (field in input && !same(input[field], live[field])) {
      return false;
    }
  }
  if ('securityProfileDescription' in input && (input.securityProfileDescription ?? '') !== (live.securityProfileDescription ?? '')) return false;
  return true;
}

function tagsInclude(wanted: unknown, live: Record<string, string>): boolean {
  return Object.entries(tagMap(wanted as Tag[] | undefined)).every(([k, v]) => live[k] === v);
}

async function describeProfile(session: IotSession, name: string): Promise<Record<string, unknown> | undefined> {
  try {
    return await sendRequest(session, 'DescribeSecurityProfile', { securityProfileName: name }, name);
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

const differs = (what: string, name: string) =>
  new StaleError(`${what} ${name} already exists with a different configuration (created outside this apply). Run \`defender-gitops plan\` again.`);

/**
 * Tries to explain a failed request as work already done. Returns the response to use when the
 * live state is what the request asked for; throws StaleError when the account moved; otherwise
 * rethrows the original error.
 */
export async function recover(session: IotSession, operation: string, input: Record<string, unknown>, error: AwsError): Promise<Record<string, unknown>> {
  const code = error.code;
  if (operation === 'CreateSecurityProfile' && code === 'ResourceAlreadyExistsException') {
    const name = input.securityProfileName as string;
    const live = await describeProfile(session, name);
    if (live && profileMatches(input, live) && tagsInclude(input.tags, await listTags(session, live.securityProfileArn as string, name))) return live;
    throw differs('security profile', name);
  }
  if (operation === 'CreateDimension' && code === 'ResourceAlreadyExistsException') {
    const name = input.name as string;
    const live = await sendRequest(session, 'DescribeDimension', { name }, name);
    if (live.type === input.type && same(live.stringValues, input.stringValues) && tagsInclude(input.tags, await listTags(session, live.arn as string, name))) return live;
    throw differs('dimension', name);
  }
  if (operation === 'CreateCustomMetric' && code === 'ResourceAlreadyExistsException') {
    const name = input.metricName as string;
    const live = await sendRequest(session, 'DescribeCustomMetric', { metricName: name }, name);
    if (live.metricType === input.metricType && (live.displayName ?? '') === (input.displayName ?? '') && tagsInclude(input.tags, await listTags(session, live.metricArn as string, name))) {
      return live;
    }
    throw differs('custom metric', name);
  }
  if ((operation === 'UpdateSecurityProfile' || operation === 'DeleteSecurityProfile') && code === 'VersionConflictException') {
    const name = input.securityProfileName as string;
    const expected = input.expectedVersion as number;
    const live = await describeProfile(session, name);
    if (operation === 'DeleteSecurityProfile' && !live) return {};
    // Our own update, whose answer was lost, moves the version by exactly one to exactly what we sent.
    if (operation === 'UpdateSecurityProfile' && live && live.version === expected + 1 && profileMatches(input, live)) return live;
    throw new StaleError(
      `security_profile.${name} changed after the plan was created (version ${expected} in the plan, ${live ? `${String(live.version)} live` : 'deleted live'}).`,
    );
  }
  if (operation === 'DetachSecurityProfile' && code === 'ResourceNotFoundException') return {}; // not attached: what detach wants
  if (code === 'VersionConflictException') throw new StaleError(`${operation} ${error.resource ?? ''}: ${error.message}`.replace(/\s+:/, ':'));
  throw error;
}

