// Client-side pacing per API operation at the service's TPS quota (reference §5.1), so a large
// read or apply runs at the speed the quotas allow instead of provoking throttling storms.
//
// Each operation gets its own schedule: call k may start at `start + k / tps`. Slots are handed out
// on an absolute timeline (not "now + interval"), so timer lateness never accumulates and a queue
// that is kept full runs at exactly the quota.
import { systemClock, type Clock } from './clock.js';

export class RateLimiter {
  private readonly nextSlot = new Map<string, number>();

  constructor(
    /** Calls per second for each operation; operations absent here are not paced. */
    private readonly tps: Readonly<Record<string, number>>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Waits for this operation's next free slot. */
  async acquire(operation: string): Promise<void> {
    const wait = this.reserve(operation);
    if (wait > 0) await this.clock.sleep(wait);
  }

  /** Books the next slot and returns how long to wait for it (ms). */
  reserve(operation: string): number {
    const tps = this.tps[operation];
    if (!tps) return 0;
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(operation) ?? now);
    this.nextSlot.set(operation, slot + 1000 / tps);
    return slot - now;
  }
}

