import {
  CreateDimensionCommand,
  CreateSecurityProfileCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type Tag,
} from '@aws-sdk/client-iot';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { arn, failure, unique, useEmulator } from './helpers.js';

async function allTags(t: ReturnType<typeof useEmulator>, resourceArn: string): Promise<Tag[]> {
  const tags: Tag[] = [];
  let nextToken: string | undefined;
  do {
    const page = await t.iot.send(new ListTagsForResourceCommand({ resourceArn, nextToken }));
    tags.push(...page.tags!);
    nextToken = page.nextToken;
  } while (nextToken);
  return tags;
}

describe('tags', () => {
  const t = useEmulator();

  it('tags on create, then tag (overwriting by key), untag and list', async () => {
    const name = unique('sp');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name, tags: [{ Key: 'team', Value: 'a' }] }));
    const resourceArn = arn('securityprofile', name);
    await t.iot.send(new TagResourceCommand({ resourceArn, tags: [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: '' }] }));
    expect(await allTags(t, resourceArn)).toEqual(expect.arrayContaining([{ Key: 'team', Value: 'b' }, { Key: 'env', Value: '' }]));
    await t.iot.send(new UntagResourceCommand({ resourceArn, tagKeys: ['env', 'absent'] }));
    expect(await allTags(t, resourceArn)).toEqual([{ Key: 'team', Value: 'b' }]);
  });

  it('works for dimensions and custom metrics by ARN; a missing resource is ResourceNotFoundException', async () => {
    const name = unique('dim');
    await t.iot.send(new CreateDimensionCommand({ name, type: 'TOPIC_FILTER', stringValues: ['a'], tags: [{ Key: 'k', Value: 'v' }] }));
    expect(await allTags(t, arn('dimension', name))).toEqual([{ Key: 'k', Value: 'v' }]);
    for (const resourceArn of [arn('securityprofile', 'ghost'), arn('custommetric', 'ghost')]) {
      const e = await failure(t.iot.send(new ListTagsForResourceCommand({ resourceArn })));
      expect(e.name).toBe('ResourceNotFoundException');
    }
    const bad = await failure(t.iot.send(new TagResourceCommand({ resourceArn: 'not-an-arn', tags: [{ Key: 'a', Value: 'b' }] })));
    expect(bad.name).toBe('InvalidRequestException');
  });

  it('allows 50 tags, pages them, and answers LimitExceededException beyond', async () => {
    const name = unique('many');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }));
    const resourceArn = arn('securityprofile', name);
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
    await t.iot.send(new TagResourceCommand({ resourceArn, tags: fifty }));
    expect(await allTags(t, resourceArn)).toHaveLength(50);
    const e = await failure(t.iot.send(new TagResourceCommand({ resourceArn, tags: [{ Key: 'one-more', Value: 'x' }] })));
    expect(e.name).toBe('LimitExceededException');
    expect(e.$metadata.httpStatusCode).toBe(410);
    const tooMany = await failure(t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: unique('x'), tags: [...fifty, { Key: 'x', Value: 'y' }] })));
    expect(tooMany.name).toBe('InvalidRequestException');
  });

  it('validates keys and values and reserves aws:', async () => {
    const name = unique('val');
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }));
    const resourceArn = arn('securityprofile', name);
    for (const [tags, field] of [
      [[{ Key: 'aws:owner', Value: 'x' }], 'aws:'],
      [[{ Key: 'a'.repeat(129), Value: 'x' }], 'tags[0].Key'],
      [[{ Key: 'bad!key', Value: 'x' }], 'tags[0].Key'],
      [[{ Key: 'k', Value: 'v'.repeat(257) }], 'tags[0].Value'],
      [[{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }], 'more than once'],
    ] as const) {
      const e = await failure(t.iot.send(new TagResourceCommand({ resourceArn, tags: tags as never })));
      expect(e.name).toBe('InvalidRequestException');
      expect(e.message).toContain(field);
    }
    await t.iot.send(new TagResourceCommand({ resourceArn, tags: [{ Key: 'Équipe été', Value: 'ok' }] }));
    const e = await failure(t.iot.send(new UntagResourceCommand({ resourceArn, tagKeys: ['aws:x'] })));
    expect(e.name).toBe('InvalidRequestException');
  });
});

describe('STS GetCallerIdentity', () => {
  it('tells the real STS client the emulated account', async () => {
    const { startEmulator } = await import('../../src/emulator/index.js');
    const emulator = await startEmulator({ account: '210987654321' });
    const sts = new STSClient({ endpoint: emulator.url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    try {
      const identity = await sts.send(new GetCallerIdentityCommand({}));
      expect(identity).toMatchObject({ Account: '210987654321', Arn: 'arn:aws:iam::210987654321:user/emulator' });
      expect(identity.UserId).toBeTruthy();
      expect(identity.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      sts.destroy();
      await emulator.close();
    }
  });
});
