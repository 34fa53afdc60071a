// The plan: ordered changes, each with the exact API requests it will send (design §3, §4).
// `plan --format json` prints it; a saved plan file is this document plus nothing else.
import type { AccountScope } from '../model/arn.js';
import type { Finding } from '../model/finding.js';
import type { ResourceKind, Tags } from '../model/types.js';

/** IoT operations a plan may send; `input` is exactly the @aws-sdk/client-iot command input. */
export type IotOperation =
  | 'CreateSecurityProfile'
  | 'UpdateSecurityProfile'
  | 'DeleteSecurityProfile'
  | 'AttachSecurityProfile'
  | 'DetachSecurityProfile'
  | 'CreateDimension'
  | 'UpdateDimension'
  | 'DeleteDimension'
  | 'CreateCustomMetric'
  | 'UpdateCustomMetric'
  | 'DeleteCustomMetric'
  | 'TagResource'
  | 'UntagResource';

export interface PlannedRequest {
  operation: IotOperation;
  input: Record<string, unknown>;
}

export interface DiffEntry {
  /** e.g. `behaviors[auth-failures].criteria.value.count`, `tags.team`, `targets`. */
  path: string;
  from?: unknown;
  to?: unknown;
}

/** `replace` counts as one create and one delete in the summary (as in Terraform). */
export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'attach' | 'detach';

export interface Change {
  action: ChangeAction;
  kind: ResourceKind;
  name: string;
  /** `security_profile.x`, `dimension.x`, `custom_metric.x`, `target.x→thinggroup/y` (conventions §2). */
  address: string;
  /** Target ARN, for attach and detach. */
  target?: string;
  /** Why, for deletes, replacements and detaches (and anything else worth saying). */
  reason?: string;
  diff: DiffEntry[];
  /** Unchanged attributes hidden from the diff. */
  unchanged?: number;
  /** Unchanged behaviors hidden from the diff (security profile updates). */
  unchangedBehaviors?: number;
  requests: PlannedRequest[];
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  attach: number;
  detach: number;
  unchanged: number;
}

/** What a change was computed from; `apply` re-reads these and refuses when one moved. `null` = did not exist. */
export interface Fingerprints {
  profiles: Record<string, { version: number | null; targets: string[]; tags: Tags }>;
  dimensions: Record<string, { lastModifiedDate: number | null; tags: Tags }>;
  customMetrics: Record<string, { lastModifiedDate: number | null; tags: Tags }>;
}

export interface UnmanagedResource {
  kind: ResourceKind;
  name: string;
  reason: string;
}

export interface Plan {
  formatVersion: 1;
  toolVersion: string;
  scope: AccountScope;
  summary: PlanSummary;
  /** In execution order (design §3). */
  changes: Change[];
  unmanaged: UnmanagedResource[];
  /** Plan-time limit checks that failed; a plan with errors cannot be applied. */
  errors: Finding[];
  fingerprints: Fingerprints;
  /** Hash of the changes and fingerprints: the Action compares it with the reviewed plan. */
  planHash: string;
}
