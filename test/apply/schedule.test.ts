import { describe, expect, it } from 'vitest';
import { runTasks, type Task } from '../../src/apply/schedule.js';

const tick = () => new Promise((r) => setTimeout(r, 1));

function recorder() {
  const log: string[] = [];
  let active = 0;
  let peak = 0;
  const task = (name: string, deps: number[] = [], outcome: 'succeeded' | 'failed' | 'stopped' = 'succeeded'): Task => ({
    deps,
    async run() {
      active++;
      peak = Math.max(peak, active);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      active--;
      return outcome;
    },
  });
  return { log, task, peak: () => peak };
}

describe('runTasks', () => {
  it('never exceeds the concurrency and starts a task only after its dependencies succeeded', async () => {
    const r = recorder();
    const tasks = [r.task('a'), r.task('b'), r.task('c'), r.task('d', [0, 1, 2]), r.task('e', [3])];
    const status = await runTasks(tasks, 2);
    expect(status).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(r.peak()).toBeLessThanOrEqual(2);
    expect(r.log.indexOf('start d')).toBeGreaterThan(r.log.indexOf('end c'));
    expect(r.log.indexOf('start e')).toBeGreaterThan(r.log.indexOf('end d'));
  });

  it('starts an unblocked dependent before independent tasks still waiting for a slot', async () => {
    const r = recorder();
    // create-1..3 then attach-1..3, each attach depending on its create.
    const tasks = [r.task('create-1'), r.task('create-2'), r.task('create-3'), r.task('attach-1', [0]), r.task('attach-2', [1]), r.task('attach-3', [2])];
    await runTasks(tasks, 1);
    expect(r.log.filter((l) => l.startsWith('start'))).toEqual([
      'start create-1',
      'start attach-1',
      'start create-2',
      'start attach-2',
      'start create-3',
      'start attach-3',
    ]);
  });

  it('after a failure starts nothing new, lets running tasks finish, and marks the rest not attempted', async () => {
    const r = recorder();
    const tasks = [r.task('a', [], 'failed'), r.task('b'), r.task('c'), r.task('d', [1])];
    const status = await runTasks(tasks, 2);
    expect(status).toEqual(['failed', 'succeeded', 'not-attempted', 'not-attempted']);
    expect(r.log).toContain('end b');
  });

  it('treats a thrown error as a failure', async () => {
    const status = await runTasks([{ deps: [], run: () => Promise.reject(new Error('x')) }, { deps: [0], run: async () => 'succeeded' }], 4);
    expect(status).toEqual(['failed', 'not-attempted']);
  });
});
