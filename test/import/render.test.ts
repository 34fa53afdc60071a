import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderImport } from '../../src/import/render.js';
import type { LiveProfile } from '../../src/model/live.js';

const scope = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
const ownershipTag = { key: 'managed-by', value: 'defender-gitops' };

const profile: LiveProfile = {
  kind: 'SecurityProfile',
  name: 'smart-lights',
  description: 'No messages to unexpected topics',
  behaviors: [
    {
      name: 'unexpected-topics',
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'FavoriteTopics', operator: 'NOT_IN' },
      criteria: { comparisonOperator: 'less-than', value: { count: 1 }, durationSeconds: 300, consecutiveDatapointsToAlarm: 1, consecutiveDatapointsToClear: 1 },
      suppressAlerts: false,
    },
    { name: 'ml-auth', metric: 'aws:num-authorization-failures', metricDimension: { dimensionName: 'Topics', operator: 'IN' }, criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } } },
  ],
  additionalMetricsToRetain: ['aws:num-disconnects'],
  metricsExportConfig: { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' },
  arn: 'arn:aws:iot:eu-west-1:123456789012:securityprofile/smart-lights',
  version: 3,
  targets: ['arn:aws:iot:eu-west-1:123456789012:thinggroup/lights', 'arn:aws:iot:eu-west-1:123456789012:all/registered-things'],
  tags: { team: 'lighting', 'managed-by': 'defender-gitops', 'aws:cloudformation:stack-name': 'x' },
};

describe('renderImport', () => {
  const files = renderImport({
    profiles: [profile],
    dimensions: [{ kind: 'Dimension', name: 'FavoriteTopics', type: 'TOPIC_FILTER', stringValues: ['lights/+/status'], arn: 'a', tags: {} }],
    customMetrics: [
      { kind: 'CustomMetric', name: 'battery', metricType: 'number', displayName: 'Battery %', arn: 'b', tags: { 'managed-by': 'defender-gitops' } },
      { kind: 'CustomMetric', name: 'temperature', metricType: 'number', displayName: '', arn: 'c', tags: {} },
    ],
    ownershipTag,
    scope,
  });

  it('writes one file per profile and one each for dimensions and custom metrics', () => {
    expect(files.map((f) => f.path)).toEqual(['smart-lights.yaml', 'dimensions.yaml', 'custom-metrics.yaml']);
    expect(files[2]!.resources).toEqual([
      { kind: 'CustomMetric', name: 'battery' },
      { kind: 'CustomMetric', name: 'temperature' },
    ]);
  });

  it('writes a profile the way a person would: defaults, ownership and aws: tags left out, short target forms, small maps inline', () => {
    expect(files[0]!.text).toBe(`# Imported by defender-gitops from account 123456789012 (eu-west-1).
kind: SecurityProfile
name: smart-lights
description: No messages to unexpected topics
behaviors:
  - name: unexpected-topics
    metric: aws:num-messages-sent
    metricDimension: { dimensionName: FavoriteTopics, operator: NOT_IN }
    criteria:
      comparisonOperator: less-than
      value: { count: 1 }
      durationSeconds: 300
  - name: ml-auth
    metric: aws:num-authorization-failures
    metricDimension: { dimensionName: Topics }
    criteria:
      mlDetectionConfig: { confidenceLevel: HIGH }
additionalMetricsToRetainV2:
  - metric: aws:num-disconnects
metricsExportConfig:
  mqttTopic: $aws/rules/export
  roleArn: arn:aws:iam::123456789012:role/export
targets:
  - all/registered-things
  - thing-group/lights
tags: { team: lighting }
`.replace('all/registered-things', 'registered-things'));
  });

  it('puts several resources of a kind in one multi-document file, in name order', () => {
    const docs = parseAllDocuments(files[2]!.text).map((d) => d.toJS());
    expect(docs).toEqual([
      { kind: 'CustomMetric', name: 'battery', metricType: 'number', displayName: 'Battery %' },
      { kind: 'CustomMetric', name: 'temperature', metricType: 'number' },
    ]);
    expect(parseAllDocuments(files[1]!.text).map((d) => d.toJS())).toEqual([
      { kind: 'Dimension', name: 'FavoriteTopics', type: 'TOPIC_FILTER', stringValues: ['lights/+/status'] },
    ]);
  });

  it('never gives two resources the same file', () => {
    const named = (name: string): LiveProfile => ({ ...profile, name });
    const paths = renderImport({ profiles: [named('dimensions'), named('a:b'), named('a_b'), named('a_b'.replace('_', ':'))], dimensions: [], customMetrics: [], ownershipTag, scope }).map((f) => f.path);
    expect(new Set(paths).size).toBe(4);
    expect(paths).toContain('dimensions.security-profile.yaml');
  });
});
