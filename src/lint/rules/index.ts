// Every rule, in the order docs/rules.md lists them: how files are read, the schema, the metric
// catalog, ML Detect, dimensions, profile- and repository-wide limits, organisation policies.
import type { Rule } from '../rule.js';
import { yamlSyntax } from './yaml-syntax.js';
import { duplicateKey } from './duplicate-key.js';
import { aliasLimit } from './alias-limit.js';
import { emptyFile } from './empty-file.js';
import { notUtf8 } from './not-utf8.js';
import { fileTooLarge } from './file-too-large.js';
import { fileUnreadable } from './file-unreadable.js';
import { unknownKind } from './unknown-kind.js';
import { schema } from './schema.js';
import { config } from './config.js';
import { unknownMetric } from './unknown-metric.js';
import { unknownCustomMetric } from './unknown-custom-metric.js';
import { metricOperatorMismatch } from './metric-operator-mismatch.js';
import { valueMemberMismatch } from './value-member-mismatch.js';
import { durationSeconds } from './duration-seconds.js';
import { statisticalThreshold } from './statistical-threshold.js';
import { mlUnsupportedMetric } from './ml-unsupported-metric.js';
import { mlRuleFields } from './ml-rule-fields.js';
import { mlDimensionUnsupported } from './ml-dimension-unsupported.js';
import { unknownDimension } from './unknown-dimension.js';
import { dimensionUnsupportedMetric } from './dimension-unsupported-metric.js';
import { topicFilterSyntax } from './topic-filter-syntax.js';
import { maxDimensions } from './max-dimensions.js';
import { duplicateBehaviorName } from './duplicate-behavior-name.js';
import { duplicateResourceName } from './duplicate-resource-name.js';
import { maxValueElements } from './max-value-elements.js';
import { maxProfilesPerTarget } from './max-profiles-per-target.js';
import { cidrFormat } from './cidr-format.js';
import { arnFormat } from './arn-format.js';
import { customMetricAwsPrefix } from './custom-metric-aws-prefix.js';
import { exportMetricWithoutConfig } from './export-metric-without-config.js';
import { nonAsciiText } from './non-ascii-text.js';
import { deprecatedMetricsToRetain } from './deprecated-metrics-to-retain.js';
import { policyRequireAlertTargets } from './policy-require-alert-targets.js';
import { policyNamePattern } from './policy-name-pattern.js';
import { policyRequiredTags } from './policy-required-tags.js';
import { policyForbiddenTargets } from './policy-forbidden-targets.js';

export const ALL_RULES: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  aliasLimit,
  emptyFile,
  notUtf8,
  fileTooLarge,
  fileUnreadable,
  unknownKind,
  config,
  schema,
  unknownMetric,
  unknownCustomMetric,
  metricOperatorMismatch,
  valueMemberMismatch,
  durationSeconds,
  statisticalThreshold,
  mlUnsupportedMetric,
  mlRuleFields,
  mlDimensionUnsupported,
  unknownDimension,
  dimensionUnsupportedMetric,
  topicFilterSyntax,
  maxDimensions,
  duplicateBehaviorName,
  duplicateResourceName,
  maxValueElements,
  maxProfilesPerTarget,
  cidrFormat,
  arnFormat,
  customMetricAwsPrefix,
  exportMetricWithoutConfig,
  nonAsciiText,
  deprecatedMetricsToRetain,
  policyRequireAlertTargets,
  policyNamePattern,
  policyRequiredTags,
  policyForbiddenTargets,
];
