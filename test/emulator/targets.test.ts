import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DeleteSecurityProfileCommand,
  DeleteThingGroupCommand,
  DescribeThingGroupCommand,
  DetachSecurityProfileCommand,
  ListSecurityProfilesForTargetCommand,
  ListTargetsForSecurityProfileCommand,
  ListThingGroupsCommand,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, arn, failure, unique, useEmulator } from './helpers.js';

describe('thing groups and targets', () => {
  const t = useEmulator();
  const profile = async () => {
    const name = unique('sp');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }));
    return name;
  };
  const group = async (parentGroupName?: string) => {
    const name = unique('tg');
    await t.iot.send(new CreateThingGroupCommand({ thingGroupName: name, parentGroupName }));
    return name;
  };

  it('creates, describes, lists and deletes thing groups with real shapes', async () => {
    const parent = unique('parent');
    const created = await t.iot.send(
      new CreateThingGroupCommand({ thingGroupName: parent, thingGroupProperties: { thingGroupDescription: 'lights' }, tags: [{ Key: 'team', Value: 'a' }] }),
    );
    expect(created).toMatchObject({ thingGroupName: parent, thingGroupArn: arn('thinggroup', parent) });
    expect(created.thingGroupId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await t.iot.send(new CreateThingGroupCommand({ thingGroupName: parent, thingGroupProperties: { thingGroupDescription: 'lights' } }));
    expect(again.thingGroupId).toBe(created.thingGroupId);
    const child = await group(parent);
    const described = await t.iot.send(new DescribeThingGroupCommand({ thingGroupName: child }));
    expect(described).toMatchObject({
      thingGroupName: child,
      version: 1,
      thingGroupMetadata: { parentGroupName: parent, rootToParentThingGroups: [{ groupName: parent, groupArn: arn('thinggroup', parent) }] },
    });
    expect(described.thingGroupMetadata!.creationDate).toBeInstanceOf(Date);
    const listed = await t.iot.send(new ListThingGroupsCommand({ parentGroup: parent }));
    expect(listed.thingGroups).toEqual([{ groupName: child, groupArn: arn('thinggroup', child) }]);
    const busy = await failure(t.iot.send(new DeleteThingGroupCommand({ thingGroupName: parent })));
    expect(busy.name).toBe('InvalidRequestException');
    await t.iot.send(new DeleteThingGroupCommand({ thingGroupName: child }));
    await t.iot.send(new DeleteThingGroupCommand({ thingGroupName: child }));
    const missing = await failure(t.iot.send(new DescribeThingGroupCommand({ thingGroupName: child })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('attaches, lists and detaches; attaching twice is a no-op', async () => {
    const sp = await profile();
    const g = await group();
    const target = arn('thinggroup', g);
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: target }));
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: target }));
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: `arn:aws:iot:us-east-1:${ACCOUNT}:all/registered-things` }));
    const targets = await t.iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: sp }));
    expect(targets.securityProfileTargets!.map((x) => x.arn).sort()).toEqual([`arn:aws:iot:us-east-1:${ACCOUNT}:all/registered-things`, target].sort());
    const forTarget = await t.iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: target }));
    expect(forTarget.securityProfileTargetMappings).toEqual([
      { securityProfileIdentifier: { name: sp, arn: arn('securityprofile', sp) }, target: { arn: target } },
    ]);
    await t.iot.send(new DetachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: target }));
    const after = await t.iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: target }));
    expect(after.securityProfileTargetMappings).toEqual([]);
  });

  it('refuses a sixth profile on one target (all/ targets too) with LimitExceededException 410', async () => {
    for (const target of [arn('thinggroup', await group()), `arn:aws:iot:us-east-1:${ACCOUNT}:all/unregistered-things`]) {
      for (let i = 0; i < 5; i++)
        await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: await profile(), securityProfileTargetArn: target }));
      const e = await failure(t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: await profile(), securityProfileTargetArn: target })));
      expect(e.name).toBe('LimitExceededException');
      expect(e.$metadata.httpStatusCode).toBe(410);
    }
  });

  it('attach to a missing group or profile is ResourceNotFoundException; a malformed or foreign ARN is InvalidRequestException', async () => {
    const sp = await profile();
    const noGroup = await failure(t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: arn('thinggroup', 'ghost') })));
    expect(noGroup.name).toBe('ResourceNotFoundException');
    const g = arn('thinggroup', await group());
    const noProfile = await failure(t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: 'ghost', securityProfileTargetArn: g })));
    expect(noProfile.name).toBe('ResourceNotFoundException');
    for (const bad of ['thinggroup/x', 'arn:aws:iot:us-east-1:999999999999:all/things', 'arn:aws:iot:eu-west-1:123456789012:all/things']) {
      const e = await failure(t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: bad })));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain('securityProfileTargetArn');
    }
    const listMissing = await failure(t.iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: 'ghost' })));
    expect(listMissing.name).toBe('ResourceNotFoundException');
  });

  it('recursive lists the profiles attached to child groups as well', async () => {
    const parent = await group();
    const child = await group(parent);
    const grandchild = await group(child);
    const [a, b] = [await profile(), await profile()];
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: a, securityProfileTargetArn: arn('thinggroup', parent) }));
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: b, securityProfileTargetArn: arn('thinggroup', grandchild) }));
    const flat = await t.iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: arn('thinggroup', parent) }));
    expect(flat.securityProfileTargetMappings!.map((m) => m.securityProfileIdentifier!.name)).toEqual([a]);
    const deep = await t.iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: arn('thinggroup', parent), recursive: true }));
    expect(deep.securityProfileTargetMappings!.map((m) => [m.securityProfileIdentifier!.name, m.target!.arn])).toEqual(
      expect.arrayContaining([
        [a, arn('thinggroup', parent)],
        [b, arn('thinggroup', grandchild)],
      ]),
    );
    expect(deep.securityProfileTargetMappings).toHaveLength(2);
  });

  it('deleting a profile removes its attachments', async () => {
    const sp = await profile();
    const g = arn('thinggroup', await group());
    await t.iot.send(new AttachSecurityProfileCommand({ securityProfileName: sp, securityProfileTargetArn: g }));
    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: sp }));
    const after = await t.iot.send(new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: g }));
    expect(after.securityProfileTargetMappings).toEqual([]);
  });
});
