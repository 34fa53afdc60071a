import { describe, expect, it } from 'vitest';
import { staleFingerprints } from '../../src/apply/staleness.js';
import type { LiveProfile, LiveState } from '../../src/model/live.js';
import type { Fingerprints, Plan } from '../../src/plan/types.js';

const scope = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const groupArn = (g: string) => `arn:aws:iot:us-east-1:123456789012:thinggroup/${g}`;

function plan(fingerprints: Partial<Fingerprints>): Plan {
  return {
    formatVersion: 1,
    toolVersion: 'test',
    scope,
    summary: { create: 0, update: 0, delete: 0, attach: 0, detach: 0, unchanged: 0 },
    changes: [],
    unmanaged: [],
    errors: [],
    fingerprints: { profiles: {}, dimensions: {}, customMetrics: {}, ...fingerprints },
    planHash: '',
  };
}

function profile(name: string, version: number, targets: string[], tags: Record<string, string>): LiveProfile {
  return { kind: 'SecurityProfile', name, arn: `arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`, version, targets, tags };
}

function live(parts: Partial<LiveState>): LiveState {
  return {
    scope,
    profiles: {},
    allProfileNames: Object.keys(parts.profiles ?? {}),
    dimensions: {},
    customMetrics: {},
    profilesByTarget: {},
    profilesUsingDimension: {},
    profilesUsingCustomMetric: {},
    ...parts,
  };
}

const dimension = (lastModifiedDate: number, tags: Record<string, string> = {}) => ({
  kind: 'Dimension' as const,
  name: 'topics',
  type: 'TOPIC_FILTER' as const,
  stringValues: ['a/#'],
  arn: 'arn:aws:iot:us-east-1:123456789012:dimension/topics',
  lastModifiedDate,
  tags,
});

describe('staleFingerprints', () => {
  const recorded = plan({
    profiles: { lights: { version: 5, targets: [groupArn('a'), groupArn('b')], tags: { team: 'x' } }, fresh: { version: null, targets: [], tags: {} } },
    dimensions: { topics: { lastModifiedDate: 1_700_000_000.5, tags: {} } },
    customMetrics: { battery: { lastModifiedDate: null, tags: {} } },
  });

  it('is empty when nothing moved (target order does not matter)', () => {
    const state = live({
      profiles: { lights: profile('lights', 5, [groupArn('b'), groupArn('a')], { team: 'x' }) },
      dimensions: { topics: dimension(1_700_000_000.5) },
    });
    expect(staleFingerprints(recorded, state)).toEqual([]);
  });

  it('names a profile updated out of band with both versions', () => {
    const state = live({ profiles: { lights: profile('lights', 6, [groupArn('a'), groupArn('b')], { team: 'x' }) }, dimensions: { topics: dimension(1_700_000_000.5) } });
    expect(staleFingerprints(recorded, state)).toEqual(['security_profile.lights changed after the plan was created (version 5 in the plan, 6 live).']);
  });

  it('names a target attached or detached out of band', () => {
    const state = live({
      profiles: { lights: profile('lights', 5, [groupArn('a'), groupArn('c')], { team: 'x' }) },
      dimensions: { topics: dimension(1_700_000_000.5) },
    });
    expect(staleFingerprints(recorded, state)).toEqual([
      `security_profile.lights: targets changed after the plan was created (attached ${groupArn('c')}, detached ${groupArn('b')}).`,
    ]);
  });

  it('names a tag changed, added or removed', () => {
    const state = live({
      profiles: { lights: profile('lights', 5, [groupArn('a'), groupArn('b')], { team: 'y', env: 'prod' }) },
      dimensions: { topics: dimension(1_700_000_000.5, { owner: 'z' }) },
    });
    expect(staleFingerprints(recorded, state)).toEqual([
      'security_profile.lights: tags changed after the plan was created (env added: "prod", team: "x" → "y").',
      'dimension.topics: tags changed after the plan was created (owner added: "z").',
    ]);
  });

  it('names a dimension modified after the plan, and resources created or deleted since', () => {
    const state = live({
      profiles: { fresh: profile('fresh', 1, [], {}) },
      dimensions: { topics: dimension(1_700_000_100) },
      customMetrics: { battery: { kind: 'CustomMetric', name: 'battery', metricType: 'number', arn: 'x', lastModifiedDate: 1, tags: {} } },
    });
    expect(staleFingerprints(recorded, state)).toEqual([
      'security_profile.lights was deleted after the plan was made.',
      'security_profile.fresh was created after the plan was made (version 1 live).',
      'dimension.topics changed after the plan was created (last modified 2023-11-14T22:13:20.500Z in the plan, 2023-11-14T22:15:00.000Z live).',
      'custom_metric.battery was created after the plan was made.',
    ]);
  });
});
