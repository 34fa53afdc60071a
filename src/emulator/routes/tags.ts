// TagResource / UntagResource / ListTagsForResource for profiles, dimensions, custom metrics and thing
// groups (by ARN), with the 50-tag limit (reserved `aws:` keys do not count and cannot be set by callers).
import { MAX_TAGS, RESERVED_TAG_PREFIX } from '../../model/constraints.js';
import { invalid, limitExceeded, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { requiredQuery, type Route } from '../request.js';
import type { Context } from '../store.js';
import { readBody } from '../validation/body.js';
import { TAG_RESOURCE_BODY, UNTAG_RESOURCE_BODY } from '../validation/models.js';

export interface Tag {
  Key: string;
  Value?: string;
}

const isReserved = (key: string) => key.toLowerCase().startsWith(RESERVED_TAG_PREFIX);
const counted = (tags: Map<string, string>) => [...tags.keys()].filter((k) => !isReserved(k)).length;

function checkKeys(keys: readonly string[]): void {
  const reserved = keys.find(isReserved);
  if (reserved) throw invalid(`Tag key '${reserved}' uses the reserved prefix '${RESERVED_TAG_PREFIX}', which only AWS may use`);
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw invalid(`Tag key '${key}' appears more than once in the request`);
    seen.add(key);
  }
}

/** The tags a Create* request carries, validated; more than 50 is an InvalidRequestException there. */
export function tagsOnCreate(tags: readonly Tag[] | undefined): Map<string, string> {
  const list = tags ?? [];
  checkKeys(list.map((t) => t.Key));
  const map = new Map(list.map((t) => [t.Key, t.Value ?? '']));
  if (counted(map) > MAX_TAGS) throw invalid(`tags: ${counted(map)} tags given; a resource can have at most ${MAX_TAGS}`);
  return map;
}

/** Whether an ARN names an existing taggable resource of this account. */
function resourceExists(ctx: Context, arn: string): boolean {
  const { state } = ctx;
  const m = /^arn:[^:]+:iot:[^:]*:[^:]*:(securityprofile|dimension|custommetric|thinggroup)\/(.+)$/.exec(arn);
  if (!m) throw invalid(`resourceArn '${arn}' is not the ARN of a security profile, dimension, custom metric or thing group`);
  const [type, name] = [m[1]!, m[2]!];
  const arnOf: Record<string, () => string | undefined> = {
    securityprofile: () => state.profiles.get(name)?.securityProfileArn,
    dimension: () => state.dimensions.get(name)?.arn,
    custommetric: () => state.customMetrics.get(name)?.metricArn,
    thinggroup: () => state.thingGroups.get(name)?.thingGroupArn,
  };
  return arnOf[type]!() === arn;
}

function existing(ctx: Context, arn: string): string {
  if (!resourceExists(ctx, arn)) throw notFound(`No resource with ARN ${arn} exists`);
  return arn;
}

export const tagRoutes: Route[] = [
  {
    operation: 'TagResource',
    method: 'POST',
    path: '/tags',
    mutates: true,
    handle(request, ctx) {
      const body = readBody<{ resourceArn: string; tags: Tag[] }>(request, TAG_RESOURCE_BODY);
      checkKeys(body.tags.map((t) => t.Key));
      const arn = existing(ctx, body.resourceArn);
      const current = ctx.state.tags.get(arn) ?? new Map<string, string>();
      const next = new Map(current);
      for (const t of body.tags) next.set(t.Key, t.Value ?? '');
      if (counted(next) > MAX_TAGS)
        throw limitExceeded(`Resource ${arn} would have ${counted(next)} tags; at most ${MAX_TAGS} are allowed`);
      ctx.state.tags.set(arn, next);
      return {};
    },
  },
  {
    operation: 'UntagResource',
    method: 'POST',
    path: '/untag',
    mutates: true,
    handle(request, ctx) {
      const body = readBody<{ resourceArn: string; tagKeys: string[] }>(request, UNTAG_RESOURCE_BODY);
      const reserved = body.tagKeys.find(isReserved);
      if (reserved) throw invalid(`Tag key '${reserved}' uses the reserved prefix '${RESERVED_TAG_PREFIX}', which only AWS may use`);
      const arn = existing(ctx, body.resourceArn);
      const tags = ctx.state.tags.get(arn);
      for (const key of body.tagKeys) tags?.delete(key);
      return {};
    },
  },
  {
    operation: 'ListTagsForResource',
    method: 'GET',
    path: '/tags',
    mutates: false,
    handle(request, ctx) {
      const arn = existing(ctx, requiredQuery(request, 'resourceArn'));
      const tags = [...(ctx.state.tags.get(arn) ?? new Map<string, string>())].map(([Key, Value]) => ({ Key, Value }));
      const page = paginate(request, tags, (t) => t.Key, false);
      return { tags: page.items, nextToken: page.nextToken };
    },
  },
];

