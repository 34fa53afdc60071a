// Live resources → YAML files in the project's format (issue #5, import). Pure.
// Built from the canonical form (the same normalisation the plan diffs), with defaults left out,
// so `import` then `plan` shows no changes and the files read like hand-written ones:
// one file per security profile, dimensions and custom metrics each in their own file.
import { Document, isMap, isScalar, visit } from 'yaml';
import { shortTarget, type AccountScope } from '../model/arn.js';
import { canonicalProfile, withoutDefaults } from '../model/canonical.js';
import type { LiveCustomMetric, LiveDimension, LiveProfile } from '../model/live.js';
import type { Tags } from '../model/types.js';

export interface ImportInput {
  profiles: LiveProfile[];
  dimensions: LiveDimension[];
  customMetrics: LiveCustomMetric[];
  /** Left out of the files: the tool manages it (plan compares tags without it). */
  ownershipTag: { key: string; value: string };
  scope: AccountScope;
}

export interface ImportedFile {
  /** Relative to the output directory. */
  path: string;
  text: string;
  resources: { kind: string; name: string }[];
}

export const DIMENSIONS_FILE = 'dimensions.yaml';
export const CUSTOM_METRICS_FILE = 'custom-metrics.yaml';

/** Small maps written inline, as in design §1: `metricDimension: { dimensionName: X, operator: NOT_IN }`. */
const FLOW_KEYS = new Set(['metricDimension', 'value', 'statisticalThreshold', 'mlDetectionConfig', 'tags', 'stringValues']);

export function renderImport(input: ImportInput): ImportedFile[] {
  const header = `# Imported by defender-gitops from account ${input.scope.account} (${input.scope.region}).\n`;
  const files: ImportedFile[] = [];
  const taken = new Set([DIMENSIONS_FILE, CUSTOM_METRICS_FILE]);
  for (const p of [...input.profiles].sort((a, b) => compare(a.name, b.name))) {
    const base = p.name.replace(/:/g, '_'); // `:` is legal in names, not in Windows file names
    let path = `${base}.yaml`;
    for (let n = 2; taken.has(path); n++) path = `${base}.security-profile${n > 2 ? `-${n - 1}` : ''}.yaml`;
    taken.add(path);
    files.push({ path, text: header + yamlOf([profileDocument(p, input.ownershipTag)]), resources: [{ kind: 'SecurityProfile', name: p.name }] });
  }
  const group = <R extends { name: string }>(path: string, kind: string, items: R[], toDoc: (r: R) => Record<string, unknown>) => {
    if (items.length === 0) return;
    const sorted = [...items].sort((a, b) => compare(a.name, b.name));
    files.push({ path, text: header + yamlOf(sorted.map(toDoc)), resources: sorted.map((r) => ({ kind, name: r.name })) });
  };
  group(DIMENSIONS_FILE, 'Dimension', input.dimensions, (d) => dimensionDocument(d, input.ownershipTag));
  group(CUSTOM_METRICS_FILE, 'CustomMetric', input.customMetrics, (m) => customMetricDocument(m, input.ownershipTag));
  return files;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Members in the order of design §1, empty ones left out. */
function present(doc: Record<string, unknown>): Record<string, unknown> {
  const empty = (v: unknown) =>
    v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => !empty(v)));
}

function withoutOwnership(tags: Tags, ownership: { key: string; value: string }): Tags {
  const sorted = Object.entries(tags)
    .filter(([k, v]) => !(k === ownership.key && v === ownership.value) && !k.startsWith('aws:'))
    .sort(([a], [b]) => compare(a, b));
  return Object.fromEntries(sorted);
}

export function profileDocument(p: LiveProfile, ownership: { key: string; value: string }): Record<string, unknown> {
  const c = withoutDefaults(canonicalProfile(p));
  return present({
    kind: 'SecurityProfile',
    name: p.name,
    description: c.description,
    behaviors: Object.values(c.behaviors),
    additionalMetricsToRetainV2: Object.values(c.additionalMetricsToRetainV2),
    alertTargets: c.alertTargets,
    metricsExportConfig: c.metricsExportConfig,
    targets: (c.targets ?? []).map(shortTarget),
    tags: withoutOwnership(p.tags, ownership),
  });
}

export function dimensionDocument(d: LiveDimension, ownership: { key: string; value: string }): Record<string, unknown> {
  return present({ kind: 'Dimension', name: d.name, type: d.type, stringValues: d.stringValues, tags: withoutOwnership(d.tags, ownership) });
}

export function customMetricDocument(m: LiveCustomMetric, ownership: { key: string; value: string }): Record<string, unknown> {
  return present({
    kind: 'CustomMetric',
    name: m.name,
    metricType: m.metricType,
    displayName: m.displayName,
    tags: withoutOwnership(m.tags, ownership),
  });
}

function yamlOf(docs: Record<string, unknown>[]): string {
  return docs
    .map((value) => {
      const doc = new Document(value);
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && (isMap(pair.value) || (pair.value && 'items' in (pair.value as object)))) {
            (pair.value as { flow?: boolean }).flow = true;
          }
        },
      });
      return doc.toString({ lineWidth: 120 });
    })
    .join('---\n');
}
