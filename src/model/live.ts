// Live state as read from AWS (or the emulator): the files' resource shapes plus what only the
// service knows (ARNs, versions, dates, attached targets as ARNs, tags).
import type { AccountScope, TargetKey } from './arn.js';
import type { CustomMetric, Dimension, SecurityProfile, Tags } from './types.js';

export interface LiveProfile extends Omit<SecurityProfile, 'targets' | 'tags'> {
  arn: string;
  version: number;
  creationDate?: number;
  lastModifiedDate?: number;
  /** Target ARNs from ListTargetsForSecurityProfile. */
  targets: string[];
  tags: Tags;
}

export interface LiveDimension extends Omit<Dimension, 'tags'> {
  arn: string;
  creationDate?: number;
  /** Epoch seconds; the dimension's fingerprint (it has no version). */
  lastModifiedDate?: number;
  tags: Tags;
}

export interface LiveCustomMetric extends Omit<CustomMetric, 'tags'> {
  arn: string;
  creationDate?: number;
  lastModifiedDate?: number;
  tags: Tags;
}

export interface LiveState {
  scope: AccountScope;
  /** Profiles read in full: those named in the files and those carrying the ownership tag. */
  profiles: Record<string, LiveProfile>;
  /** Names of every live profile, including unmanaged ones not read in full. */
  allProfileNames: string[];
  dimensions: Record<string, LiveDimension>;
  customMetrics: Record<string, LiveCustomMetric>;
  /** Profiles attached to each target the plan touches, including profiles outside the repository. */
  profilesByTarget: Record<TargetKey, string[]>;
  /** Targets the files name that do not exist (a thing group ListSecurityProfilesForTarget answers ResourceNotFound for). */
  missingTargets?: TargetKey[];
  /** Live profiles that reference each dimension / custom metric (ListSecurityProfiles filters). */
  profilesUsingDimension: Record<string, string[]>;
  profilesUsingCustomMetric: Record<string, string[]>;
}

/** What a plan needs read: the resources named in the files, plus every live resource carrying the ownership tag. */
export interface LiveSelection {
  profiles: string[];
  dimensions: string[];
  customMetrics: string[];
  /** Targets the files name: their attached-profile counts feed the 5-per-target check. */
  targets: TargetKey[];
  ownershipTag: { key: string; value: string };
}
