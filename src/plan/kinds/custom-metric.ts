// Custom metrics: only `displayName` changes in place, and UpdateCustomMetric always requires it
// (`""` when the file leaves it out); `metricType` is immutable.
import { canonicalCustomMetric, type CanonicalCustomMetric } from '../../model/canonical.js';
import type { LiveCustomMetric } from '../../model/live.js';
import type { CustomMetric } from '../../model/types.js';
import type { KindSpec } from '../resource.js';
import { request, tagList } from '../requests.js';

export const customMetricSpec: KindSpec<CustomMetric, LiveCustomMetric, CanonicalCustomMetric> = {
  kind: 'CustomMetric',
  canonical: canonicalCustomMetric,
  immutable: ['metricType'],
  create: (m, tags) => [
    request('CreateCustomMetric', { metricName: m.name, metricType: m.metricType, displayName: m.displayName || undefined, tags: tagList(tags) }),
  ],
  update: (m) => [request('UpdateCustomMetric', { metricName: m.name, displayName: m.displayName ?? '' })],
  remove: (live) => request('DeleteCustomMetric', { metricName: live.name }),
};
