// The optional repository config file `defender-gitops.yaml` (design §1), after loading and defaults.
import type { Severity } from './finding.js';

export const CONFIG_FILE = 'defender-gitops.yaml';
export const DEFAULT_PATHS = ['profiles'];
export const DEFAULT_OWNERSHIP_TAG = { key: 'managed-by', value: 'defender-gitops' } as const;

export interface Environment {
  region?: string;
  /** 12-digit account id the environment must run against; a mismatch with the credentials is an error. */
  account?: string;
  endpoint?: string;
  paths?: string[];
}

/** Organisation policies: every one is off unless set. */
export interface Policies {
  requireAlertTargets?: boolean;
  /** Regular expression every security profile name must match. */
  namePattern?: string;
  /** Tag keys every resource must carry. */
  requiredTags?: string[];
  /** Targets no profile may be attached to, in any written form (`all-things`, `thing-group/x`, ARN). */
  forbiddenTargets?: string[];
}

export interface Config {
  /** Absolute path of the file it came from; undefined when defaults apply. */
  file?: string;
  paths: string[];
  ownershipTag: { key: string; value: string };
  prune: boolean;
  environments: Record<string, Environment>;
  /** Per-rule severity overrides; `off` disables the rule. */
  rules: Record<string, Severity | 'off'>;
  policies: Policies;
}

export function defaultConfig(): Config {
  return {
    paths: [...DEFAULT_PATHS],
    ownershipTag: { ...DEFAULT_OWNERSHIP_TAG },
    prune: false,
    environments: {},
    rules: {},
    policies: {},
  };
}
