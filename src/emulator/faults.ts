// Fault injection: added latency, the per-operation TPS quotas as token buckets, and random internal
// failures drawn from a seeded PRNG so a failing run can be replayed with the same --seed.
import { API_TPS } from '../model/constraints.js';
import { ApiError } from './errors.js';

export interface FaultOptions {
  latencyMs: number;
  quotas: 'none' | 'aws';
  failRate: number;
  seed: number;
}

/** mulberry32: small, fast, and good enough to spread failures evenly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    now: number,
  ) {
    this.tokens = rate;
    this.last = now;
  }
  take(now: number): boolean {
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export class Faults {
  private readonly random: () => number;
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly options: FaultOptions,
    private readonly clock: () => number = Date.now,
  ) {
    this.random = seededRandom(options.seed);
  }

  async delay(): Promise<void> {
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
  }

  /** Throws the fault this request meets, if any. */
  inject(operation: string): void {
    if (this.options.quotas === 'aws') {
      const tps = API_TPS[operation];
      if (tps !== undefined) {
        let bucket = this.buckets.get(operation);
        if (!bucket) this.buckets.set(operation, (bucket = new TokenBucket(tps, this.clock())));
        if (!bucket.take(this.clock()))
          throw new ApiError('ThrottlingException', `Rate exceeded for ${operation} (${tps} requests per second)`);
      }
    }
    if (this.options.failRate > 0 && this.random() < this.options.failRate)
      throw new ApiError('InternalFailureException', `Injected internal failure for ${operation} (--fail-rate ${this.options.failRate})`);
  }
}
