import { describe, expect, it } from 'vitest';
import { backoffMs, classify, DEFAULT_RETRY_POLICY, withRetries, type RetryNotice } from '../../src/aws/retry.js';
import { fakeClock } from './fake-clock.js';

const throttle = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
const internal = Object.assign(new Error('boom'), { name: 'InternalFailureException', $metadata: { httpStatusCode: 500 } });
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
const invalid = Object.assign(new Error('bad'), { name: 'InvalidRequestException', $metadata: { httpStatusCode: 400 } });

describe('classify', () => {
  it('retries throttling, 5xx and network failures; everything else is final', () => {
    expect(classify(throttle)).toBe('throttled');
    expect(classify(internal)).toBe('server');
    expect(classify(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 503 } }))).toBe('server');
    expect(classify(refused)).toBe('network');
    expect(classify(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('network');
    expect(classify(invalid)).toBe('final');
    expect(classify(Object.assign(new Error('x'), { name: 'VersionConflictException', $metadata: { httpStatusCode: 409 } }))).toBe('final');
    expect(classify(Object.assign(new Error('x'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }))).toBe('final');
  });
});

describe('backoffMs', () => {
  it('grows exponentially, is capped, and is jittered within the upper half', () => {
    const low = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
    const high = { ...DEFAULT_RETRY_POLICY, random: () => 1 };
    expect([1, 2, 3].map((n) => backoffMs(high, n))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((n) => backoffMs(low, n))).toEqual([50, 100, 200]);
    expect(backoffMs(high, 30)).toBe(DEFAULT_RETRY_POLICY.capMs);
  });
});

describe('withRetries', () => {
  it('retries a throttled call with growing delays, reporting each retry, until it succeeds', async () => {
    const clock = fakeClock();
    const notices: RetryNotice[] = [];
    let calls = 0;
    const result = await withRetries(
      async (n) => {
        calls++;
        if (n < 4) throw throttle;
        return 'done';
      },
      (notice) => notices.push(notice),
      { ...DEFAULT_RETRY_POLICY, random: () => 1 },
      clock,
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(clock.sleeps).toEqual([100, 200, 400]);
    expect(notices.map((n) => [n.failure, n.nextAttempt, n.maxAttempts])).toEqual([
      ['throttled', 2, 8],
      ['throttled', 3, 8],
      ['throttled', 4, 8],
    ]);
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw internal;
        },
        () => {},
        DEFAULT_RETRY_POLICY,
        clock,
      ),
    ).rejects.toBe(internal);
    expect(calls).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('gives up on network failures sooner, and never retries a final error', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(withRetries(async () => { calls++; throw refused; }, () => {}, DEFAULT_RETRY_POLICY, clock)).rejects.toBe(refused);
    expect(calls).toBe(DEFAULT_RETRY_POLICY.maxNetworkAttempts);
    calls = 0;
    await expect(withRetries(async () => { calls++; throw invalid; }, () => {}, DEFAULT_RETRY_POLICY, clock)).rejects.toBe(invalid);
    expect(calls).toBe(1);
  });
});
