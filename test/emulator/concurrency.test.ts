import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { arn, useEmulator } from './helpers.js';

const PROFILES = 10;
const WRITERS = 100;

describe('concurrent writers', () => {
  const t = useEmulator();

  it(`${WRITERS} writers read-modify-writing ${PROFILES} profiles with expectedVersion and retries lose no update`, async () => {
    for (let p = 0; p < PROFILES; p++) await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: `shared-${p}` }));
    let conflicts = 0;
    const writer = async (i: number) => {
      const securityProfileName = `shared-${i % PROFILES}`;
      for (let attempt = 1; ; attempt++) {
        const current = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName }));
        const behaviors = [
          ...(current.behaviors ?? []),
          { name: `w${i}`, metric: 'aws:num-disconnects', criteria: { comparisonOperator: 'greater-than' as const, value: { count: i }, durationSeconds: 300 } },
        ];
        try {
          await t.iot.send(new UpdateSecurityProfileCommand({ securityProfileName, expectedVersion: current.version, behaviors }));
          return;
        } catch (e) {
          if ((e as Error).name !== 'VersionConflictException') throw e;
          conflicts++;
          // Jittered backoff, as an SDK retry would do.
          await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    expect(conflicts).toBeGreaterThan(0);
    for (let p = 0; p < PROFILES; p++) {
      const final = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: `shared-${p}` }));
      const expected = Array.from({ length: WRITERS / PROFILES }, (_, k) => `w${p + k * PROFILES}`);
      expect(final.version).toBe(1 + expected.length);
      expect(final.behaviors!.map((b) => b.name).sort()).toEqual(expected.sort());
    }
  });

  it(`${WRITERS} concurrent TagResource calls all land`, async () => {
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'tagged-a' }));
    await t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'tagged-b' }));
    await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        t.iot.send(new TagResourceCommand({ resourceArn: arn('securityprofile', i % 2 ? 'tagged-a' : 'tagged-b'), tags: [{ Key: `k${i}`, Value: `${i}` }] })),
      ),
    );
    for (const name of ['tagged-a', 'tagged-b']) {
      let count = 0;
      let nextToken: string | undefined;
      do {
        const page = await t.iot.send(new ListTagsForResourceCommand({ resourceArn: arn('securityprofile', name), nextToken }));
        count += page.tags!.length;
        nextToken = page.nextToken;
      } while (nextToken);
      expect(count).toBe(WRITERS / 2);
    }
  });
});
