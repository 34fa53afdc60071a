import {
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListSecurityProfilesCommand,
  UpdateSecurityProfileCommand,
  type Behavior,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { arn, failure, unique, useEmulator } from './helpers.js';

const sent: Behavior = {
  name: 'sent',
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'greater-than', value: { count: 100 }, durationSeconds: 300 },
};
const ml: Behavior = { name: 'auth-ml', metric: 'aws:num-authorization-failures', criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } } };
const alertTargets = { SNS: { alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:alerts', roleArn: 'arn:aws:iam::123456789012:role/sns' } };

describe('security profiles', () => {
  const t = useEmulator();

  it('creates, describes and deletes a profile with version 1 and epoch dates', async () => {
    const name = unique('crud');
    const created = await t.iot.send(
      new CreateSecurityProfileCommand({ securityProfileName: name, securityProfileDescription: 'd', behaviors: [sent, ml], alertTargets }),
    );
    expect(created).toMatchObject({ securityProfileName: name, securityProfileArn: arn('securityprofile', name) });
    const described = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }));
    expect(described).toMatchObject({ securityProfileName: name, version: 1, securityProfileDescription: 'd', behaviors: [sent, ml], alertTargets });
    expect(described.creationDate).toBeInstanceOf(Date);
    expect(Math.abs(described.creationDate!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(described.additionalMetricsToRetainV2).toBeUndefined();
    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: name }));
    const gone = await failure(t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name })));
    expect(gone.name).toBe('ResourceNotFoundException');
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });

  it('answers ResourceAlreadyExistsException 409 with resourceId and resourceArn', async () => {
    const name = unique('dup');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }));
    const e = await failure(t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name })));
    expect(e.name).toBe('ResourceAlreadyExistsException');
    expect(e.$metadata.httpStatusCode).toBe(409);
    expect(e.resourceId).toBe(name);
    expect(e.resourceArn).toBe(arn('securityprofile', name));
  });

  it('deleting a missing profile succeeds', async () => {
    await expect(t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: unique('never') }))).resolves.toBeDefined();
  });

  it('updates only the fields sent and bumps the version', async () => {
    const name = unique('upd');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name, securityProfileDescription: 'old', behaviors: [sent], alertTargets }));
    const before = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }));
    const updated = await t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, securityProfileDescription: 'new' }));
    expect(updated).toMatchObject({ version: 2, securityProfileDescription: 'new', behaviors: [sent], alertTargets });
    expect(updated.creationDate).toEqual(before.creationDate);
    expect(updated.lastModifiedDate!.getTime()).toBeGreaterThanOrEqual(before.lastModifiedDate!.getTime());
    const replaced = await t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, behaviors: [ml] }));
    expect(replaced).toMatchObject({ version: 3, behaviors: [ml], securityProfileDescription: 'new' });
  });

  it('clears with delete flags, ignores an empty behaviors list, and rejects flag + value', async () => {
    const name = unique('flags');
    await t.iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: name,
        behaviors: [sent],
        alertTargets,
        additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }],
        metricsExportConfig: { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' },
      }),
    );
    const empty = await t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, behaviors: [] }));
    expect(empty.behaviors).toEqual([sent]);
    const conflicts: [string, Record<string, unknown>][] = [
      ['deleteBehaviors', { behaviors: [sent] }],
      ['deleteAlertTargets', { alertTargets }],
      ['deleteAdditionalMetricsToRetain', { additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }] }],
      ['deleteMetricsExportConfig', { metricsExportConfig: { mqttTopic: 't', roleArn: 'arn:aws:iam::123456789012:role/export' } }],
    ];
    for (const [flag, member] of conflicts) {
      const e = await failure(t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, [flag]: true, ...member })));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain(flag);
    }
    const cleared = await t.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: name,
        deleteBehaviors: true,
        deleteAlertTargets: true,
        deleteAdditionalMetricsToRetain: true,
        deleteMetricsExportConfig: true,
      }),
    );
    expect(cleared.behaviors).toBeUndefined();
    expect(cleared.alertTargets).toBeUndefined();
    expect(cleared.additionalMetricsToRetainV2).toBeUndefined();
    expect(cleared.metricsExportConfig).toBeUndefined();
    expect(cleared.version).toBe(3);
  });

  it('enforces expectedVersion on update and delete', async () => {
    const name = unique('ver');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }));
    const stale = await failure(t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, expectedVersion: 2, securityProfileDescription: 'x' })));
    expect(stale.name).toBe('VersionConflictException');
    expect(stale.$metadata.httpStatusCode).toBe(409);
    await t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, expectedVersion: 1, securityProfileDescription: 'x' }));
    const staleDelete = await failure(t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: name, expectedVersion: 1 })));
    expect(staleDelete.name).toBe('VersionConflictException');
    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: name, expectedVersion: 2 }));
  });

  it('update of a missing profile is ResourceNotFoundException', async () => {
    const e = await failure(t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName: unique('missing'), securityProfileDescription: 'x' })));
    expect(e.name).toBe('ResourceNotFoundException');
  });

  it('validates names, descriptions, behaviors and alert targets server-side, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ securityProfileName: 'bad name!' }, 'securityProfileName'],
      [{ securityProfileName: 'x'.repeat(129) }, 'securityProfileName'],
      [{ securityProfileName: unique('p'), securityProfileDescription: 'tab\there' }, 'securityProfileDescription'],
      [{ securityProfileName: unique('p'), securityProfileDescription: 'x'.repeat(1001) }, 'securityProfileDescription'],
      [{ securityProfileName: unique('p'), behaviors: Array.from({ length: 101 }, (_, i) => ({ ...sent, name: `b${i}` })) }, 'behaviors'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, criteria: { ...sent.criteria, comparisonOperator: 'in-cidr-set' } }] }, 'Behavior sent is malformed'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, criteria: { ...sent.criteria, consecutiveDatapointsToAlarm: 11 } }] }, 'consecutiveDatapointsToAlarm 11 should be in range[1,10]'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, criteria: { ...sent.criteria, durationSeconds: 301 } }] }, 'durationSeconds'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, metric: 'aws:num-mesages-sent' }] }, 'did you mean aws:num-messages-sent'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, metric: 'battery' }] }, 'custom metric battery does not exist'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, metricDimension: { dimensionName: 'nope' } }] }, 'dimension nope does not exist'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...ml, criteria: { ...ml.criteria, durationSeconds: 300 } }] }, 'durationSeconds cannot be used with mlDetectionConfig'],
      [{ securityProfileName: unique('p'), behaviors: [sent, sent] }, 'unique'],
      [{ securityProfileName: unique('p'), behaviors: [{ ...sent, name: 'bad name' }] }, "behaviors[0].name"],
      [{ securityProfileName: unique('p'), alertTargets: { EMAIL: alertTargets.SNS } }, 'alertTargets'],
      [{ securityProfileName: unique('p'), alertTargets: { SNS: { alertTargetArn: 'a', roleArn: 'short' } } }, 'alertTargets.SNS.roleArn'],
      [{ securityProfileName: unique('p'), additionalMetricsToRetainV2: [{ metric: 'aws:nope' }] }, 'additionalMetricsToRetainV2[0].metric'],
      [{ securityProfileName: unique('p'), tags: [{ Key: 'aws:x', Value: 'y' }] }, 'reserved'],
    ];
    for (const [input, field] of cases) {
      const e = await failure(t.iot.send(new CreateSecurityProfileCommand(input as never)));
      expect(e.name, JSON.stringify(input).slice(0, 200)).toBe('InvalidRequestException');
      expect(e.$metadata.httpStatusCode).toBe(400);
      expect(e.message).toContain(field);
    }
  });

  it('enforces 1000 value elements per profile', async () => {
    const cidrs = Array.from({ length: 501 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
    const b = (name: string): Behavior => ({ name, metric: 'aws:source-ip-address', criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs } } });
    const e = await failure(t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: unique('many'), behaviors: [b('a'), b('b')] })));
    expect(e.message).toContain('1000');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: unique('ok'), behaviors: [b('a')] }));
  });

  it('lists with pagination over many pages and rejects bad maxResults and tokens', async () => {
    const prefix = unique('page');
    const names = Array.from({ length: 60 }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
    await Promise.all(names.map((n) => t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: n }))));
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await t.iot.send(new ListSecurityProfilesCommand({ maxResults: 7, nextToken }));
      expect(page.securityProfileIdentifiers!.length).toBeLessThanOrEqual(7);
      seen.push(...page.securityProfileIdentifiers!.map((p) => p.name!));
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);
    expect(pages).toBeGreaterThan(8);
    expect(seen.filter((n) => n.startsWith(`${prefix}-`))).toEqual(names);
    expect(new Set(seen).size).toBe(seen.length);
    for (const maxResults of [0, 251]) {
      const e = await failure(t.iot.send(new ListSecurityProfilesCommand({ maxResults })));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain('maxResults');
    }
    const bad = await failure(t.iot.send(new ListSecurityProfilesCommand({ nextToken: 'garbage' })));
    expect(bad.message).toContain('nextToken');
  });
});
