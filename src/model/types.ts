// Resource types of the file format (design §1). Field names are the AWS API member names,
// so Behavior, MetricToRetain, AlertTarget and MetricsExportConfig are the API shapes as-is;
// only the top of each resource is simplified (name, tags as a map, targets).

export type ComparisonOperator =
  | 'less-than'
  | 'less-than-equals'
  | 'greater-than'
  | 'greater-than-equals'
  | 'in-cidr-set'
  | 'not-in-cidr-set'
  | 'in-port-set'
  | 'not-in-port-set'
  | 'in-set'
  | 'not-in-set';

export type DimensionValueOperator = 'IN' | 'NOT_IN';
export type ConfidenceLevel = 'LOW' | 'MEDIUM' | 'HIGH';
export type CustomMetricType = 'string-list' | 'ip-address-list' | 'number-list' | 'number';
export type DimensionType = 'TOPIC_FILTER';

export interface MetricValue {
  count?: number;
  cidrs?: string[];
  ports?: number[];
  number?: number;
  numbers?: number[];
  strings?: string[];
}

export interface MetricDimension {
  dimensionName: string;
  operator?: DimensionValueOperator;
}

export interface BehaviorCriteria {
  comparisonOperator?: ComparisonOperator;
  value?: MetricValue;
  durationSeconds?: number;
  consecutiveDatapointsToAlarm?: number;
  consecutiveDatapointsToClear?: number;
  statisticalThreshold?: { statistic?: string };
  mlDetectionConfig?: { confidenceLevel: ConfidenceLevel };
}

export interface Behavior {
  name: string;
  metric?: string;
  metricDimension?: MetricDimension;
  criteria?: BehaviorCriteria;
  suppressAlerts?: boolean;
  exportMetric?: boolean;
}

export interface MetricToRetain {
  metric: string;
  metricDimension?: MetricDimension;
  exportMetric?: boolean;
}

export interface AlertTarget {
  alertTargetArn: string;
  roleArn: string;
}

/** The API accepts only the key `SNS`. */
export type AlertTargets = Partial<Record<'SNS', AlertTarget>>;

export interface MetricsExportConfig {
  mqttTopic: string;
  roleArn: string;
}

export type Tags = Record<string, string>;

export interface SecurityProfile {
  kind: 'SecurityProfile';
  name: string;
  description?: string;
  behaviors?: Behavior[];
  alertTargets?: AlertTargets;
  /** Deprecated V1 list of metric names. */
  additionalMetricsToRetain?: string[];
  additionalMetricsToRetainV2?: MetricToRetain[];
  metricsExportConfig?: MetricsExportConfig;
  /** Short forms (all-things, registered-things, unregistered-things, thing-group/<name>) or full ARNs. */
  targets?: string[];
  tags?: Tags;
}

export interface Dimension {
  kind: 'Dimension';
  name: string;
  type: DimensionType;
  stringValues: string[];
  tags?: Tags;
}

export interface CustomMetric {
  kind: 'CustomMetric';
  name: string;
  metricType: CustomMetricType;
  displayName?: string;
  tags?: Tags;
}

export type Resource = SecurityProfile | Dimension | CustomMetric;
export type ResourceKind = Resource['kind'];
export const RESOURCE_KINDS: readonly ResourceKind[] = ['SecurityProfile', 'Dimension', 'CustomMetric'];
