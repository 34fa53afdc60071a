// Executes a plan (issue #5): refuses a stale plan before the first call, runs the changes in the
// order of design §3 with bounded concurrency, prints one line per action, and on a failure stops
// starting new actions, lets running ones finish and lists what succeeded, failed and was not attempted.
import { randomUUID } from 'node:crypto';
import { AwsError } from '../aws/errors.js';
import { sendRequest, type IotSession } from '../aws/session.js';
import type { Change, ChangeAction, Plan } from '../plan/types.js';
import { whatMoved } from './fresh.js';
import { countsLine, doneLine, failedLine, startLine, stillLine, type ApplyCounts } from './progress.js';
import { recover, StaleError } from './recover.js';
import { runTasks, type Task, type TaskStatus } from './schedule.js';

export interface ApplyOptions {
  progress: (line: string) => void;
  /** Actions in flight at once (default 10, as Terraform's -parallelism); the per-API rate limits still apply. */
  concurrency?: number;
  /** Abort to stop gracefully (e.g. on Ctrl-C): running actions finish, nothing new starts. */
  signal?: AbortSignal;
}

export interface ActionOutcome {
  address: string;
  action: ChangeAction;
  /** For failures: operation, resource and the AWS error, in one line. */
  error?: string;
}

export interface ApplyResult {
  /** `stale`: refused before any call, or stopped by a VersionConflictException (exit 3). */
  status: 'applied' | 'failed' | 'stale';
  /** Stopped by `signal` (status `failed`): what was not attempted is listed. */
  interrupted: boolean;
  /** What moved since the plan, one line each. */
  stale: string[];
  counts: ApplyCounts;
  succeeded: ActionOutcome[];
  failed: ActionOutcome[];
  notAttempted: ActionOutcome[];
}

const DEFAULT_CONCURRENCY = 10;
const HEARTBEAT_MS = 10_000;
const PLAN_AGAIN = 'Run `defender-gitops plan` again and review the new plan.';

export async function applyPlan(plan: Plan, session: IotSession, options: ApplyOptions): Promise<ApplyResult> {
  const { progress } = options;
  const counts: ApplyCounts = { created: 0, updated: 0, deleted: 0, attached: 0, detached: 0 };
  if (plan.errors.length > 0) {
    progress(`Error: the plan has ${plan.errors.length} error(s) and cannot be applied:`);
    for (const e of plan.errors) progress(`  ${e.message}`);
    return { status: 'failed', interrupted: false, stale: [], counts, succeeded: [], failed: [], notAttempted: plan.changes.map(outcomeOf) };
  }

  const readStart = performance.now();
  const moved = await whatMoved(plan, session);
  if (moved.length > 0) {
    progress(`Reading live state from ${session.label}… (${secs(readStart)})`);
    progress('Error: Saved plan is stale\n');
    for (const line of moved) progress(`  ${line}`);
    progress(`\n${PLAN_AGAIN}`);
    return { status: 'stale', interrupted: false, stale: moved, counts, succeeded: [], failed: [], notAttempted: plan.changes.map(outcomeOf) };
  }
  progress(`Reading live state from ${session.label}… fingerprints match the plan (${secs(readStart)})`);

  const started = performance.now();
  const running = new Map<Change, number>();
  const errors = new Map<Change, string>();
  const stale: string[] = [];
  const heartbeat = setInterval(() => {
    const now = performance.now();
    for (const [change, since] of running) if (now - since >= HEARTBEAT_MS) progress(stillLine(change.address, change.action, now - since));
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const execute = async (change: Change): Promise<Exclude<TaskStatus, 'not-attempted'>> => {
    const since = performance.now();
    running.set(change, since);
    const expectedVersion = change.requests.find((r) => typeof r.input.expectedVersion === 'number')?.input.expectedVersion;
    progress(startLine(change.address, change.action, expectedVersion === undefined ? undefined : `expectedVersion=${String(expectedVersion)}`));
    try {
      const detail = await executeChange(change, session);
      progress(doneLine(change.address, change.action, performance.now() - since, detail));
      count(counts, change.action);
      return 'succeeded';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      progress(failedLine(change.address, change.action, performance.now() - since, message));
      if (error instanceof StaleError) {
        stale.push(message);
        return 'stopped';
      }
      errors.set(change, message);
      return 'failed';
    } finally {
      running.delete(change);
    }
  };

  let status: TaskStatus[];
  try {
    status = await runTasks(schedule(plan.changes, execute), options.concurrency ?? DEFAULT_CONCURRENCY, options.signal);
  } finally {
    clearInterval(heartbeat);
  }
  const changeStatus = plan.changes.map((_, i) => status[i]!);
  const interrupted = options.signal?.aborted === true && changeStatus.includes('not-attempted');
  const pick = (want: TaskStatus[]) => plan.changes.filter((_, i) => want.includes(changeStatus[i]!)).map((c) => ({ ...outcomeOf(c), ...(errors.has(c) ? { error: errors.get(c)! } : {}) }));
  const result: ApplyResult = {
    status: stale.length > 0 ? 'stale' : errors.size > 0 || interrupted ? 'failed' : 'applied',
    interrupted,
    stale,
    counts,
    succeeded: pick(['succeeded']),
    failed: pick(['failed']),
    notAttempted: pick(['not-attempted', 'stopped']),
  };
  report(result, progress, secs(started));
  return result;
}

function outcomeOf(change: Change): ActionOutcome {
  return { address: change.address, action: change.action };
}

function secs(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)}s`;
}

function count(counts: ApplyCounts, action: ChangeAction): void {
  if (action === 'create' || action === 'replace') counts.created++;
  if (action === 'delete' || action === 'replace') counts.deleted++;
  if (action === 'update') counts.updated++;
  if (action === 'attach') counts.attached++;
  if (action === 'detach') counts.detached++;
}

/**
 * Design §3 order as dependencies: dimensions and custom metrics → profiles → attach → detach →
 * profile deletes → dimension / custom metric deletes. Each attach waits only for its own profile's
 * create or update, so attaching overlaps the remaining creates. Barriers (no-op tasks) keep the
 * dependency lists short.
 */
function schedule(changes: readonly Change[], execute: (c: Change) => Promise<Exclude<TaskStatus, 'not-attempted'>>): Task[] {
  const tasks: Task[] = changes.map((c) => ({ deps: [], run: () => execute(c) }));
  const phases = changes.map(phaseOf);
  const profileTask = new Map<string, number>();
  changes.forEach((c, i) => {
    if (phases[i] === 1) profileTask.set(c.name, i);
  });
  let barrier: number | undefined;
  for (let phase = 0; phase <= 5; phase++) {
    const members = changes.flatMap((_, i) => (phases[i] === phase ? [i] : []));
    for (const i of members) {
      if (phase === 2) {
        const own = profileTask.get(changes[i]!.name);
        if (own !== undefined) tasks[i]!.deps.push(own);
      } else if (barrier !== undefined) {
        tasks[i]!.deps.push(barrier);
      }
    }
    // The next phase starts once this one and everything before it is done.
    const before = barrier;
    barrier = tasks.push({ deps: before === undefined ? members : [before, ...members], run: async () => 'succeeded' }) - 1;
  }
  return tasks;
}

function phaseOf(change: Change): number {
  const content = change.kind === 'Dimension' || change.kind === 'CustomMetric';
  switch (change.action) {
    case 'attach':
      return 2;
    case 'detach':
      return 3;
    case 'delete':
      return content ? 5 : 4;
    default:
      return content ? 0 : 1;
  }
}

/** Sends a change's requests in order; returns the detail for its completion line (`arn=…`, `version=N`). */
async function executeChange(change: Change, session: IotSession): Promise<string | undefined> {
  const resource = change.target ? `${change.name} → ${change.target}` : change.name;
  // One idempotency token per create, reused by its retries, so a retried create cannot create twice.
  const token = randomUUID();
  let detail: string | undefined;
  for (const request of change.requests) {
    const input = { ...request.input };
    if ((request.operation === 'CreateDimension' || request.operation === 'CreateCustomMetric') && input.clientRequestToken === undefined) {
      input.clientRequestToken = token;
    }
    let output: Record<string, unknown>;
    try {
      output = await sendRequest(session, request.operation, input, resource);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      output = await recover(session, request.operation, input, error);
    }
    const arn = output.securityProfileArn ?? output.metricArn ?? output.arn;
    if (request.operation.startsWith('Create') && typeof arn === 'string') detail = `arn=${arn}`;
    if (request.operation === 'UpdateSecurityProfile' && typeof output.version === 'number') detail = `version=${output.version}`;
  }
  return detail;
}

function report(result: ApplyResult, progress: (line: string) => void, took: string): void {
  const list = (title: string, items: ActionOutcome[]) => {
    if (items.length === 0) return;
    progress(`${title}:`);
    for (const o of items) progress(`  ${o.address} (${o.action})${o.error ? `: ${o.error}` : ''}`);
  };
  if (result.status === 'applied') {
    progress(`\nApply complete: ${countsLine(result.counts)} (${took}).`);
    return;
  }
  if (result.status === 'stale') {
    progress('\nError: Saved plan is stale: the account changed during the apply\n');
    for (const line of result.stale) progress(`  ${line}`);
  } else {
    const what = result.interrupted ? 'Apply interrupted:' : `Apply failed: ${result.failed.length} failed,`;
    progress(`\n${what} ${result.notAttempted.length} not attempted; ${countsLine(result.counts)} (${took}).`);
  }
  list('Succeeded', result.succeeded);
  list('Failed', result.failed);
  list('Not attempted', result.notAttempted);
  progress(`\n${result.status === 'stale' ? PLAN_AGAIN : 'Run `defender-gitops plan` (or apply) again: it shows what remains and converges.'}`);
}
