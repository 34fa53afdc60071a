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

export function sourceOf(ctx: PlanContext, kind: ResourceKind, name: string): SourceRange | undefined {
  return ctx.sources.get(`${kind}/${name}`);
}

/** A plan-time error about a resource, located at its file and line when the files name it. */
export function planError(ctx: PlanContext, ruleId: string, kind: ResourceKind, name: string, message: string): void {
  const at = sourceOf(ctx, kind, name) ?? { file: '', line: 0, column: 0 };
  ctx.errors.push({ ...at, ruleId, severity: 'error', message, kind, name });
}
