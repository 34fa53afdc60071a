// The emulator's state: plain records keyed by name, plus attachments, tags and seeded violations.
// Handlers run synchronously against it, so one request's read-modify-write is never interleaved.
import type { AccountScope } from '../model/arn.js';
import type {
  AlertTargets,
  Behavior,
  CustomMetricType,
  DimensionType,
  MetricToRetain,
  MetricsExportConfig,
} from '../model/types.js';
import { invalid } from './errors.js';
import type { References } from './validation/behaviors.js';

/** Timestamps are epoch seconds, as on the wire. */
export interface ProfileRecord {
  securityProfileName: string;
  securityProfileArn: string;
  securityProfileDescription?: string;
  behaviors?: Behavior[];
  alertTargets?: AlertTargets;
  additionalMetricsToRetain?: string[];
  additionalMetricsToRetainV2?: MetricToRetain[];
  metricsExportConfig?: MetricsExportConfig;
  version: number;
  creationDate: number;
  lastModifiedDate: number;
}

export interface DimensionRecord {
  name: string;
  arn: string;
  type: DimensionType;
  stringValues: string[];
  creationDate: number;
  lastModifiedDate: number;
  clientRequestToken: string;
}

export interface CustomMetricRecord {
  metricName: string;
  metricArn: string;
  metricType: CustomMetricType;
  displayName?: string;
  creationDate: number;
  lastModifiedDate: number;
  clientRequestToken: string;
}

export interface ThingGroupRecord {
  thingGroupName: string;
  thingGroupId: string;
  thingGroupArn: string;
  version: number;
  thingGroupProperties?: { thingGroupDescription?: string; attributePayload?: { attributes?: Record<string, string> } };
  parentGroupName?: string;
  creationDate: number;
}

/** Violations are stored as the wire shapes (ActiveViolation / ViolationEvent), seeded from the state file. */
export type ViolationRecord = Record<string, unknown> & {
  thingName?: string;
  securityProfileName?: string;
  behavior?: Behavior;
  verificationState?: string;
};

export interface State {
  profiles: Map<string, ProfileRecord>;
  dimensions: Map<string, DimensionRecord>;
  customMetrics: Map<string, CustomMetricRecord>;
  thingGroups: Map<string, ThingGroupRecord>;
  /** Target ARN → names of the profiles attached to it, in attach order. */
  attachments: Map<string, Set<string>>;
  /** Resource ARN → tags. */
  tags: Map<string, Map<string, string>>;
  activeViolations: ViolationRecord[];
  violationEvents: ViolationRecord[];
}

export function emptyState(): State {
  return {
    profiles: new Map(),
    dimensions: new Map(),
    customMetrics: new Map(),
    thingGroups: new Map(),
    attachments: new Map(),
    tags: new Map(),
    activeViolations: [],
    violationEvents: [],
  };
}

/** What every handler gets: the state, the account it emulates, and a clock. */
export interface Context {
  state: State;
  scope: AccountScope;
  now(): number;
}

/**
 * The lastModifiedDate of an update: never equal to the previous one, even within a millisecond, because
 * plan fingerprints dimensions and custom metrics by it.
 */
export const modifiedAfter = (previous: number, now: number) => Math.round(Math.max(now, previous + 0.001) * 1000) / 1000;

/** Targets a profile is attached to. */
export function targetsOf(state: State, profileName: string): string[] {
  const result: string[] = [];
  for (const [target, names] of state.attachments) if (names.has(profileName)) result.push(target);
  return result;
}

export function detachAll(state: State, profileName: string): void {
  for (const [target, names] of state.attachments) {
    names.delete(profileName);
    if (names.size === 0) state.attachments.delete(target);
  }
}

/** The custom metrics and dimensions behaviors may reference. */
export function referencesOf(state: State): References {
  return {
    customMetrics: new Map([...state.customMetrics.values()].map((m) => [m.metricName, m.metricType])),
    dimensions: new Set(state.dimensions.keys()),
  };
}

/** Names of the profiles whose behaviors or metrics to retain use a dimension. */
export function profilesUsingDimension(state: State, dimension: string): string[] {
  const uses = (d: { dimensionName: string } | undefined) => d?.dimensionName === dimension;
  return [...state.profiles.values()]
    .filter((p) => p.behaviors?.some((b) => uses(b.metricDimension)) || p.additionalMetricsToRetainV2?.some((m) => uses(m.metricDimension)))
    .map((p) => p.securityProfileName);
}

/** Names of the profiles whose behaviors or metrics to retain use a custom metric. */
export function profilesUsingMetric(state: State, metric: string): string[] {
  return [...state.profiles.values()]
    .filter(
      (p) =>
        p.behaviors?.some((b) => b.metric === metric) ||
        p.additionalMetricsToRetain?.includes(metric) ||
        p.additionalMetricsToRetainV2?.some((m) => m.metric === metric),
    )
    .map((p) => p.securityProfileName);
}

/**
 * Deletes a dimension or custom metric and its tags, refusing while a profile still uses it
 * (reference §5.11). Deleting one that does not exist succeeds.
 */
export function deleteUnlessUsed(state: State, what: string, arn: string | undefined, users: string[], remove: () => void): void {
  if (arn === undefined) return;
  if (users.length > 0) throw invalid(`${what} is used by security profiles ${users.join(', ')}: remove it from them first`);
  remove();
  state.tags.delete(arn);
}
