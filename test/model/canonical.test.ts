import { describe, expect, it } from 'vitest';
import { canonicalCustomMetric, canonicalDimension, canonicalProfile, withoutDefaults } from '../../src/model/canonical.js';
import type { LiveProfile } from '../../src/model/live.js';

describe('canonical form', () => {
  it('fills defaults, keys behaviors by name, sorts sets, reads count as an integer', () => {
    const c = canonicalProfile({
      kind: 'SecurityProfile',
      name: 'p',
      behaviors: [
        { name: 'z', metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [443, 22, 443] } } },
        { name: 'a', metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'd' }, criteria: { comparisonOperator: 'less-than', value: { count: '7' as unknown as number } } },
      ],
      targets: ['thing-group/b', 'all-things', 'arn:aws:iot:eu-west-1:123456789012:thinggroup/a'],
      tags: { b: '2', a: '1', 'aws:cloudformation:stack-id': 'x' },
    });
    expect(Object.keys(c.behaviors)).toEqual(['z', 'a']);
    expect(c.behaviors.z!.criteria!.value!.ports).toEqual([22, 443]);
    expect(c.behaviors.a).toEqual({
      name: 'a',
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'd', operator: 'IN' },
      criteria: { comparisonOperator: 'less-than', value: { count: 7 }, consecutiveDatapointsToAlarm: 1, consecutiveDatapointsToClear: 1 },
      suppressAlerts: false,
      exportMetric: false,
    });
    expect(c.description).toBe('');
    expect(c.alertTargets).toEqual({});
    expect(c.metricsExportConfig).toBeNull();
    expect(c.targets).toEqual(['all/things', 'thinggroup/a', 'thinggroup/b']);
    expect(Object.keys(c.tags!)).toEqual(['a', 'b']);
  });

  it('leaves targets and tags unmanaged (null) when a file omits them, but not for live resources', () => {
    const file = canonicalProfile({ kind: 'SecurityProfile', name: 'p' });
    expect(file.targets).toBeNull();
    expect(file.tags).toBeNull();
    const live: LiveProfile = { kind: 'SecurityProfile', name: 'p', arn: 'arn', version: 1, targets: ['arn:aws:iot:eu-west-1:123456789012:all/registered-things'], tags: {} };
    expect(canonicalProfile(live).targets).toEqual(['all/registered-things']);
    expect(canonicalProfile(live).tags).toEqual({});
  });

  it('dimensions and custom metrics', () => {
    expect(canonicalDimension({ kind: 'Dimension', name: 'd', type: 'TOPIC_FILTER', stringValues: ['b', 'a', 'b'] }).stringValues).toEqual(['a', 'b']);
    expect(canonicalCustomMetric({ kind: 'CustomMetric', name: 'm', metricType: 'number' }).displayName).toBe('');
  });

  it('withoutDefaults drops restated defaults only', () => {
    const c = canonicalProfile({ kind: 'SecurityProfile', name: 'p', behaviors: [{ name: 'b', metricDimension: { dimensionName: 'd', operator: 'NOT_IN' }, criteria: { consecutiveDatapointsToAlarm: 2 } }] });
    expect(withoutDefaults(c.behaviors.b)).toEqual({ name: 'b', metricDimension: { dimensionName: 'd', operator: 'NOT_IN' }, criteria: { consecutiveDatapointsToAlarm: 2 } });
  });
});
