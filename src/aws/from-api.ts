// API responses → the model's live shapes. The SDK gives Dates, `{Key, Value}` tag lists and
// optional members; the model wants epoch seconds, tag maps and no undefined keys.
import type {
  DescribeCustomMetricCommandOutput,
  DescribeDimensionCommandOutput,
  DescribeSecurityProfileCommandOutput,
  Tag,
} from '@aws-sdk/client-iot';
import type { LiveCustomMetric, LiveDimension, LiveProfile } from '../model/live.js';
import type { CustomMetricType, DimensionType, SecurityProfile, Tags } from '../model/types.js';

export function tagMap(tags: readonly Tag[] | undefined): Tags {
  const map: Tags = {};
  for (const t of tags ?? []) if (t.Key !== undefined) map[t.Key] = t.Value ?? '';
  return map;
}

export function tagList(tags: Tags): Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function epochSeconds(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date.getTime() / 1000;
}

/** Drops undefined members at every depth (the SDK may leave absent members as undefined keys). */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = compact(v);
    return out as T;
  }
  return value;
}

export function liveProfile(
  name: string,
  described: DescribeSecurityProfileCommandOutput,
  targets: string[],
  tags: Tags,
): LiveProfile {
  const content: Omit<SecurityProfile, 'kind' | 'name' | 'targets' | 'tags'> = compact({
    description: described.securityProfileDescription,
    behaviors: described.behaviors as SecurityProfile['behaviors'],
    alertTargets: described.alertTargets as SecurityProfile['alertTargets'],
    additionalMetricsToRetain: described.additionalMetricsToRetain,
    additionalMetricsToRetainV2: described.additionalMetricsToRetainV2 as SecurityProfile['additionalMetricsToRetainV2'],
    metricsExportConfig: described.metricsExportConfig as SecurityProfile['metricsExportConfig'],
  });
  return compact({
    kind: 'SecurityProfile' as const,
    name,
    ...content,
    arn: described.securityProfileArn ?? '',
    version: described.version ?? 0,
    creationDate: epochSeconds(described.creationDate),
    lastModifiedDate: epochSeconds(described.lastModifiedDate),
    targets: [...targets].sort(),
    tags,
  });
}

export function liveDimension(name: string, described: DescribeDimensionCommandOutput, tags: Tags): LiveDimension {
  return compact({
    kind: 'Dimension' as const,
    name,
    type: (described.type ?? 'TOPIC_FILTER') as DimensionType,
    stringValues: described.stringValues ?? [],
    arn: described.arn ?? '',
    creationDate: epochSeconds(described.creationDate),
    lastModifiedDate: epochSeconds(described.lastModifiedDate),
    tags,
  });
}

export function liveCustomMetric(name: string, described: DescribeCustomMetricCommandOutput, tags: Tags): LiveCustomMetric {
  return compact({
    kind: 'CustomMetric' as const,
    name,
    metricType: described.metricType as CustomMetricType,
    displayName: described.displayName,
    arn: described.metricArn ?? '',
    creationDate: epochSeconds(described.creationDate),
    lastModifiedDate: epochSeconds(described.lastModifiedDate),
    tags,
  });
}
