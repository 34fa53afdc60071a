import { CreateCustomMetricCommand, ValidateSecurityProfileBehaviorsCommand, type Behavior } from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { failure, useEmulator } from './helpers.js';

const rule = (name: string, metric: string, criteria: Behavior['criteria'], extra: Partial<Behavior> = {}): Behavior => ({ name, metric, criteria, ...extra });

describe('ValidateSecurityProfileBehaviors', () => {
  const t = useEmulator();
  const validate = (behaviors: Behavior[]) => t.iot.send(new ValidateSecurityProfileBehaviorsCommand({ behaviors }));

  it('answers valid:true with an empty error list for good behaviors', async () => {
    await t.iot.send(new CreateCustomMetricCommand({ metricName: 'battery', metricType: 'number' }));
    const res = await validate([
      rule('sent', 'aws:num-messages-sent', { comparisonOperator: 'greater-than', value: { count: 10 }, durationSeconds: 300, consecutiveDatapointsToAlarm: 2 }),
      rule('ports', 'aws:listening-tcp-ports', { comparisonOperator: 'in-port-set', value: { ports: [22, 443] } }),
      rule('p90', 'aws:all-bytes-out', { comparisonOperator: 'greater-than', statisticalThreshold: { statistic: 'p90' }, durationSeconds: 900 }),
      rule('battery', 'battery', { comparisonOperator: 'less-than', value: { number: 10.5 } }),
      rule('ml', 'battery', { mlDetectionConfig: { confidenceLevel: 'LOW' } }),
    ]);
    expect(res.valid).toBe(true);
    expect(res.validationErrors).toEqual([]);
  });

  it('answers 200 valid:false with "Behavior <name> is malformed. <detail>" for each problem', async () => {
    const res = await validate([
      rule('Authorization', 'aws:num-authorization-failures', { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300, consecutiveDatapointsToAlarm: 100000 }),
      rule('wrong-op', 'aws:source-ip-address', { comparisonOperator: 'greater-than', value: { count: 1 } }),
      rule('list-duration', 'aws:destination-ip-addresses', { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.0/8'] }, durationSeconds: 300 }),
      rule('ml-port', 'aws:listening-udp-ports', { mlDetectionConfig: { confidenceLevel: 'HIGH' } }),
      rule('no-stat', 'aws:source-ip-address', { comparisonOperator: 'in-cidr-set', statisticalThreshold: { statistic: 'p50' } }),
      rule('bad-cidr', 'aws:source-ip-address', { comparisonOperator: 'not-in-cidr-set', value: { cidrs: ['10.0.0.0/8', '999.1.1.1/8'] } }),
      rule('dim-on-device', 'aws:all-bytes-in', { comparisonOperator: 'less-than', value: { count: 1 }, durationSeconds: 300 }, { metricDimension: { dimensionName: 'x' } }),
    ]);
    expect(res.$metadata.httpStatusCode).toBe(200);
    expect(res.valid).toBe(false);
    const messages = res.validationErrors!.map((e) => e.errorMessage);
    expect(messages).toContain('Behavior Authorization is malformed. consecutiveDatapointsToAlarm 100000 should be in range[1,10]');
    expect(messages).toContain('Behavior bad-cidr is malformed. value.cidrs[1]: "999.1.1.1" is not an IPv4 or IPv6 address');
    for (const name of ['wrong-op', 'list-duration', 'ml-port', 'no-stat', 'dim-on-device'])
      expect(messages.some((m) => m!.startsWith(`Behavior ${name} is malformed. `)), name).toBe(true);
  });

  it('rejects an unreadable request with InvalidRequestException', async () => {
    const missing = await failure(t.iot.send(new ValidateSecurityProfileBehaviorsCommand({} as never)));
    expect(missing.name).toBe('InvalidRequestException');
    expect(missing.message).toContain('behaviors');
  });
});
