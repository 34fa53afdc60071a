import { describe, expect, it } from 'vitest';
import { criteriaKind, resolveMetric, valueElementCount, AWS_METRIC_NAMES } from '../../src/model/catalog.js';
import { parseTarget, shortTarget, targetArn } from '../../src/model/arn.js';

describe('metric catalog', () => {
  const custom = new Map([['battery', 'number' as const], ['apps', 'string-list' as const]]);

  it('knows the 18 documented built-in metrics', () => {
    expect(AWS_METRIC_NAMES).toHaveLength(18);
  });

  it('resolves built-in, custom and unknown metrics', () => {
    const sent = resolveMetric('aws:num-messages-sent', custom);
    expect(sent).toMatchObject({ status: 'known', info: { valueMember: 'count', duration: 'windowed', dimension: 'yes' } });
    expect(resolveMetric('aws:num-mesages-sent', custom)).toEqual({ status: 'unknown-aws' });
    expect(resolveMetric('battery', custom)).toMatchObject({ status: 'known', info: { valueMember: 'number', ml: true } });
    expect(resolveMetric('apps', custom)).toMatchObject({ info: { operators: ['in-set', 'not-in-set'], isList: true } });
    expect(resolveMetric('batery', custom)).toEqual({ status: 'unknown-custom' });
  });

  it('classifies criteria and counts value elements', () => {
    expect(criteriaKind({ mlDetectionConfig: { confidenceLevel: 'HIGH' } })).toBe('ml');
    expect(criteriaKind({ comparisonOperator: 'less-than', statisticalThreshold: { statistic: 'p90' } })).toBe('statistical');
    expect(criteriaKind({ comparisonOperator: 'less-than', value: { count: 1 } })).toBe('static');
    expect(criteriaKind(undefined)).toBe('none');
    expect(valueElementCount({ ports: [1, 2, 3] })).toBe(3);
    expect(valueElementCount({ count: 5 })).toBe(1);
  });
});

describe('targets', () => {
  it('parses short forms and ARNs to one key', () => {
    expect(parseTarget('all-things')).toEqual({ key: 'all/things' });
    expect(parseTarget('thing-group/lights')).toEqual({ key: 'thinggroup/lights' });
    expect(parseTarget('arn:aws:iot:eu-west-1:123456789012:thinggroup/lights')).toEqual({
      key: 'thinggroup/lights',
      scope: { partition: 'aws', region: 'eu-west-1', account: '123456789012' },
    });
    expect(parseTarget('thinggroup/lights')).toBeUndefined();
    expect(parseTarget('arn:aws:iot:eu-west-1:123456789012:thing/lights')).toBeUndefined();
  });

  it('round-trips keys to ARNs and short forms', () => {
    const scope = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
    expect(targetArn(scope, 'all/registered-things')).toBe('arn:aws:iot:eu-west-1:123456789012:all/registered-things');
    expect(shortTarget('all/registered-things')).toBe('registered-things');
    expect(shortTarget('thinggroup/x')).toBe('thing-group/x');
  });
});
