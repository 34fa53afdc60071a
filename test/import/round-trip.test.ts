// import then plan shows no changes (issue #5): console-made resources in every shape the format
// covers are read, written as YAML, loaded and linted like hand-written files, and planned against.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AttachSecurityProfileCommand,
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResources } from '../../src/aws/read-live.js';
import { renderImport } from '../../src/import/render.js';
import { lint } from '../../src/lint/index.js';
import { loadFiles } from '../../src/load/index.js';
import { defaultConfig } from '../../src/model/config.js';
import { arnOf, testAccount, type TestAccount } from '../aws/helpers.js';
import { planFor } from '../apply/converge.js';
import { tempDir } from '../cli/cli-helpers.js';

describe('import → plan round trip', () => {
  let account: TestAccount;
  beforeAll(async () => {
    account = await testAccount();
    const { iot } = account;
    await iot.send(new CreateDimensionCommand({ name: 'Topics', type: 'TOPIC_FILTER', stringValues: ['b/#', 'a/+/x'], tags: [{ Key: 'owner', Value: 'iot' }] }));
    await iot.send(new CreateCustomMetricCommand({ metricName: 'battery', metricType: 'number', displayName: 'Battery %' }));
    await iot.send(new CreateCustomMetricCommand({ metricName: 'apps', metricType: 'string-list' }));
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'cams' }));
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'everything',
        securityProfileDescription: 'All the shapes',
        behaviors: [
          {
            name: 'sent',
            metric: 'aws:num-messages-sent',
            metricDimension: { dimensionName: 'Topics', operator: 'NOT_IN' },
            criteria: { comparisonOperator: 'less-than', value: { count: 1 }, durationSeconds: 300, consecutiveDatapointsToAlarm: 2, consecutiveDatapointsToClear: 1 },
            suppressAlerts: true,
          },
          { name: 'ports', metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [443, 22, 8883] } } },
          { name: 'peers', metric: 'aws:destination-ip-addresses', criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.0/8', '192.168.1.0/24'] } } },
          { name: 'p90-bytes', metric: 'aws:message-byte-size', criteria: { comparisonOperator: 'greater-than', statisticalThreshold: { statistic: 'p90' }, durationSeconds: 300 } },
          { name: 'ml-auth', metric: 'aws:num-authorization-failures', criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } }, exportMetric: true },
          { name: 'low-battery', metric: 'battery', criteria: { comparisonOperator: 'less-than', value: { number: 12.5 } } },
          { name: 'apps', metric: 'apps', criteria: { comparisonOperator: 'not-in-set', value: { strings: ['ssh', 'telnet'] } } },
        ],
        alertTargets: { SNS: { alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:alerts', roleArn: 'arn:aws:iam::123456789012:role/sns' } },
        additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }, { metric: 'aws:num-messages-received', metricDimension: { dimensionName: 'Topics' } }],
        metricsExportConfig: { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' },
        tags: [{ Key: 'team', Value: 'video' }, { Key: 'cost-center', Value: '42' }],
      }),
    );
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'legacy', additionalMetricsToRetain: ['aws:num-connection-attempts'] }));
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'owned', tags: [{ Key: 'managed-by', Value: 'defender-gitops' }] }));
    for (const target of [arnOf('thinggroup', 'cams'), arnOf('all', 'registered-things')]) {
      await iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'everything', securityProfileTargetArn: target }));
    }
  });
  afterAll(() => account?.close());

  it('writes files that lint clean and plan to no changes', async () => {
    const live = await readResources(account.session, { profiles: 'all', dimensions: 'all', customMetrics: 'all', targets: [], reverseIndexes: false });
    const config = defaultConfig();
    const files = renderImport({
      profiles: Object.values(live.profiles),
      dimensions: Object.values(live.dimensions),
      customMetrics: Object.values(live.customMetrics),
      ownershipTag: config.ownershipTag,
      scope: live.scope,
    });
    const dir = tempDir('round-trip');
    mkdirSync(join(dir, 'profiles'));
    for (const f of files) writeFileSync(join(dir, 'profiles', f.path), f.text);

    const loaded = await loadFiles(['profiles'], { cwd: dir });
    expect(lint(loaded, config).filter((f) => f.severity === 'error')).toEqual([]);
    const desired = loaded.resources.map((r) => r.resource);
    expect(desired.map((r) => `${r.kind}/${r.name}`).sort()).toEqual([
      'CustomMetric/apps',
      'CustomMetric/battery',
      'Dimension/Topics',
      'SecurityProfile/everything',
      'SecurityProfile/legacy',
      'SecurityProfile/owned',
    ]);
    const plan = await planFor(account.session, desired);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((c) => ({ address: c.address, diff: c.diff }))).toEqual([]);
  });
});
