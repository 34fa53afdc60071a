// What every part of the plan computation shares: the account, ownership, pruning, where each
// resource was written (for error locations), and the errors found so far.
import type { AccountScope } from '../model/arn.js';
import type { Finding, SourceRange } from '../model/finding.js';
import type { ResourceKind, Tags } from '../model/types.js';

export interface OwnershipTag {
  key: string;
  value: string;
}

export interface PlanContext {
  scope: AccountScope;
  ownershipTag: OwnershipTag;
  prune: boolean;
  sources: ReadonlyMap<string, SourceRange>;
  errors: Finding[];
}

export const ADDRESS_PREFIX: Readonly<Record<ResourceKind, string>> = {
  SecurityProfile: 'security_profile',
  Dimension: 'dimension',
  CustomMetric: 'custom_metric',
};

export function address(kind: ResourceKind, name: string): string {
  return `${ADDRESS_PREFIX[kind]}.${name}`;
}

export function isOwned(tags: Tags, ownership: OwnershipTag): boolean {
  return tags[ownership.key] === ownership.value;
}

/** Where a resource (or, with `path` such as `targets[1]`, one of its members) is written, if known. */
export function sourceOf(ctx: PlanContext, kind: ResourceKind, name: string, path?: string): SourceRange | undefined {
  return (path === undefined ? undefined : ctx.sources.get(`${kind}/${name}.${path}`)) ?? ctx.sources.get(`${kind}/${name}`);
}

/** A plan-time error about a resource, located at its file and line (at `path` inside it when known). */
export function planError(ctx: PlanContext, ruleId: string, kind: ResourceKind, name: string, message: string, path?: string): void {
  const at = sourceOf(ctx, kind, name, path) ?? { file: '', line: 0, column: 0 };
  ctx.errors.push({ ...at, ruleId, severity: 'error', message, kind, name });
}
