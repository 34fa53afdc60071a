// The shape of a lint rule: metadata, documentation examples and a pure check.
import type { Config } from '../model/config.js';
import type { Severity } from '../model/finding.js';
import type { CustomMetricType } from '../model/types.js';
import type { LoadedResource } from '../load/index.js';

export const DOCS_BASE = 'https://github.com/defender-gitops/defender-gitops/blob/main/docs/rules.md';

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  docsUrl: string;
}

export interface RuleDocs {
  /** Why the rule exists and what it accepts, a few sentences of Markdown. */
  details?: string;
  /** A YAML example that breaks the rule; the line the finding points at ends with `# ✗`. */
  failing: string;
  /** The same example, fixed. */
  passing: string;
  /** A defender-gitops.yaml the examples need (organisation policies). */
  config?: string;
  /** `text` when the examples describe a file rather than being one (encoding, size). */
  format?: 'yaml' | 'text';
}

export interface Report {
  resource: LoadedResource;
  /** Path of the offending value in the resource (file keys). */
  path: readonly (string | number)[];
  message: string;
  /** Overrides the rule's default, e.g. a warning where the reference is unconfirmed. */
  severity?: Severity;
  suggestion?: string;
  /** Point at the key rather than its value. */
  atKey?: boolean;
}

export interface RuleContext {
  /** Resources that passed the schema check: rules may rely on their shape. */
  resources: readonly LoadedResource[];
  /** Custom metrics defined anywhere in the files, by name. */
  customMetrics: ReadonlyMap<string, CustomMetricType>;
  /** Dimensions defined anywhere in the files. */
  dimensions: ReadonlySet<string>;
  config: Config;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  docs: RuleDocs;
  /** Absent for problems the loader or the schema check reports under this id. */
  check?: (context: RuleContext) => Report[];
}

export const docsUrl = (id: string): string => `${DOCS_BASE}#${id}`;

/**
 * The failing and passing examples from one template, so the two never drift apart:
 * `«failing text|passing text»` marks where they differ (either side may be empty, and may span lines).
 */
export function examples(template: string): Pick<RuleDocs, 'failing' | 'passing'> {
  const variant = (side: 1 | 2) => template.replace(/«([^|»]*)\|([^»]*)»/g, (...m: string[]) => m[side]!);
  return { failing: variant(1), passing: variant(2) };
}
