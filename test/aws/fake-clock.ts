import type { Clock } from '../../src/aws/clock.js';

/** A clock whose sleeps return at once and advance virtual time; records every sleep. */
export function fakeClock(): Clock & { sleeps: number[]; t: number } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    async sleep(ms: number) {
      clock.sleeps.push(ms);
      clock.t += Math.max(0, ms);
    },
  };
  return clock;
}
