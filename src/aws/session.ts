// The IoT client factory and the one way every call is sent: paced per operation at the AWS quota,
// bounded in flight, retried with backoff and jitter, each retry printed (conventions §11.4), and
// failures explained in one line naming the operation and the resource.
import { IoTClient } from '@aws-sdk/client-iot';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AccountScope } from '../model/arn.js';
import { API_TPS } from '../model/constraints.js';
import { AwsError, explainAwsError } from './errors.js';
import { COMMANDS, type IotOperationName, type IotOperations } from './operations.js';
import { RateLimiter } from './rate-limiter.js';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryNotice, type RetryPolicy } from './retry.js';
import { Semaphore } from './semaphore.js';

export interface SessionOptions {
  region?: string;
  endpointUrl?: string;
  profile?: string;
  /** 12-digit account the credentials must belong to (an environment's `account`). */
  expectedAccount?: string;
  /** Receives retry warnings and other diagnostics, one line each (the CLI prints them on stderr). */
  progress?: (line: string) => void;
  /** Overrides the default label (e.g. "local emulator"). */
  label?: string;
  /** Fixed credentials (the local emulator); otherwise the standard chain applies. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  retryPolicy?: RetryPolicy;
  /** Calls per second to pace each operation at (default CLIENT_TPS, the AWS quotas). */
  tps?: Readonly<Record<string, number>>;
}

export interface IotSession {
  client: IoTClient;
  /** Partition, region and account (from STS GetCallerIdentity). */
  scope: AccountScope;
  /** Where the calls go, for messages: "AWS IoT (eu-west-1)", "AWS IoT at http://…", "local emulator". */
  label: string;
  endpointUrl?: string;
  progress: (line: string) => void;
  limiter: RateLimiter;
  inFlight: Semaphore;
  retryPolicy: RetryPolicy;
  close(): Promise<void>;
}

/**
 * Quotas the calls are paced at: the Device Defender table (API_TPS), plus 10 TPS for the IoT Core
 * tag calls and CreateDimension, which have no published Device Defender row (reference §10).
 */
export const CLIENT_TPS: Readonly<Record<string, number>> = {
  ...API_TPS,
  CreateDimension: 10,
  TagResource: 10,
  UntagResource: 10,
  ListTagsForResource: 10,
};

/** Most calls in flight at once; the per-operation pacing keeps the real number far lower. */
const MAX_IN_FLIGHT = 64;

const HTTP_TIMEOUTS = { connectionTimeout: 5_000, requestTimeout: 60_000 };

export async function openSession(options: SessionOptions): Promise<IotSession> {
  // The SDK warns on stderr about its own future Node support; nothing a user of this CLI can act on.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const common = {
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: 1, // retries are ours: paced, printed, and aware of what a lost answer may have done
    requestHandler: HTTP_TIMEOUTS,
  };
  const client = new IoTClient(common);
  const sts = new STSClient(common);
  const progress = options.progress ?? (() => {});
  const retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  try {
    const region = await resolveRegion(client);
    const identity = await withRetries(
      () => sts.send(new GetCallerIdentityCommand({})),
      (notice) => progress(retryLine(notice, 'GetCallerIdentity')),
      retryPolicy,
    ).catch((error: unknown) => {
      throw explainAwsError(error, 'GetCallerIdentity', undefined, options.endpointUrl);
    });
    const account = identity.Account ?? '';
    const partition = /^arn:([^:]+):/.exec(identity.Arn ?? '')?.[1] ?? 'aws';
    if (options.expectedAccount && options.expectedAccount !== account) {
      throw new AwsError(
        `the credentials are for account ${account}, but the environment expects account ${options.expectedAccount}`,
        'GetCallerIdentity',
        'WrongAccount',
        undefined,
        'Switch AWS_PROFILE (or credentials) to the right account, or pick another --env.',
      );
    }
    return {
      client,
      scope: { partition, region, account },
      label: options.label ?? (options.endpointUrl ? `AWS IoT at ${options.endpointUrl}` : `AWS IoT (${region})`),
      ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
      progress,
      limiter: new RateLimiter(options.tps ?? CLIENT_TPS),
      inFlight: new Semaphore(MAX_IN_FLIGHT),
      retryPolicy,
      async close() {
        client.destroy();
      },
    };
  } finally {
    sts.destroy();
  }
}

async function resolveRegion(client: IoTClient): Promise<string> {
  try {
    return await client.config.region();
  } catch (error) {
    throw explainAwsError(error, 'GetCallerIdentity');
  }
}

/** `warning: throttled by AWS IoT (ListTargetsForSecurityProfile x), retrying in 0.2s (attempt 2/8)` */
function retryLine(notice: RetryNotice, on: string): string {
  const e = notice.error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const answer = e.name && e.name !== 'Error' ? e.name : `HTTP ${e.$metadata?.httpStatusCode ?? 'error'}`;
  const why =
    notice.failure === 'throttled'
      ? 'throttled by AWS IoT'
      : notice.failure === 'server'
        ? `AWS IoT answered ${answer}`
        : `network error ${e.code ?? e.name ?? ''}`.trimEnd();
  return `warning: ${why} (${on}), retrying in ${(notice.delayMs / 1000).toFixed(1)}s (attempt ${notice.nextAttempt}/${notice.maxAttempts})`;
}

/** Sends one IoT operation: paced, retried, explained. `resource` names what the call is about in messages. */
export async function call<K extends IotOperationName>(
  session: IotSession,
  operation: K,
  input: IotOperations[K][0],
  resource?: string,
): Promise<IotOperations[K][1]> {
  const Command = COMMANDS[operation];
  const on = resource ? `${operation} ${resource}` : operation;
  try {
    return await withRetries(
      async () => {
        await session.limiter.acquire(operation);
        return session.inFlight.run(() => session.client.send(new Command(input)));
      },
      (notice) => session.progress(retryLine(notice, on)),
      session.retryPolicy,
    );
  } catch (error) {
    throw explainAwsError(error, operation, resource, session.endpointUrl);
  }
}

/** Sends a request given as plain data (a plan's `{operation, input}`); the answer as plain data too. */
export async function sendRequest(
  session: IotSession,
  operation: IotOperationName,
  input: Record<string, unknown>,
  resource?: string,
): Promise<Record<string, unknown>> {
  return (await call(session, operation, input as never, resource)) as unknown as Record<string, unknown>;
}
