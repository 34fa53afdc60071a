import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/aws/rate-limiter.js';
import { fakeClock } from './fake-clock.js';

describe('RateLimiter', () => {
  it('spaces calls of one operation exactly 1/TPS apart on an absolute timeline', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ ListTargetsForSecurityProfile: 10 }, clock);
    const waits = Array.from({ length: 5 }, () => limiter.reserve('ListTargetsForSecurityProfile'));
    expect(waits).toEqual([0, 100, 200, 300, 400]);
  });

  it('keeps separate schedules per operation and leaves unlisted operations unpaced', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10, B: 25 }, clock);
    expect([limiter.reserve('A'), limiter.reserve('A')]).toEqual([0, 100]);
    expect([limiter.reserve('B'), limiter.reserve('B'), limiter.reserve('B')]).toEqual([0, 40, 80]);
    expect([limiter.reserve('C'), limiter.reserve('C')]).toEqual([0, 0]);
  });

  it('does not bank unused capacity: after idling, calls are again 1/TPS apart', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    limiter.reserve('A');
    clock.t = 5_000;
    expect([limiter.reserve('A'), limiter.reserve('A')]).toEqual([0, 100]);
  });

  it('late timers do not accumulate drift: N calls take (N-1)/TPS', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    // Each sleep overshoots by 7 ms, as real timers do.
    const lateSleep = clock.sleep;
    clock.sleep = async (ms: number) => lateSleep(ms + 7);
    for (let i = 0; i < 50; i++) await limiter.acquire('A');
    expect(clock.t).toBeLessThan(49 * 100 + 10);
    expect(clock.t).toBeGreaterThanOrEqual(49 * 100);
  });
});
