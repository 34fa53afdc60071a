// Runs tasks with dependencies at bounded concurrency. A task whose dependencies are done starts
// before tasks that were merely waiting for a slot (dependents first), so e.g. each profile's attach
// follows its create closely and every operation's rate-limited queue stays busy.
// After a failure nothing new starts; running tasks finish.

export type TaskStatus = 'succeeded' | 'failed' | 'stopped' | 'not-attempted';

export interface Task {
  /** Indexes of tasks that must succeed first. */
  deps: number[];
  /** Resolves with `succeeded`, or `failed` / `stopped` (both stop new starts). */
  run(): Promise<Exclude<TaskStatus, 'not-attempted'>>;
}

export async function runTasks(tasks: readonly Task[], concurrency: number): Promise<TaskStatus[]> {
  const status: TaskStatus[] = tasks.map(() => 'not-attempted');
  const waitingOn = tasks.map((t) => new Set(t.deps).size);
  const dependents: number[][] = tasks.map(() => []);
  tasks.forEach((t, i) => new Set(t.deps).forEach((d) => dependents[d]!.push(i)));
  const ready: number[] = tasks.flatMap((_, i) => (waitingOn[i] === 0 ? [i] : []));
  let running = 0;
  let halted = false;

  await new Promise<void>((done) => {
    const pump = (): void => {
      while (!halted && running < concurrency && ready.length > 0) {
        const i = ready.shift()!;
        running++;
        tasks[i]!.run().then(
          (s) => finish(i, s),
          () => finish(i, 'failed'),
        );
      }
      if (running === 0) done();
    };
    const finish = (i: number, s: Exclude<TaskStatus, 'not-attempted'>): void => {
      running--;
      status[i] = s;
      if (s === 'succeeded') {
        const unblocked = dependents[i]!.filter((d) => --waitingOn[d]! === 0);
        ready.unshift(...unblocked);
      } else {
        halted = true;
      }
      pump();
    };
    pump();
  });
  return status;
}
