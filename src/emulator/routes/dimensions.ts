// Dimensions (reference §5.6, §9): TOPIC_FILTER string lists referenced by behaviors.
import { isDeepStrictEqual } from 'node:util';
import { resourceArn } from '../../model/arn.js';
import { MAX_DIMENSIONS } from '../../model/constraints.js';
import type { DimensionType } from '../../model/types.js';
import { limitExceeded, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { label, type Request, type Route } from '../request.js';
import { deleteUnlessUsed, modifiedAfter, profilesUsingDimension, type Context, type DimensionRecord } from '../store.js';
import { readBody } from '../validation/body.js';
import { CREATE_DIMENSION_BODY, NAME, UPDATE_DIMENSION_BODY } from '../validation/models.js';
import { isRetry } from './idempotency.js';
import { tagsOnCreate, type Tag } from './tags.js';

const dimensionName = (request: Request) => label(request, 'name', NAME);

function existing(ctx: Context, name: string): DimensionRecord {
  const d = ctx.state.dimensions.get(name);
  if (!d) throw notFound(`Dimension ${name} does not exist`);
  return d;
}

const describe = ({ clientRequestToken: _, ...d }: DimensionRecord) => d;

export const dimensionRoutes: Route[] = [
  {
    operation: 'CreateDimension',
    method: 'POST',
    path: '/dimensions/{name}',
    mutates: true,
    handle(request, ctx) {
      const name = dimensionName(request);
      const body = readBody<{ type: DimensionType; stringValues: string[]; tags?: Tag[]; clientRequestToken: string }>(
        request,
        CREATE_DIMENSION_BODY,
      );
      const found = ctx.state.dimensions.get(name);
      const same = !!found && found.type === body.type && isDeepStrictEqual(found.stringValues, body.stringValues);
      if (isRetry('Dimension', found, ctx.state.dimensions.values(), body.clientRequestToken, same))
        return { name, arn: found!.arn };
      if (ctx.state.dimensions.size >= MAX_DIMENSIONS)
        throw limitExceeded(`The account already has ${MAX_DIMENSIONS} dimensions, the maximum; delete one first`);
      const tags = tagsOnCreate(body.tags);
      const now = ctx.now();
      const arn = resourceArn(ctx.scope, 'dimension', name);
      ctx.state.dimensions.set(name, {
        name,
        arn,
        type: body.type,
        stringValues: body.stringValues,
        creationDate: now,
        lastModifiedDate: now,
        clientRequestToken: body.clientRequestToken,
      });
      if (tags.size > 0) ctx.state.tags.set(arn, tags);
      return { name, arn };
    },
  },
  {
    operation: 'UpdateDimension',
    method: 'PATCH',
    path: '/dimensions/{name}',
    mutates: true,
    handle(request, ctx) {
      const name = dimensionName(request);
      const body = readBody<{ stringValues: string[] }>(request, UPDATE_DIMENSION_BODY);
      const d = existing(ctx, name);
      d.stringValues = body.stringValues;
      d.lastModifiedDate = modifiedAfter(d.lastModifiedDate, ctx.now());
      return describe(d);
    },
  },
  {
    operation: 'DescribeDimension',
    method: 'GET',
    path: '/dimensions/{name}',
    mutates: false,
    handle(request, ctx) {
      return describe(existing(ctx, dimensionName(request)));
    },
  },
  {
    operation: 'DeleteDimension',
    method: 'DELETE',
    path: '/dimensions/{name}',
    mutates: true,
    handle(request, ctx) {
      const name = dimensionName(request);
      const { state } = ctx;
      deleteUnlessUsed(state, `Dimension ${name}`, state.dimensions.get(name)?.arn, profilesUsingDimension(state, name), () => state.dimensions.delete(name));
      return {};
    },
  },
  {
    operation: 'ListDimensions',
    method: 'GET',
    path: '/dimensions',
    mutates: false,
    handle(request, ctx) {
      const page = paginate(request, ctx.state.dimensions.keys(), (n) => n);
      return { dimensionNames: page.items, nextToken: page.nextToken };
    },
  },
];
