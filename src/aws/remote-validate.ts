// `lint --remote`: the service's own check of each profile's behaviors (ValidateSecurityProfileBehaviors,
// no mutation), its answers mapped back to the behavior's file and line. The answers carry no index,
// so messages are matched by behavior name (`Behavior <name> is malformed. …`); a message naming no
// behavior makes the profile's behaviors be validated one at a time to find the culprits.
import type { Finding, SourceRange } from '../model/finding.js';
import type { Behavior, SecurityProfile } from '../model/types.js';
import { paginate } from './read-live.js';
import { call, type IotSession } from './session.js';

/** A security profile as loaded, with a way to point at one of its members (src/load's LoadedResource fits). */
export interface LocatedProfile {
  resource: SecurityProfile;
  locate(path: readonly (string | number)[]): SourceRange;
}

export const REMOTE_RULE_ID = 'remote-validation';

const NAMED = /^Behavior (\S+) is malformed\./;

/**
 * Findings from the service for every profile's behaviors. Behaviors that reference a dimension or
 * custom metric the files declare but the account does not have yet are skipped: the service would
 * call the reference unknown, though `apply` creates it first.
 */
export async function remoteValidate(
  session: IotSession,
  profiles: readonly LocatedProfile[],
  declared: { dimensions: readonly string[]; customMetrics: readonly string[] },
): Promise<Finding[]> {
  const [liveDimensions, liveMetrics] = await Promise.all([listAll(session, 'ListDimensions'), listAll(session, 'ListCustomMetrics')]);
  const pendingDimensions = new Set(declared.dimensions.filter((d) => !liveDimensions.has(d)));
  const pendingMetrics = new Set(declared.customMetrics.filter((m) => !liveMetrics.has(m)));
  const waitsForCreate = (b: Behavior) => pendingDimensions.has(b.metricDimension?.dimensionName ?? '') || pendingMetrics.has(b.metric ?? '');

  const perProfile = await Promise.all(
    profiles.map(async (p) => {
      const behaviors = (p.resource.behaviors ?? []).map((behavior, index) => ({ behavior, index })).filter(({ behavior }) => !waitsForCreate(behavior));
      if (behaviors.length === 0) return [];
      const findings: Finding[] = [];
      const finding = (message: string, at: SourceRange): Finding => ({
        ...at,
        ruleId: REMOTE_RULE_ID,
        severity: 'error',
        message: `AWS IoT: ${message}`,
        kind: 'SecurityProfile',
        name: p.resource.name,
      });
      const messages = await validate(session, behaviors.map((b) => b.behavior), p.resource.name);
      const unnamed: string[] = [];
      for (const message of messages) {
        const named = NAMED.exec(message)?.[1];
        const hit = behaviors.find((b) => b.behavior.name === named);
        if (hit) findings.push(finding(message, p.locate(['behaviors', hit.index])));
        else unnamed.push(message);
      }
      if (unnamed.length > 0) {
        // Find the culprits one behavior at a time; what still points nowhere goes on `behaviors`.
        let attributed = false;
        for (const { behavior, index } of behaviors) {
          for (const message of await validate(session, [behavior], p.resource.name)) {
            if (NAMED.test(message)) continue; // already reported above
            findings.push(finding(message, p.locate(['behaviors', index])));
            attributed = true;
          }
        }
        if (!attributed) for (const message of unnamed) findings.push(finding(message, p.locate(['behaviors'])));
      }
      return findings;
    }),
  );
  return perProfile.flat();
}

async function validate(session: IotSession, behaviors: Behavior[], profile: string): Promise<string[]> {
  const answer = await call(session, 'ValidateSecurityProfileBehaviors', { behaviors: behaviors as never }, profile);
  if (answer.valid) return [];
  return (answer.validationErrors ?? []).flatMap((e) => (e.errorMessage ? [e.errorMessage] : []));
}

async function listAll(session: IotSession, operation: 'ListDimensions' | 'ListCustomMetrics'): Promise<Set<string>> {
  const names =
    operation === 'ListDimensions'
      ? await paginate((nextToken) => call(session, operation, { nextToken, maxResults: 250 }), (page) => page.dimensionNames)
      : await paginate((nextToken) => call(session, operation, { nextToken, maxResults: 250 }), (page) => page.metricNames);
  return new Set(names);
}
