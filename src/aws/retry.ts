// When and how long to retry a failed call: throttling, 5xx and network failures are retried with
// exponential backoff and jitter (conventions §6 "Pacing and retries"); everything else is final.
import { systemClock, type Clock } from './clock.js';

export type FailureClass = 'throttled' | 'server' | 'network' | 'final';

interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

export function classify(error: unknown): FailureClass {
  const e = (error ?? {}) as SdkLikeError;
  if (e.name === 'ThrottlingException' || e.name === 'TooManyRequestsException' || e.$metadata?.httpStatusCode === 429) return 'throttled';
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return 'server';
  if (e.name === 'InternalFailureException' || e.name === 'ServiceUnavailableException') return 'server';
  if (e.name === 'TimeoutError' || e.name === 'RequestTimeout' || (e.code && NETWORK_CODES.has(e.code))) return 'network';
  if (status === undefined && /socket hang up|ECONNRESET|ECONNREFUSED/.test(e.message ?? '')) return 'network';
  return 'final';
}

export interface RetryPolicy {
  /** Total attempts for throttling and 5xx answers. */
  maxAttempts: number;
  /** Total attempts for network failures: fewer, so an unreachable endpoint is reported quickly. */
  maxNetworkAttempts: number;
  baseMs: number;
  capMs: number;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  maxNetworkAttempts: 4,
  baseMs: 100,
  capMs: 10_000,
  random: Math.random,
};

/** Delay before the attempt after `failedAttempt` (1-based): exponential, capped, with half of it jittered. */
export function backoffMs(policy: RetryPolicy, failedAttempt: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (failedAttempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * policy.random());
}

export interface RetryNotice {
  failure: Exclude<FailureClass, 'final'>;
  error: unknown;
  /** The attempt about to start (2 = first retry). */
  nextAttempt: number;
  maxAttempts: number;
  delayMs: number;
}

/**
 * Runs `attempt` until it succeeds, fails with a final error, or runs out of attempts.
 * `attempt` receives the 1-based attempt number (callers use it to recognise work a lost answer may have done).
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  onRetry: (notice: RetryNotice) => void,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  clock: Clock = systemClock,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const failure = classify(error);
      const max = failure === 'network' ? policy.maxNetworkAttempts : policy.maxAttempts;
      if (failure === 'final' || n >= max) throw error;
      const delayMs = backoffMs(policy, n);
      onRetry({ failure, error, nextAttempt: n + 1, maxAttempts: max, delayMs });
      await clock.sleep(delayMs);
    }
  }
}
