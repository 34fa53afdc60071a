import { expect, it } from 'vitest';
import { liveSelection } from '../../src/plan/selection.js';
import { customMetric, dimension, profile } from './fixtures.js';

it('selects every named resource and every target the files attach to', () => {
  const s = liveSelection(
    [profile('b'), profile('a', { targets: ['all-things', 'arn:aws:iot:eu-west-1:123456789012:thinggroup/x', 'bogus'] }), dimension('d'), customMetric('m')],
    { key: 'managed-by', value: 'defender-gitops' },
  );
  expect(s).toEqual({
    profiles: ['a', 'b'],
    dimensions: ['d'],
    customMetrics: ['m'],
    targets: ['all/registered-things', 'all/things', 'thinggroup/lights', 'thinggroup/x'],
    ownershipTag: { key: 'managed-by', value: 'defender-gitops' },
  });
});
