// The documented errors not already covered by the per-resource tests, one row per operation and error.
import {
  AttachSecurityProfileCommand,
  CreateCustomMetricCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  DetachSecurityProfileCommand,
  ListActiveViolationsCommand,
  ListCustomMetricsCommand,
  ListDimensionsCommand,
  ListSecurityProfilesForTargetCommand,
  ListTargetsForSecurityProfileCommand,
  ListThingGroupsCommand,
  ListViolationEventsCommand,
  UntagResourceCommand,
  UpdateCustomMetricCommand,
  UpdateDimensionCommand,
  CreateDimensionCommand,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { arn, failure, useEmulator } from './helpers.js';

type Row = [string, (iot: IoTClient) => Promise<unknown>, string, string];

describe('documented errors', () => {
  const t = useEmulator();

  it('each answers its modeled code and names what is wrong', async () => {
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'e-profile' }));
    await t.iot.send(new CreateCustomMetricCommand({ metricName: 'e-metric', metricType: 'number', clientRequestToken: 'tok-e-metric' }));
    await t.iot.send(new CreateDimensionCommand({ name: 'e-dim', type: 'TOPIC_FILTER', stringValues: ['a'] }));
    const rows: Row[] = [
      ['Describe, bad name', (iot) => iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'a b' })), 'InvalidRequestException', 'securityProfileName'],
      ['Delete, bad expectedVersion', (iot) => iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'e-profile', expectedVersion: 7 })), 'VersionConflictException', 'expectedVersion'],
      ['ListTargets, maxResults', (iot) => iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: 'e-profile', maxResults: 300 })), 'InvalidRequestException', 'maxResults'],
      ['ListForTarget, missing group', (iot) => iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: arn('thinggroup', 'ghost') })), 'ResourceNotFoundException', 'ghost'],
      ['Detach, missing profile', (iot) => iot.send(new DetachSecurityProfileCommand({ securityProfileName: 'ghost', securityProfileTargetArn: arn('thinggroup', 'g') })), 'ResourceNotFoundException', 'ghost'],
      ['Detach, not a target ARN', (iot) => iot.send(new DetachSecurityProfileCommand({ securityProfileName: 'e-profile', securityProfileTargetArn: 'nope' })), 'InvalidRequestException', 'securityProfileTargetArn'],
      ['Attach, profile without target', (iot) => iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'e-profile', securityProfileTargetArn: `${arn('thinggroup', 'x')}/extra` })), 'InvalidRequestException', 'securityProfileTargetArn'],
      ['UpdateDimension, no values', (iot) => iot.send(new UpdateDimensionCommand({ name: 'e-dim', stringValues: [] })), 'InvalidRequestException', 'stringValues'],
      ['ListDimensions, maxResults', (iot) => iot.send(new ListDimensionsCommand({ maxResults: 0 })), 'InvalidRequestException', 'maxResults'],
      ['CreateCustomMetric, exists', (iot) => iot.send(new CreateCustomMetricCommand({ metricName: 'e-metric', metricType: 'number' })), 'ResourceAlreadyExistsException', 'e-metric'],
      ['UpdateCustomMetric, missing', (iot) => iot.send(new UpdateCustomMetricCommand({ metricName: 'ghost', displayName: 'x' })), 'ResourceNotFoundException', 'ghost'],
      ['UpdateCustomMetric, no displayName', (iot) => iot.send(new UpdateCustomMetricCommand({ metricName: 'e-metric' } as never)), 'InvalidRequestException', 'displayName'],
      ['ListCustomMetrics, token', (iot) => iot.send(new ListCustomMetricsCommand({ nextToken: 'x' })), 'InvalidRequestException', 'nextToken'],
      ['Untag, missing resource', (iot) => iot.send(new UntagResourceCommand({ resourceArn: arn('dimension', 'ghost'), tagKeys: ['a'] })), 'ResourceNotFoundException', 'ghost'],
      ['CreateThingGroup, missing parent', (iot) => iot.send(new CreateThingGroupCommand({ thingGroupName: 'e-child', parentGroupName: 'ghost' })), 'ResourceNotFoundException', 'ghost'],
      ['ListThingGroups, bad parent name', (iot) => iot.send(new ListThingGroupsCommand({ parentGroup: 'a b' })), 'InvalidRequestException', 'parentGroup'],
      ['ListActiveViolations, enum', (iot) => iot.send(new ListActiveViolationsCommand({ verificationState: 'MAYBE' as never })), 'InvalidRequestException', 'verificationState'],
      ['ListActiveViolations, missing profile', (iot) => iot.send(new ListActiveViolationsCommand({ securityProfileName: 'ghost' })), 'ResourceNotFoundException', 'ghost'],
      ['ListViolationEvents, no times', (iot) => iot.send(new ListViolationEventsCommand({} as never)), 'InvalidRequestException', 'startTime'],
    ];
    for (const [what, call, code, text] of rows) {
      const e = await failure(call(t.iot));
      expect(e.name, what).toBe(code);
      expect(e.message, what).toContain(text);
    }
  });

  it('ListThingGroups lists children, or all descendants when recursive', async () => {
    await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'tree-root' }));
    await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'tree-child', parentGroupName: 'tree-root' }));
    await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'tree-leaf', parentGroupName: 'tree-child' }));
    const children = await t.iot.send(new ListThingGroupsCommand({ parentGroup: 'tree-root' }));
    expect(children.thingGroups!.map((g) => g.groupName)).toEqual(['tree-child']);
    const all = await t.iot.send(new ListThingGroupsCommand({ parentGroup: 'tree-root', recursive: true }));
    expect(all.thingGroups!.map((g) => g.groupName)).toEqual(['tree-child', 'tree-leaf']);
  });
});
