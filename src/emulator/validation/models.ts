// Request shapes of the model (reference §5, §6), built from the shared constraints in src/model.
import * as C from '../../model/constraints.js';
import type { Shape } from './shapes.js';

const str = (extra: Omit<Extract<Shape, { type: 'string' }>, 'type'> = {}): Shape => ({ type: 'string', ...extra });
const long = (min?: number, max?: number): Shape => ({ type: 'long', min, max });
const list = (member: Shape, min?: number, max?: number): Shape => ({ type: 'list', member, min, max });
const struct = (members: Record<string, Shape>, required: string[] = []): Shape => ({ type: 'struct', members, required });
const bool: Shape = { type: 'boolean' };
const double: Shape = { type: 'double' };

export const NAME: Shape = str({ min: 1, max: C.NAME_MAX, pattern: C.NAME_PATTERN });
const ROLE_ARN = str({ min: C.ROLE_ARN_LENGTH.min, max: C.ROLE_ARN_LENGTH.max });
const ARN = str({ max: C.ARN_MAX });
export const PROFILE_DESCRIPTION = str({ max: C.PROFILE_DESCRIPTION_MAX, pattern: C.PRINTABLE_PATTERN });
export const DISPLAY_NAME = str({ max: C.CUSTOM_METRIC_DISPLAY_NAME_MAX, pattern: C.PRINTABLE_PATTERN });
/** BehaviorMetric has no model constraints; CloudFormation's 1–128 name pattern is what the service accepts. */
const METRIC = NAME;

const METRIC_DIMENSION = struct(
  { dimensionName: NAME, operator: str({ enum: C.DIMENSION_VALUE_OPERATORS }) },
  ['dimensionName'],
);

const METRIC_VALUE = struct({
  count: long(0),
  cidrs: list(str({ min: C.CIDR_LENGTH.min, max: C.CIDR_LENGTH.max, pattern: C.CIDR_PATTERN })),
  ports: list(long(C.PORT_RANGE.min, C.PORT_RANGE.max)),
  number: double,
  numbers: list(double),
  strings: list(str()),
});

const CONSECUTIVE = long(C.CONSECUTIVE_DATAPOINTS.min, C.CONSECUTIVE_DATAPOINTS.max);

export const BEHAVIOR: Shape = struct(
  {
    name: NAME,
    metric: METRIC,
    metricDimension: METRIC_DIMENSION,
    criteria: struct({
      comparisonOperator: str({ enum: C.COMPARISON_OPERATORS }),
      value: METRIC_VALUE,
      durationSeconds: long(),
      consecutiveDatapointsToAlarm: CONSECUTIVE,
      consecutiveDatapointsToClear: CONSECUTIVE,
      statisticalThreshold: struct({ statistic: str({ enum: C.STATISTICS }) }),
      mlDetectionConfig: struct({ confidenceLevel: str({ enum: C.CONFIDENCE_LEVELS }) }, ['confidenceLevel']),
    }),
    suppressAlerts: bool,
    exportMetric: bool,
  },
  ['name'],
);

export const BEHAVIORS: Shape = list(BEHAVIOR, 0, C.MAX_BEHAVIORS);

export const TAG_LIST: Shape = list(
  struct(
    {
      Key: str({ min: C.TAG_KEY_LENGTH.min, max: C.TAG_KEY_LENGTH.max, pattern: C.TAG_KEY_PATTERN, flags: 'u' }),
      Value: str({ max: C.TAG_VALUE_MAX }),
    },
    ['Key'],
  ),
);
export const TAG_KEY_LIST: Shape = list(
  str({ min: C.TAG_KEY_LENGTH.min, max: C.TAG_KEY_LENGTH.max, pattern: C.TAG_KEY_PATTERN, flags: 'u' }),
);

const PROFILE_CONTENT: Record<string, Shape> = {
  securityProfileDescription: PROFILE_DESCRIPTION,
  behaviors: BEHAVIORS,
  alertTargets: {
    type: 'map',
    key: str({ enum: C.ALERT_TARGET_TYPES }),
    value: struct({ alertTargetArn: ARN, roleArn: ROLE_ARN }, ['alertTargetArn', 'roleArn']),
  },
  additionalMetricsToRetain: list(METRIC),
  additionalMetricsToRetainV2: list(
    struct({ metric: METRIC, metricDimension: METRIC_DIMENSION, exportMetric: bool }, ['metric']),
  ),
  metricsExportConfig: struct(
    { mqttTopic: str({ min: C.MQTT_TOPIC_LENGTH.min, max: C.MQTT_TOPIC_LENGTH.max }), roleArn: ROLE_ARN },
    ['mqttTopic', 'roleArn'],
  ),
};

export const CREATE_PROFILE_BODY: Shape = struct({ ...PROFILE_CONTENT, tags: TAG_LIST });
export const UPDATE_PROFILE_BODY: Shape = struct({
  ...PROFILE_CONTENT,
  deleteBehaviors: bool,
  deleteAlertTargets: bool,
  deleteAdditionalMetricsToRetain: bool,
  deleteMetricsExportConfig: bool,
});
export const VALIDATE_BEHAVIORS_BODY: Shape = struct({ behaviors: BEHAVIORS }, ['behaviors']);

const CLIENT_REQUEST_TOKEN = str({
  min: C.CLIENT_REQUEST_TOKEN_LENGTH.min,
  max: C.CLIENT_REQUEST_TOKEN_LENGTH.max,
  pattern: C.CLIENT_REQUEST_TOKEN_PATTERN,
});
const STRING_VALUES = list(
  str({ min: C.DIMENSION_STRING_VALUE_LENGTH.min, max: C.DIMENSION_STRING_VALUE_LENGTH.max }),
  C.DIMENSION_STRING_VALUES.min,
  C.DIMENSION_STRING_VALUES.max,
);

export const CREATE_DIMENSION_BODY: Shape = struct(
  { type: str({ enum: C.DIMENSION_TYPES }), stringValues: STRING_VALUES, tags: TAG_LIST, clientRequestToken: CLIENT_REQUEST_TOKEN },
  ['type', 'stringValues', 'clientRequestToken'],
);
export const UPDATE_DIMENSION_BODY: Shape = struct({ stringValues: STRING_VALUES }, ['stringValues']);

export const CREATE_CUSTOM_METRIC_BODY: Shape = struct(
  {
    displayName: DISPLAY_NAME,
    metricType: str({ enum: C.CUSTOM_METRIC_TYPES }),
    tags: TAG_LIST,
    clientRequestToken: CLIENT_REQUEST_TOKEN,
  },
  ['metricType', 'clientRequestToken'],
);
export const UPDATE_CUSTOM_METRIC_BODY: Shape = struct({ displayName: DISPLAY_NAME }, ['displayName']);

export const TAG_RESOURCE_BODY: Shape = struct({ resourceArn: ARN, tags: TAG_LIST }, ['resourceArn', 'tags']);
export const UNTAG_RESOURCE_BODY: Shape = struct({ resourceArn: ARN, tagKeys: TAG_KEY_LIST }, ['resourceArn', 'tagKeys']);

export const CREATE_THING_GROUP_BODY: Shape = struct({
  parentGroupName: NAME,
  thingGroupProperties: struct({
    thingGroupDescription: str({ max: C.THING_GROUP_DESCRIPTION_MAX, pattern: C.PRINTABLE_PATTERN }),
    attributePayload: struct({
      attributes: {
        type: 'map',
        key: str({ max: C.ATTRIBUTE_NAME_MAX, pattern: C.ATTRIBUTE_NAME_PATTERN }),
        value: str({ max: C.ATTRIBUTE_VALUE_MAX, pattern: C.ATTRIBUTE_VALUE_PATTERN }),
      },
      merge: bool,
    }),
  }),
  tags: TAG_LIST,
});
