// Custom metrics (reference §5.7, §9).
import { resourceArn } from '../../model/arn.js';
import { AWS_METRIC_PREFIX, MAX_CUSTOM_METRICS } from '../../model/constraints.js';
import type { CustomMetricType } from '../../model/types.js';
import { invalid, limitExceeded, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { label, type Request, type Route } from '../request.js';
import { deleteUnlessUsed, modifiedAfter, profilesUsingMetric, type Context, type CustomMetricRecord } from '../store.js';
import { readBody } from '../validation/body.js';
import { CREATE_CUSTOM_METRIC_BODY, NAME, UPDATE_CUSTOM_METRIC_BODY } from '../validation/models.js';
import { isRetry } from './idempotency.js';
import { tagsOnCreate, type Tag } from './tags.js';

const metricName = (request: Request) => label(request, 'metricName', NAME);

function existing(ctx: Context, name: string): CustomMetricRecord {
  const m = ctx.state.customMetrics.get(name);
  if (!m) throw notFound(`Custom metric ${name} does not exist`);
  return m;
}

const describe = ({ clientRequestToken: _, ...m }: CustomMetricRecord) => m;
const tokened = (m: CustomMetricRecord) => ({ name: m.metricName, arn: m.metricArn, clientRequestToken: m.clientRequestToken });

export const customMetricRoutes: Route[] = [
  {
    operation: 'CreateCustomMetric',
    method: 'POST',
    path: '/custom-metric/{metricName}',
    mutates: true,
    handle(request, ctx) {
      const name = metricName(request);
      const body = readBody<{ displayName?: string; metricType: CustomMetricType; tags?: Tag[]; clientRequestToken: string }>(
        request,
        CREATE_CUSTOM_METRIC_BODY,
      );
      if (name.startsWith(AWS_METRIC_PREFIX))
        throw invalid(`metricName '${name}' must not start with '${AWS_METRIC_PREFIX}', which is reserved for built-in metrics`);
      const found = ctx.state.customMetrics.get(name);
      const same = !!found && found.metricType === body.metricType && found.displayName === body.displayName;
      const others = [...ctx.state.customMetrics.values()].map(tokened);
      if (isRetry('Custom metric', found && tokened(found), others, body.clientRequestToken, same))
        return { metricName: name, metricArn: found!.metricArn };
      if (ctx.state.customMetrics.size >= MAX_CUSTOM_METRICS)
        throw limitExceeded(`The account already has ${MAX_CUSTOM_METRICS} custom metrics, the maximum; delete one first`);
      const tags = tagsOnCreate(body.tags);
      const now = ctx.now();
      const arn = resourceArn(ctx.scope, 'custommetric', name);
      ctx.state.customMetrics.set(name, {
        metricName: name,
        metricArn: arn,
        metricType: body.metricType,
        displayName: body.displayName,
        creationDate: now,
        lastModifiedDate: now,
        clientRequestToken: body.clientRequestToken,
      });
      if (tags.size > 0) ctx.state.tags.set(arn, tags);
      return { metricName: name, metricArn: arn };
    },
  },
  {
    operation: 'UpdateCustomMetric',
    method: 'PATCH',
    path: '/custom-metric/{metricName}',
    mutates: true,
    handle(request, ctx) {
      const name = metricName(request);
      const body = readBody<{ displayName: string }>(request, UPDATE_CUSTOM_METRIC_BODY);
      const m = existing(ctx, name);
      m.displayName = body.displayName;
      m.lastModifiedDate = modifiedAfter(m.lastModifiedDate, ctx.now());
      return describe(m);
    },
  },
  {
    operation: 'DescribeCustomMetric',
    method: 'GET',
    path: '/custom-metric/{metricName}',
    mutates: false,
    handle(request, ctx) {
      return describe(existing(ctx, metricName(request)));
    },
  },
  {
    operation: 'DeleteCustomMetric',
    method: 'DELETE',
    path: '/custom-metric/{metricName}',
    mutates: true,
    handle(request, ctx) {
      const name = metricName(request);
      const { state } = ctx;
      deleteUnlessUsed(state, `Custom metric ${name}`, state.customMetrics.get(name)?.metricArn, profilesUsingMetric(state, name), () =>
        state.customMetrics.delete(name),
      );
      return {};
    },
  },
  {
    operation: 'ListCustomMetrics',
    method: 'GET',
    path: '/custom-metrics',
    mutates: false,
    handle(request, ctx) {
      const page = paginate(request, ctx.state.customMetrics.keys(), (n) => n);
      return { metricNames: page.items, nextToken: page.nextToken };
    },
  },
];
