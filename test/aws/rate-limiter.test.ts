import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/aws/rate-limiter.js';
import { fakeClock } from './fake-clock.js';

describe('RateLimiter', () => {
  it('lets a burst of half the quota through at once, then spaces calls exactly 1/TPS apart', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ ListTargetsForSecurityProfile: 10 }, clock);
    const waits = Array.from({ length: 8 }, () => limiter.reserve('ListTargetsForSecurityProfile'));
    expect(waits).toEqual([0, 0, 0, 0, 0, 100, 200, 300]);
  });

  it('once the burst is spent, sends at exactly the quota', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    const slots = Array.from({ length: 100 }, () => limiter.reserve('A'));
    for (let i = 5; i + 10 < slots.length; i++) expect(slots[i + 10]! - slots[i]!).toBe(1_000);
    // Burst of 5 plus 95 paced calls: the last one starts 9.5 s in (the bound for 100 calls at 10 TPS is 10 s).
    expect(slots.at(-1)).toBe(9_500);
  });

  it('keeps separate schedules per operation and leaves unlisted operations unpaced', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 2, B: 25 }, clock);
    expect([limiter.reserve('A'), limiter.reserve('A'), limiter.reserve('A')]).toEqual([0, 500, 1000]);
    expect(Array.from({ length: 14 }, () => limiter.reserve('B'))).toEqual([...Array(13).fill(0), 40]);
    expect([limiter.reserve('C'), limiter.reserve('C')]).toEqual([0, 0]);
  });

  it('refills while idle, but never beyond the burst', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    for (let i = 0; i < 20; i++) limiter.reserve('A');
    clock.t = 60_000;
    expect(Array.from({ length: 7 }, () => limiter.reserve('A'))).toEqual([0, 0, 0, 0, 0, 100, 200]);
  });

  it('late timers do not accumulate drift: N calls take (N - burst)/TPS', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    // Each sleep overshoots by 7 ms, as real timers do.
    const lateSleep = clock.sleep;
    clock.sleep = async (ms: number) => lateSleep(ms + 7);
    for (let i = 0; i < 50; i++) await limiter.acquire('A');
    expect(clock.t).toBeLessThan(45 * 100 + 10);
    expect(clock.t).toBeGreaterThanOrEqual(45 * 100);
  });

  it('paces an operation without a quota once the service throttled it', () => {
    const limiter = new RateLimiter({}, fakeClock());
    expect(limiter.reserve('ListTagsForResource')).toBe(0);
    limiter.throttled('ListTagsForResource');
    expect(Array.from({ length: 7 }, () => limiter.reserve('ListTagsForResource'))).toEqual([0, 0, 0, 0, 0, 100, 200]);
  });

  it('after a throttle of a paced operation, holds its schedule back by one burst', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ A: 10 }, clock);
    for (let i = 0; i < 5; i++) limiter.reserve('A');
    limiter.throttled('A');
    // The burst is spent; the next call waits for the burst's worth of refill (5 calls, 0.5 s) plus its own slot.
    expect([limiter.reserve('A'), limiter.reserve('A')]).toEqual([600, 700]);
  });
});
