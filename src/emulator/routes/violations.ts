// ListActiveViolations / ListViolationEvents over the violations seeded from the state file.
import { criteriaKind, type CriteriaKind } from '../../model/catalog.js';
import { BEHAVIOR_CRITERIA_TYPES, THING_NAME_LENGTH, VERIFICATION_STATES } from '../../model/constraints.js';
import { invalid, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { queryBoolean, queryString, requiredQuery, type Request, type Route } from '../request.js';
import type { ViolationRecord } from '../store.js';
import { NAME } from '../validation/models.js';

/** BehaviorCriteriaType → the catalog's criteria kind. */
const CRITERIA_KIND: Record<(typeof BEHAVIOR_CRITERIA_TYPES)[number], CriteriaKind> = {
  STATIC: 'static',
  STATISTICAL: 'statistical',
  MACHINE_LEARNING: 'ml',
};

/** The filters both operations share. */
function filters(request: Request): (v: ViolationRecord) => boolean {
  const thingName = queryString(request, 'thingName', { type: 'string', ...THING_NAME_LENGTH });
  const profile = queryString(request, 'securityProfileName', NAME);
  const criteria = queryString(request, 'behaviorCriteriaType', { type: 'string', enum: BEHAVIOR_CRITERIA_TYPES });
  const suppressed = queryBoolean(request, 'listSuppressedAlerts');
  const verification = queryString(request, 'verificationState', { type: 'string', enum: VERIFICATION_STATES });
  return (v) =>
    (thingName === undefined || v.thingName === thingName) &&
    (profile === undefined || v.securityProfileName === profile) &&
    (criteria === undefined || criteriaKind(v.behavior?.criteria) === CRITERIA_KIND[criteria as keyof typeof CRITERIA_KIND]) &&
    // Without listSuppressedAlerts=true, violations of behaviors with suppressAlerts are left out.
    (suppressed === true || v.behavior?.suppressAlerts !== true) &&
    (verification === undefined || v.verificationState === verification);
}

/** A query timestamp: ISO-8601 as botocore and the JS SDK send it, or epoch seconds. */
function timestamp(request: Request, name: string): number {
  const text = requiredQuery(request, name);
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text) / 1000;
  if (Number.isNaN(seconds)) throw invalid(`Value '${text}' at '${name}' is not an ISO-8601 timestamp`);
  return seconds;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export const violationRoutes: Route[] = [
  {
    operation: 'ListActiveViolations',
    method: 'GET',
    path: '/active-violations',
    mutates: false,
    handle(request, ctx) {
      const keep = filters(request);
      const profile = request.query.get('securityProfileName');
      // ResourceNotFoundException is modeled here (and not on ListViolationEvents): for an unknown profile.
      if (profile !== undefined && !ctx.state.profiles.has(profile)) throw notFound(`Security profile ${profile} does not exist`);
      const page = paginate(request, ctx.state.activeViolations.filter(keep), (v) => String(v.violationId ?? ''));
      return { activeViolations: page.items, nextToken: page.nextToken };
    },
  },
  {
    operation: 'ListViolationEvents',
    method: 'GET',
    path: '/violation-events',
    mutates: false,
    handle(request, ctx) {
      const start = timestamp(request, 'startTime');
      const end = timestamp(request, 'endTime');
      const keep = filters(request);
      const events = ctx.state.violationEvents.filter((v) => keep(v) && num(v.violationEventTime) >= start && num(v.violationEventTime) <= end);
      const key = (v: ViolationRecord) => `${num(v.violationEventTime).toFixed(3).padStart(16, '0')} ${String(v.violationId ?? '')}`;
      const page = paginate(request, events, key);
      return { violationEvents: page.items, nextToken: page.nextToken };
    },
  },
];
