// Bad requests never crash the emulator or surface as internal failures: every route gets seeded random
// bodies and query strings (wrong types, nulls, junk members, near-valid values) and must answer with a
// JSON body and a status below 500.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/emulator/faults.js';
import { ROUTES } from '../../src/emulator/routes/index.js';
import { useEmulator } from './helpers.js';

const random = seededRandom(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const MEMBERS = [
  'behaviors', 'name', 'metric', 'criteria', 'value', 'count', 'cidrs', 'ports', 'comparisonOperator', 'durationSeconds',
  'statisticalThreshold', 'mlDetectionConfig', 'metricDimension', 'dimensionName', 'alertTargets', 'SNS', 'tags', 'Key', 'Value',
  'stringValues', 'type', 'metricType', 'displayName', 'clientRequestToken', 'resourceArn', 'tagKeys', 'deleteBehaviors',
  'additionalMetricsToRetainV2', 'metricsExportConfig', 'thingGroupProperties', 'attributePayload', 'attributes', '__proto__',
];
const SCALARS = [null, true, false, 0, -1, 1.5, 1e309, 'aws:num-messages-sent', 'in-cidr-set', 'TOPIC_FILTER', 'number', '', 'x'.repeat(300), '10.0.0.0/8', '%3A', '{}'];

function value(depth: number): unknown {
  const r = random();
  if (depth > 4 || r < 0.45) return pick(SCALARS);
  if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(MEMBERS), value(depth + 1)]));
}

const QUERY = ['maxResults', 'nextToken', 'expectedVersion', 'recursive', 'securityProfileTargetArn', 'dimensionName', 'metricName', 'resourceArn', 'startTime', 'endTime', 'behaviorCriteriaType'];
const QUERY_VALUES = ['1', '0', '-5', '251', 'true', 'maybe', 'arn:aws:iot:us-east-1:123456789012:all/things', 'arn:aws:iot:us-east-1:123456789012:thinggroup/g', '2024-01-01T00:00:00Z', 'x y', '%', 'ZGdvMTp4'];

describe('fuzzed requests', () => {
  const t = useEmulator();

  it('never answer 5xx or a non-JSON body', async () => {
    await fetch(`${t.emulator.url}/thing-groups/g`, { method: 'POST' });
    for (const route of ROUTES.filter((r) => r.operation !== 'GetCallerIdentity')) {
      for (let i = 0; i < 40; i++) {
        const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(pick(['fz', 'fz:1', 'bad name', 'x'.repeat(129), 'g'])));
        const query = Array.from({ length: Math.floor(random() * 3) }, () => `${pick(QUERY)}=${encodeURIComponent(pick(QUERY_VALUES))}`).join('&');
        const body = random() < 0.2 ? pick(['', '{', 'null', '[]', '"x"']) : JSON.stringify(value(0));
        const res = await fetch(`${t.emulator.url}${path}${query ? `?${query}` : ''}`, { method: route.method, ...(route.method === 'GET' ? {} : { body }) });
        const text = await res.text();
        const where = `${route.method} ${path}?${query} ${body.slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, where).toBeLessThan(500);
        expect(() => JSON.parse(text), where).not.toThrow();
      }
    }
  });
});
