// A step failure the user can act on: one message, and a machine-readable reason in the
// `failure-reason` output that workflows can branch on.
export type FailureReason = 'lint-failed' | 'plan-failed' | 'plan-changed' | 'plan-not-reviewed' | 'plan-stale' | 'apply-failed';

export class StepFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}
