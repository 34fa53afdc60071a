// Static thing groups: enough of Create/Describe/Delete/List for thing-group targets to exist.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { resourceArn } from '../../model/arn.js';
import { alreadyExists, checkExpectedVersion, invalid, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { label, queryBoolean, queryLong, queryString, type Request, type Route } from '../request.js';
import type { State, ThingGroupRecord } from '../store.js';
import { readBody } from '../validation/body.js';
import { CREATE_THING_GROUP_BODY, NAME } from '../validation/models.js';
import { tagsOnCreate, type Tag } from './tags.js';

interface CreateBody {
  parentGroupName?: string;
  thingGroupProperties?: ThingGroupRecord['thingGroupProperties'] & { attributePayload?: { merge?: boolean } };
  tags?: Tag[];
}

/** Every group below `name`, depth first. */
export function descendantsOf(state: State, name: string): string[] {
  const result: string[] = [];
  for (const g of state.thingGroups.values())
    if (g.parentGroupName === name) result.push(g.thingGroupName, ...descendantsOf(state, g.thingGroupName));
  return result;
}

function ancestorsOf(state: State, group: ThingGroupRecord): ThingGroupRecord[] {
  const chain: ThingGroupRecord[] = [];
  for (let p = group.parentGroupName; p !== undefined; p = state.thingGroups.get(p)?.parentGroupName) {
    const parent = state.thingGroups.get(p);
    if (!parent) break;
    chain.unshift(parent);
  }
  return chain;
}

const groupName = (request: Request) => label(request, 'thingGroupName', NAME);

/** What CreateThingGroup stores of the properties (merge is an instruction, not state). */
function storedProperties(body: CreateBody): ThingGroupRecord['thingGroupProperties'] {
  const p = body.thingGroupProperties;
  if (!p) return undefined;
  const attributes = p.attributePayload?.attributes;
  return {
    ...(p.thingGroupDescription !== undefined ? { thingGroupDescription: p.thingGroupDescription } : {}),
    ...(attributes ? { attributePayload: { attributes } } : {}),
  };
}

export const thingGroupRoutes: Route[] = [
  {
    operation: 'CreateThingGroup',
    method: 'POST',
    path: '/thing-groups/{thingGroupName}',
    mutates: true,
    handle(request, ctx) {
      const name = groupName(request);
      const body = readBody<CreateBody>(request, CREATE_THING_GROUP_BODY);
      const properties = storedProperties(body);
      const existing = ctx.state.thingGroups.get(name);
      if (existing) {
        // Re-creating with the same configuration succeeds, as the service does.
        if (existing.parentGroupName === body.parentGroupName && isDeepStrictEqual(existing.thingGroupProperties, properties))
          return { thingGroupName: name, thingGroupArn: existing.thingGroupArn, thingGroupId: existing.thingGroupId };
        throw alreadyExists(`Thing group ${name} already exists with a different configuration`, existing.thingGroupId, existing.thingGroupArn);
      }
      if (body.parentGroupName !== undefined && !ctx.state.thingGroups.has(body.parentGroupName))
        throw notFound(`Parent thing group ${body.parentGroupName} does not exist`);
      const tags = tagsOnCreate(body.tags);
      const record: ThingGroupRecord = {
        thingGroupName: name,
        thingGroupId: randomUUID(),
        thingGroupArn: resourceArn(ctx.scope, 'thinggroup', name),
        version: 1,
        thingGroupProperties: properties,
        parentGroupName: body.parentGroupName,
        creationDate: ctx.now(),
      };
      ctx.state.thingGroups.set(name, record);
      if (tags.size > 0) ctx.state.tags.set(record.thingGroupArn, tags);
      return { thingGroupName: name, thingGroupArn: record.thingGroupArn, thingGroupId: record.thingGroupId };
    },
  },
  {
    operation: 'DescribeThingGroup',
    method: 'GET',
    path: '/thing-groups/{thingGroupName}',
    mutates: false,
    handle(request, ctx) {
      const name = groupName(request);
      const g = ctx.state.thingGroups.get(name);
      if (!g) throw notFound(`Thing group ${name} does not exist`);
      const roots = ancestorsOf(ctx.state, g).map((a) => ({ groupName: a.thingGroupName, groupArn: a.thingGroupArn }));
      return {
        thingGroupName: g.thingGroupName,
        thingGroupId: g.thingGroupId,
        thingGroupArn: g.thingGroupArn,
        version: g.version,
        thingGroupProperties: g.thingGroupProperties ?? {},
        thingGroupMetadata: {
          parentGroupName: g.parentGroupName,
          rootToParentThingGroups: roots.length ? roots : undefined,
          creationDate: g.creationDate,
        },
      };
    },
  },
  {
    operation: 'DeleteThingGroup',
    method: 'DELETE',
    path: '/thing-groups/{thingGroupName}',
    mutates: true,
    handle(request, ctx) {
      const name = groupName(request);
      const expected = queryLong(request, 'expectedVersion');
      const g = ctx.state.thingGroups.get(name);
      if (!g) return {};
      checkExpectedVersion(expected, g.version, `thing group ${name}`);
      if (descendantsOf(ctx.state, name).length > 0)
        throw invalid(`Thing group ${name} still has child groups: delete them first`);
      ctx.state.thingGroups.delete(name);
      ctx.state.tags.delete(g.thingGroupArn);
      ctx.state.attachments.delete(g.thingGroupArn);
      return {};
    },
  },
  {
    operation: 'ListThingGroups',
    method: 'GET',
    path: '/thing-groups',
    mutates: false,
    handle(request, ctx) {
      const parent = queryString(request, 'parentGroup', NAME);
      const prefix = queryString(request, 'namePrefixFilter', NAME);
      // With parentGroup: its children, or all its descendants when recursive. Without: every group.
      const recursive = queryBoolean(request, 'recursive') ?? false;
      let groups = [...ctx.state.thingGroups.values()];
      if (parent !== undefined) {
        const below = new Set(recursive ? descendantsOf(ctx.state, parent) : []);
        groups = groups.filter((g) => (recursive ? below.has(g.thingGroupName) : g.parentGroupName === parent));
      }
      if (prefix !== undefined) groups = groups.filter((g) => g.thingGroupName.startsWith(prefix));
      const page = paginate(request, groups, (g) => g.thingGroupName);
      return { thingGroups: page.items.map((g) => ({ groupName: g.thingGroupName, groupArn: g.thingGroupArn })), nextToken: page.nextToken };
    },
  },
];
