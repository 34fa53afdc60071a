// Client-side pacing per API operation at the service's TPS quota (reference §5.1), so a large
// read or apply runs at the speed the quotas allow instead of provoking throttling storms.
//
// Each operation is a token bucket (GCRA): up to `burst` calls at once, then one every 1/TPS on an
// absolute timeline, so timer lateness never accumulates and a full queue runs at exactly the quota.
// The burst is half the quota: small runs finish at once, and the service's own bucket (as large as
// its quota) always keeps slack for network jitter, so pacing at the quota never draws a throttle.
// Operations with no published quota run unpaced until the service throttles one; from then on it is
// paced at a conservative default.
import { systemClock, type Clock } from './clock.js';

/** The pace for an operation without a published quota once AWS has throttled it. */
export const LEARNED_TPS = 10;

export class RateLimiter {
  /** Per operation: the theoretical arrival time of the next call (ms). */
  private readonly tat = new Map<string, number>();
  private readonly tps: Record<string, number>;

  constructor(
    /** Calls per second for each operation; operations absent here are not paced. */
    tps: Readonly<Record<string, number>>,
    private readonly clock: Clock = systemClock,
  ) {
    this.tps = { ...tps };
  }

  /** Waits for this operation's next free slot. */
  async acquire(operation: string): Promise<void> {
    const wait = this.reserve(operation);
    if (wait > 0) await this.clock.sleep(wait);
  }

  /** Books the next slot and returns how long to wait for it (ms). */
  reserve(operation: string): number {
    const tps = this.tps[operation];
    if (!tps) return 0;
    const { interval, tolerance } = pace(tps);
    const now = this.clock.now();
    const tat = Math.max(this.tat.get(operation) ?? now, now);
    const slot = Math.max(now, tat - tolerance);
    this.tat.set(operation, tat + interval);
    return slot - now;
  }

  /**
   * The service throttled this operation (its bucket ran dry, e.g. through network jitter or another
   * client): pace it from now on if it was not paced; if it was, hold its schedule back by one burst
   * so the service's bucket refills instead of being drained again at once.
   */
  throttled(operation: string): void {
    const tps = this.tps[operation];
    if (!tps) {
      this.tps[operation] = LEARNED_TPS;
      return;
    }
    const now = this.clock.now();
    const { interval, tolerance } = pace(tps);
    this.tat.set(operation, Math.max(this.tat.get(operation) ?? now, now) + tolerance + interval);
  }
}

/** The spacing of calls and how far ahead of it a burst may run (GCRA's tolerance), in ms. */
function pace(tps: number): { interval: number; tolerance: number } {
  const interval = 1000 / tps;
  return { interval, tolerance: (Math.max(1, Math.ceil(tps / 2)) - 1) * interval };
}
