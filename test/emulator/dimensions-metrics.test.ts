import {
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateSecurityProfileCommand,
  DeleteCustomMetricCommand,
  DeleteDimensionCommand,
  DeleteSecurityProfileCommand,
  DescribeCustomMetricCommand,
  DescribeDimensionCommand,
  ListCustomMetricsCommand,
  ListDimensionsCommand,
  ListSecurityProfilesCommand,
  UpdateCustomMetricCommand,
  UpdateDimensionCommand,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { arn, failure, unique, useEmulator } from './helpers.js';

describe('dimensions', () => {
  const t = useEmulator();

  it('create, describe, update, list, delete', async () => {
    const name = unique('dim');
    const created = await t.iot.send(new CreateDimensionCommand({ name, type: 'TOPIC_FILTER', stringValues: ['a/+'] }));
    expect(created).toMatchObject({ name, arn: arn('dimension', name) });
    const d = await t.iot.send(new DescribeDimensionCommand({ name }));
    expect(d).toMatchObject({ name, type: 'TOPIC_FILTER', stringValues: ['a/+'] });
    expect(d.creationDate).toBeInstanceOf(Date);
    const u = await t.iot.send(new UpdateDimensionCommand({ name, stringValues: ['b/#', 'c'] }));
    expect(u).toMatchObject({ name, stringValues: ['b/#', 'c'], creationDate: d.creationDate });
    // Back-to-back updates still move lastModifiedDate: plan fingerprints dimensions by it.
    const again = await t.iot.send(new UpdateDimensionCommand({ name, stringValues: ['b/#'] }));
    expect(again.lastModifiedDate!.getTime()).toBeGreaterThan(u.lastModifiedDate!.getTime());
    expect((await t.iot.send(new ListDimensionsCommand({}))).dimensionNames).toContain(name);
    await t.iot.send(new DeleteDimensionCommand({ name }));
    await t.iot.send(new DeleteDimensionCommand({ name }));
    expect((await failure(t.iot.send(new DescribeDimensionCommand({ name })))).name).toBe('ResourceNotFoundException');
    expect((await failure(t.iot.send(new UpdateDimensionCommand({ name, stringValues: ['x'] })))).name).toBe('ResourceNotFoundException');
  });

  it('clientRequestToken: a retry succeeds, another token is ResourceAlreadyExistsException, a reused token is rejected', async () => {
    const name = unique('tok');
    const input = { name, type: 'TOPIC_FILTER' as const, stringValues: ['a'], clientRequestToken: `t-${name}` };
    await t.iot.send(new CreateDimensionCommand(input));
    await expect(t.iot.send(new CreateDimensionCommand(input))).resolves.toMatchObject({ name });
    const other = await failure(t.iot.send(new CreateDimensionCommand({ ...input, clientRequestToken: 'other-token' })));
    expect(other.name).toBe('ResourceAlreadyExistsException');
    expect(other.resourceArn).toBe(arn('dimension', name));
    const reused = await failure(t.iot.send(new CreateDimensionCommand({ ...input, name: unique('tok2') })));
    expect(reused.name).toBe('InvalidRequestException');
    expect(reused.message).toContain('clientRequestToken');
    await t.iot.send(new DeleteDimensionCommand({ name }));
  });

  it('validates type, values and token', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: unique('v'), type: 'TOPIC', stringValues: ['a'] }, 'type'],
      [{ name: unique('v'), type: 'TOPIC_FILTER', stringValues: [] }, 'stringValues'],
      [{ name: unique('v'), type: 'TOPIC_FILTER', stringValues: ['x'.repeat(257)] }, 'stringValues[0]'],
      [{ name: unique('v'), type: 'TOPIC_FILTER', stringValues: Array(101).fill('a') }, 'stringValues'],
      [{ name: unique('v'), type: 'TOPIC_FILTER', stringValues: ['a'], clientRequestToken: 'bad token!' }, 'clientRequestToken'],
    ];
    for (const [input, field] of cases) {
      const e = await failure(t.iot.send(new CreateDimensionCommand(input as never)));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain(field);
    }
  });

  it('refuses to delete a dimension in use, filters profiles by it, and caps the account at 10', async () => {
    const name = unique('used');
    await t.iot.send(new CreateDimensionCommand({ name, type: 'TOPIC_FILTER', stringValues: ['a'] }));
    const sp = unique('sp');
    await t.iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: sp,
        behaviors: [
          { name: 'b', metric: 'aws:num-messages-sent', metricDimension: { dimensionName: name, operator: 'NOT_IN' }, criteria: { comparisonOperator: 'greater-than', value: { count: 1 }, durationSeconds: 300 } },
        ],
      }),
    );
    const inUse = await failure(t.iot.send(new DeleteDimensionCommand({ name })));
    expect(inUse.name).toBe('InvalidRequestException');
    expect(inUse.message).toContain(sp);
    expect((await t.iot.send(new ListSecurityProfilesCommand({ dimensionName: name }))).securityProfileIdentifiers).toEqual([
      { name: sp, arn: arn('securityprofile', sp) },
    ]);
    const unknown = await failure(t.iot.send(new ListSecurityProfilesCommand({ dimensionName: 'ghost' })));
    expect(unknown.name).toBe('ResourceNotFoundException');
    const both = await failure(t.iot.send(new ListSecurityProfilesCommand({ dimensionName: name, metricName: 'm' })));
    expect(both.name).toBe('InvalidRequestException');
    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: sp }));
    await t.iot.send(new DeleteDimensionCommand({ name }));

    const existing = (await t.iot.send(new ListDimensionsCommand({}))).dimensionNames!.length;
    for (let i = existing; i < 10; i++) await t.iot.send(new CreateDimensionCommand({ name: unique('fill'), type: 'TOPIC_FILTER', stringValues: ['a'] }));
    const full = await failure(t.iot.send(new CreateDimensionCommand({ name: unique('eleventh'), type: 'TOPIC_FILTER', stringValues: ['a'] })));
    expect(full.name).toBe('LimitExceededException');
    expect(full.$metadata.httpStatusCode).toBe(410);
  });
});

describe('custom metrics', () => {
  const t = useEmulator();

  it('create, describe, update, list, delete', async () => {
    const metricName = unique('battery');
    const created = await t.iot.send(new CreateCustomMetricCommand({ metricName, metricType: 'number', displayName: 'Battery %' }));
    expect(created).toEqual(expect.objectContaining({ metricName, metricArn: arn('custommetric', metricName) }));
    const d = await t.iot.send(new DescribeCustomMetricCommand({ metricName }));
    expect(d).toMatchObject({ metricName, metricType: 'number', displayName: 'Battery %' });
    const u = await t.iot.send(new UpdateCustomMetricCommand({ metricName, displayName: 'Battery' }));
    expect(u).toMatchObject({ metricName, metricType: 'number', displayName: 'Battery', creationDate: d.creationDate });
    expect((await t.iot.send(new ListCustomMetricsCommand({}))).metricNames).toContain(metricName);
    await t.iot.send(new DeleteCustomMetricCommand({ metricName }));
    await t.iot.send(new DeleteCustomMetricCommand({ metricName }));
    expect((await failure(t.iot.send(new DescribeCustomMetricCommand({ metricName })))).name).toBe('ResourceNotFoundException');
  });

  it('validates the name, type and display name', async () => {
    for (const [input, field] of [
      [{ metricName: 'aws:mine', metricType: 'number' }, 'aws:'],
      [{ metricName: unique('m'), metricType: 'float' }, 'metricType'],
      [{ metricName: unique('m'), metricType: 'number', displayName: 'é' }, 'displayName'],
    ] as const) {
      const e = await failure(t.iot.send(new CreateCustomMetricCommand(input as never)));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain(field);
    }
  });

  it('is usable by behaviors with its type rules, refuses deletion while used, and filters profiles', async () => {
    const metricName = unique('apps');
    await t.iot.send(new CreateCustomMetricCommand({ metricName, metricType: 'string-list' }));
    const sp = unique('sp');
    const bad = await failure(
      t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: sp, behaviors: [{ name: 'b', metric: metricName, criteria: { comparisonOperator: 'in-set', value: { count: 3 } } }] })),
    );
    expect(bad.message).toContain('value.strings');
    await t.iot.send(
      new CreateSecurityProfileCommand({ securityProfileName: sp, behaviors: [{ name: 'b', metric: metricName, criteria: { comparisonOperator: 'in-set', value: { strings: ['a'] } } }] }),
    );
    const inUse = await failure(t.iot.send(new DeleteCustomMetricCommand({ metricName })));
    expect(inUse.name).toBe('InvalidRequestException');
    expect(inUse.message).toContain(sp);
    expect((await t.iot.send(new ListSecurityProfilesCommand({ metricName }))).securityProfileIdentifiers!.map((p) => p.name)).toEqual([sp]);
  });

  it('caps the account at 100 custom metrics', async () => {
    const existing = (await t.iot.send(new ListCustomMetricsCommand({ maxResults: 250 }))).metricNames!.length;
    await Promise.all(
      Array.from({ length: 100 - existing }, () => t.iot.send(new CreateCustomMetricCommand({ metricName: unique('fill'), metricType: 'number' }))),
    );
    const e = await failure(t.iot.send(new CreateCustomMetricCommand({ metricName: unique('over'), metricType: 'number' })));
    expect(e.name).toBe('LimitExceededException');
  });
});
