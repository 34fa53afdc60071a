// Builders for the exact @aws-sdk/client-iot inputs a plan records. Values are sent as the file
// wrote them (minus absent members), so what `apply` sends is what the reviewer read.
import { countAsInteger } from '../model/canonical.js';
import type { Behavior, Tags } from '../model/types.js';
import type { IotOperation, PlannedRequest } from './types.js';

export function request(operation: IotOperation, input: Record<string, unknown>): PlannedRequest {
  return { operation, input: plain(input) as Record<string, unknown> };
}

/** A JSON-safe copy without undefined members: the input as it will be serialized. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Behaviors for Create/UpdateSecurityProfile: `count` sent as the integer the API models. */
export function wireBehaviors(behaviors: readonly Behavior[]): Behavior[] {
  return behaviors.map((b) => {
    const count = b.criteria?.value?.count;
    if (count === undefined) return b;
    return { ...b, criteria: { ...b.criteria, value: { ...b.criteria!.value, count: countAsInteger(count) } } };
  });
}

/** The API's TagList, sorted by key. */
export function tagList(tags: Tags): { Key: string; Value: string }[] {
  return Object.keys(tags)
    .sort()
    .map((Key) => ({ Key, Value: tags[Key]! }));
}

/** TagResource for added or changed values, UntagResource for removed keys. */
export function tagRequests(resourceArn: string, live: Tags, desired: Tags): PlannedRequest[] {
  const set: Tags = {};
  for (const [k, v] of Object.entries(desired)) if (live[k] !== v) set[k] = v;
  const removed = Object.keys(live)
    .filter((k) => !(k in desired))
    .sort();
  const out: PlannedRequest[] = [];
  if (Object.keys(set).length > 0) out.push(request('TagResource', { resourceArn, tags: tagList(set) }));
  if (removed.length > 0) out.push(request('UntagResource', { resourceArn, tagKeys: removed }));
  return out;
}
