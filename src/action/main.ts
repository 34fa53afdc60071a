// The Action's run(): inputs → the shared library (via commands/) → annotations, job summary,
// PR comment, outputs. Failures are one actionable message plus a `failure-reason` output; the job
// summary is written whatever happens, so a failed step still shows what it found.
import * as core from '@actions/core';
import { actionContext, flushSummary, type ActionContext } from './context.js';
import { StepFailure } from './failure.js';
import { CliError } from '../cli/errors.js';
import { InputError, readInputs, type ActionCommand } from './inputs.js';
import { runLint } from './commands/lint.js';
import { runPlan } from './commands/plan.js';
import { runApply } from './commands/apply.js';

const COMMANDS: Record<ActionCommand, (ctx: ActionContext) => Promise<void>> = {
  lint: runLint,
  plan: runPlan,
  apply: runApply,
};

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    await COMMANDS[inputs.command](actionContext(inputs));
  } catch (error) {
    if (error instanceof StepFailure) {
      core.setOutput('failure-reason', error.reason);
      core.setFailed(error.message);
      // On top of the summary: why the step failed comes before what it found.
      const found = core.summary.stringify();
      core.summary.emptyBuffer().addRaw(`> [!CAUTION]\n> ${error.message}\n\n`, true).addRaw(found);
    } else if (error instanceof InputError) {
      core.setFailed(error.message);
    } else if (error instanceof CliError) {
      core.setFailed(error.hint ? `${error.message}. ${error.hint}` : error.message);
    } else {
      const e = error as Error;
      core.setFailed(`defender-gitops: internal error: ${e?.message ?? String(error)}`);
      if (e?.stack) core.debug(e.stack);
    }
  } finally {
    await flushSummary();
  }
}
