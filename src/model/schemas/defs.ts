// JSON-Schema building blocks for the file format, built from constraints.ts (the one place the
// numbers live). Field names are the AWS API member names, so the emulator may reuse the API
// shapes (Behavior, MetricValue, MetricToRetain, AlertTarget, MetricsExportConfig) from `$defs`.
import * as C from '../constraints.js';
import { TARGET_PATTERN } from '../arn.js';

export type JsonSchema = { [keyword: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const object = (properties: Record<string, JsonSchema>, required: string[] = [], description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});
const name = (description: string): JsonSchema => ({
  type: 'string',
  description,
  minLength: 1,
  maxLength: C.NAME_MAX,
  pattern: C.NAME_PATTERN,
});
const roleArn: JsonSchema = {
  type: 'string',
  description: 'IAM role ARN (arn:aws:iam::<account>:role/<name>)',
  minLength: C.ROLE_ARN_LENGTH.min,
  maxLength: C.ROLE_ARN_LENGTH.max,
};
const setOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items, uniqueItems: true });

/** Shared definitions: API shapes plus the file format's resources. */
export const DEFS: Record<string, JsonSchema> = {
  Name: name('letters, digits, ":", "_" and "-"; 1–128 characters'),
  MetricName: {
    type: 'string',
    description: 'a built-in metric (aws:…) or the name of a CustomMetric',
    minLength: 1,
    maxLength: C.NAME_MAX,
    pattern: C.NAME_PATTERN,
  },
  Tags: {
    type: 'object',
    description: `resource tags as a map (at most ${C.MAX_TAGS})`,
    maxProperties: C.MAX_TAGS,
    propertyNames: { minLength: C.TAG_KEY_LENGTH.min, maxLength: C.TAG_KEY_LENGTH.max, pattern: C.TAG_KEY_PATTERN },
    additionalProperties: { type: 'string', maxLength: C.TAG_VALUE_MAX },
  },
  MetricDimension: object(
    {
      dimensionName: ref('Name'),
      operator: { enum: [...C.DIMENSION_VALUE_OPERATORS], description: 'IN (default) or NOT_IN' },
    },
    ['dimensionName'],
  ),
  MetricValue: object({
    count: { type: 'integer', minimum: 0, description: 'for built-in counters (non-negative integer)' },
    cidrs: setOf({ type: 'string', minLength: C.CIDR_LENGTH.min, maxLength: C.CIDR_LENGTH.max, pattern: C.CIDR_PATTERN }),
    ports: setOf({ type: 'integer', minimum: C.PORT_RANGE.min, maximum: C.PORT_RANGE.max }),
    number: { type: 'number', description: 'for custom metrics of type number' },
    numbers: setOf({ type: 'number' }),
    strings: setOf({ type: 'string' }),
  }),
  BehaviorCriteria: object({
    comparisonOperator: { enum: [...C.COMPARISON_OPERATORS] },
    value: ref('MetricValue'),
    durationSeconds: { type: 'integer', minimum: 1, description: `one of ${C.DURATIONS.join(', ')}` },
    consecutiveDatapointsToAlarm: { type: 'integer', minimum: C.CONSECUTIVE_DATAPOINTS.min, maximum: C.CONSECUTIVE_DATAPOINTS.max },
    consecutiveDatapointsToClear: { type: 'integer', minimum: C.CONSECUTIVE_DATAPOINTS.min, maximum: C.CONSECUTIVE_DATAPOINTS.max },
    statisticalThreshold: object({ statistic: { enum: [...C.STATISTICS] } }),
    mlDetectionConfig: object({ confidenceLevel: { enum: [...C.CONFIDENCE_LEVELS] } }, ['confidenceLevel']),
  }),
  Behavior: object(
    {
      name: ref('Name'),
      metric: ref('MetricName'),
      metricDimension: ref('MetricDimension'),
      criteria: ref('BehaviorCriteria'),
      suppressAlerts: { type: 'boolean' },
      exportMetric: { type: 'boolean' },
    },
    ['name'],
  ),
  MetricToRetain: object(
    { metric: ref('MetricName'), metricDimension: ref('MetricDimension'), exportMetric: { type: 'boolean' } },
    ['metric'],
  ),
  AlertTarget: object(
    {
      alertTargetArn: { type: 'string', description: 'SNS topic ARN', minLength: 1, maxLength: C.ARN_MAX },
      roleArn,
    },
    ['alertTargetArn', 'roleArn'],
  ),
  AlertTargets: object({ SNS: ref('AlertTarget') }, [], 'alert targets by type; the API accepts only SNS'),
  MetricsExportConfig: object(
    { mqttTopic: { type: 'string', minLength: C.MQTT_TOPIC_LENGTH.min, maxLength: C.MQTT_TOPIC_LENGTH.max }, roleArn },
    ['mqttTopic', 'roleArn'],
  ),
  Target: {
    type: 'string',
    description: 'all-things, registered-things, unregistered-things, thing-group/<name>, or a thing-group / all/… target ARN',
    pattern: TARGET_PATTERN,
  },
  SecurityProfile: object(
    {
      kind: { const: 'SecurityProfile' },
      name: ref('Name'),
      description: { type: 'string', maxLength: C.PROFILE_DESCRIPTION_MAX, pattern: C.NO_CONTROL_PATTERN },
      behaviors: { type: 'array', maxItems: C.MAX_BEHAVIORS, items: ref('Behavior') },
      alertTargets: ref('AlertTargets'),
      additionalMetricsToRetain: { type: 'array', items: ref('MetricName'), description: 'deprecated: use additionalMetricsToRetainV2' },
      additionalMetricsToRetainV2: { type: 'array', items: ref('MetricToRetain') },
      metricsExportConfig: ref('MetricsExportConfig'),
      targets: setOf(ref('Target')),
      tags: ref('Tags'),
    },
    ['kind', 'name'],
    'A Device Defender Detect security profile',
  ),
  Dimension: object(
    {
      kind: { const: 'Dimension' },
      name: ref('Name'),
      type: { enum: [...C.DIMENSION_TYPES] },
      stringValues: {
        type: 'array',
        minItems: C.DIMENSION_STRING_VALUES.min,
        maxItems: C.DIMENSION_STRING_VALUES.max,
        uniqueItems: true,
        items: { type: 'string', minLength: C.DIMENSION_STRING_VALUE_LENGTH.min, maxLength: C.DIMENSION_STRING_VALUE_LENGTH.max },
      },
      tags: ref('Tags'),
    },
    ['kind', 'name', 'type', 'stringValues'],
    'A TOPIC_FILTER dimension',
  ),
  CustomMetric: object(
    {
      kind: { const: 'CustomMetric' },
      name: ref('Name'),
      metricType: { enum: [...C.CUSTOM_METRIC_TYPES] },
      displayName: { type: 'string', maxLength: C.CUSTOM_METRIC_DISPLAY_NAME_MAX, pattern: C.NO_CONTROL_PATTERN },
      tags: ref('Tags'),
    },
    ['kind', 'name', 'metricType'],
    'A custom metric devices report',
  ),
};

/** What a person should read instead of a regular expression. */
export const PATTERN_HINTS: Readonly<Record<string, string>> = {
  [C.NAME_PATTERN]: 'only letters, digits, ":", "_" and "-"',
  [C.NO_CONTROL_PATTERN]: 'one line of text without tabs or other control characters',
  [C.CIDR_PATTERN]: 'a CIDR block such as "10.0.0.0/8" or "2001:db8::/32"',
  [C.TAG_KEY_PATTERN]: 'letters, digits, spaces and _ . : / = + - @',
  [TARGET_PATTERN]:
    'all-things, registered-things, unregistered-things, thing-group/<name>, or an ARN such as arn:aws:iot:<region>:<account>:thinggroup/<name>',
};
