// Documented AWS constraints (reference §6, §9, §10). The one place these numbers live:
// the JSON Schemas, the lint rules and the emulator's server-side validation all read them here.

/** Names of profiles, behaviors, dimensions, custom metrics, thing groups: full-string match (reference §3). */
export const NAME_PATTERN = '^[a-zA-Z0-9:_-]+$';
export const NAME_MAX = 128;

/** `[\p{Graph}\x20]*` in Java is printable ASCII (reference §3). */
export const PRINTABLE_PATTERN = '^[\\x20-\\x7E]*$';
/** What `[\p{Graph}\x20]*` certainly excludes, whichever way Java reads it: control characters (tabs, newlines). */
export const NO_CONTROL_PATTERN = '^[^\\x00-\\x1F\\x7F-\\x9F]*$';
export const PROFILE_DESCRIPTION_MAX = 1000;
export const CUSTOM_METRIC_DISPLAY_NAME_MAX = 128;

export const COMPARISON_OPERATORS = [
  'less-than',
  'less-than-equals',
  'greater-than',
  'greater-than-equals',
  'in-cidr-set',
  'not-in-cidr-set',
  'in-port-set',
  'not-in-port-set',
  'in-set',
  'not-in-set',
] as const;
export const DIMENSION_VALUE_OPERATORS = ['IN', 'NOT_IN'] as const;
export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const CUSTOM_METRIC_TYPES = ['string-list', 'ip-address-list', 'number-list', 'number'] as const;
export const DIMENSION_TYPES = ['TOPIC_FILTER'] as const;
export const ALERT_TARGET_TYPES = ['SNS'] as const;

/** EvaluationStatistic pattern of the API model: 11 percentiles. CloudFormation's `Average` is not in it. */
export const STATISTICS = ['p0', 'p0.1', 'p0.01', 'p1', 'p10', 'p50', 'p90', 'p99', 'p99.9', 'p99.99', 'p100'] as const;
/** Valid durationSeconds values (developer guide). */
export const DURATIONS = [300, 600, 900, 1800, 3600] as const;
export const CONSECUTIVE_DATAPOINTS = { min: 1, max: 10 } as const;

export const CIDR_PATTERN = '^[a-fA-F0-9:./]+$';
export const CIDR_LENGTH = { min: 2, max: 43 } as const;
export const PORT_RANGE = { min: 0, max: 65535 } as const;

export const DIMENSION_STRING_VALUES = { min: 1, max: 100 } as const;
export const DIMENSION_STRING_VALUE_LENGTH = { min: 1, max: 256 } as const;
/** CloudFormation allows only 5 values: above that a template user cannot mirror the dimension. */
export const DIMENSION_STRING_VALUES_CFN_MAX = 5;

export const ROLE_ARN_LENGTH = { min: 20, max: 2048 } as const;
export const ARN_MAX = 2048;
export const MQTT_TOPIC_LENGTH = { min: 1, max: 512 } as const;

export const TAG_KEY_PATTERN = '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$'; // needs the `u` flag
export const TAG_KEY_LENGTH = { min: 1, max: 128 } as const;
export const TAG_VALUE_MAX = 256;
export const MAX_TAGS = 50;
/** Tag keys with this prefix are reserved by AWS and do not count toward MAX_TAGS. */
export const RESERVED_TAG_PREFIX = 'aws:';

export const CLIENT_REQUEST_TOKEN_PATTERN = '^[a-zA-Z0-9-_]+$';
export const CLIENT_REQUEST_TOKEN_LENGTH = { min: 1, max: 64 } as const;
export const MAX_RESULTS = { min: 1, max: 250 } as const;

/** Quotas (reference §10). */
export const MAX_BEHAVIORS = 100;
export const MAX_VALUE_ELEMENTS = 1000;
export const MAX_PROFILES_PER_TARGET = 5;
export const MAX_DIMENSIONS = 10;
export const MAX_CUSTOM_METRICS = 100;

/** Custom metric names must not start with this; metrics with it come from the catalog. */
export const AWS_METRIC_PREFIX = 'aws:';

/** Per-operation TPS quotas (reference §5.1). Operations absent here have no published row. */
export const API_TPS: Readonly<Record<string, number>> = {
  CreateSecurityProfile: 10,
  UpdateSecurityProfile: 10,
  DescribeSecurityProfile: 25,
  DeleteSecurityProfile: 10,
  ListSecurityProfiles: 10,
  ListSecurityProfilesForTarget: 10,
  ListTargetsForSecurityProfile: 10,
  AttachSecurityProfile: 10,
  DetachSecurityProfile: 10,
  ValidateSecurityProfileBehaviors: 10,
  UpdateDimension: 10,
  DescribeDimension: 10,
  DeleteDimension: 10,
  ListDimensions: 10,
  CreateCustomMetric: 10,
  UpdateCustomMetric: 10,
  DescribeCustomMetric: 25,
  DeleteCustomMetric: 10,
  ListCustomMetrics: 10,
  ListActiveViolations: 10,
  ListViolationEvents: 10,
};

/** Thing groups (the targets' existence check and the emulator's thing-group routes). */
export const THING_GROUP_DESCRIPTION_MAX = 2028;
export const ATTRIBUTE_NAME_PATTERN = '^[a-zA-Z0-9_.,@/:#-]+$';
export const ATTRIBUTE_NAME_MAX = 128;
export const ATTRIBUTE_VALUE_PATTERN = '^[a-zA-Z0-9_.,@/:#=\\[\\]-]*$';
export const ATTRIBUTE_VALUE_MAX = 800;

/** Violations (ListActiveViolations / ListViolationEvents filters). */
export const VERIFICATION_STATES = ['FALSE_POSITIVE', 'BENIGN_POSITIVE', 'TRUE_POSITIVE', 'UNKNOWN'] as const;
export const BEHAVIOR_CRITERIA_TYPES = ['STATIC', 'STATISTICAL', 'MACHINE_LEARNING'] as const;
export const THING_NAME_LENGTH = { min: 1, max: 128 } as const;
