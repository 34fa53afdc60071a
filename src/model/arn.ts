// ARN formats (reference §11) and the target forms users write in files (design §1).

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;

export interface AccountScope {
  partition: string;
  region: string;
  account: string;
}

export type ArnResourceType = 'securityprofile' | 'dimension' | 'custommetric' | 'thinggroup';

export function resourceArn(scope: AccountScope, type: ArnResourceType, name: string): string {
  return `arn:${scope.partition}:iot:${scope.region}:${scope.account}:${type}/${name}`;
}

/** The account-independent part of a target: `thinggroup/<name>`, `all/things`, `all/registered-things`, `all/unregistered-things`. */
export type TargetKey = string;

const SHORT_TARGETS: Readonly<Record<string, TargetKey>> = {
  'all-things': 'all/things',
  'registered-things': 'all/registered-things',
  'unregistered-things': 'all/unregistered-things',
};
const ALL_TARGETS = new Set(Object.values(SHORT_TARGETS));

const TARGET_ARN_SOURCE = 'arn:(aws|aws-cn|aws-us-gov):iot:([a-z0-9-]+):(\\d{12}):(thinggroup/[a-zA-Z0-9:_-]{1,128}|all/(?:things|registered-things|unregistered-things))';
const THING_GROUP_SHORT_SOURCE = 'thing-group/([a-zA-Z0-9:_-]{1,128})';
const TARGET_ARN = new RegExp(`^${TARGET_ARN_SOURCE}$`);
const THING_GROUP_SHORT = new RegExp(`^${THING_GROUP_SHORT_SOURCE}$`);

/** Every form `parseTarget` accepts, as one anchored pattern (for the JSON Schemas). */
export const TARGET_PATTERN = `^(?:${Object.keys(SHORT_TARGETS).join('|')}|${THING_GROUP_SHORT_SOURCE}|${TARGET_ARN_SOURCE})$`;

export interface ParsedTarget {
  key: TargetKey;
  /** Present when the file names a full ARN: its scope must match the account the plan runs against. */
  scope?: AccountScope;
}

/** Parses a target as written in a file; undefined when it is none of the documented forms. */
export function parseTarget(written: string): ParsedTarget | undefined {
  const short = SHORT_TARGETS[written];
  if (short) return { key: short };
  const group = THING_GROUP_SHORT.exec(written);
  if (group) return { key: `thinggroup/${group[1]}` };
  const arn = TARGET_ARN.exec(written);
  if (arn) return { key: arn[4]!, scope: { partition: arn[1]!, region: arn[2]!, account: arn[3]! } };
  return undefined;
}

export function targetArn(scope: AccountScope, key: TargetKey): string {
  return `arn:${scope.partition}:iot:${scope.region}:${scope.account}:${key}`;
}

/** The key of a live target ARN (as ListTargetsForSecurityProfile returns it). */
export function targetKeyOfArn(arn: string): TargetKey | undefined {
  return parseTarget(arn)?.key;
}

/** The short form a file would use for a target key, for `import`. */
export function shortTarget(key: TargetKey): string {
  for (const [short, k] of Object.entries(SHORT_TARGETS)) if (k === key) return short;
  return key.startsWith('thinggroup/') ? `thing-group/${key.slice('thinggroup/'.length)}` : key;
}

export function isAccountWideTarget(key: TargetKey): boolean {
  return ALL_TARGETS.has(key);
}

export function thingGroupOfTarget(key: TargetKey): string | undefined {
  return key.startsWith('thinggroup/') ? key.slice('thinggroup/'.length) : undefined;
}

export const SNS_TOPIC_ARN = /^arn:(aws|aws-cn|aws-us-gov):sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
export const IAM_ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role\/[\w+=,.@\/-]{1,512}$/;
