// The Action's run(): inputs → the shared library (via commands/) → annotations, job summary,
// PR comment, outputs. Failures are one actionable message plus a `failure-reason` output; the job
// summary is written whatever happens, so a failed step still shows what it found.
import * as core from '@actions/core';
import { actionContext, flushSummary, type ActionContext } from './context.js';
import { StepFailure } from './failure.js';
import { CliError } from '../cli/errors.js';
import { InputError, readInputs, type ActionCommand } from './inputs.js';
import { runLint } from './commands/lint.js';

const COMMANDS: Partial<Record<ActionCommand, (ctx: ActionContext) => Promise<void>>> = {
  lint: runLint,
};

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const command = COMMANDS[inputs.command];
    if (!command) throw new InputError(`command '${inputs.command}' is not available in this version of the Action`);
    await command(actionContext(inputs));
  } catch (error) {
    if (error instanceof StepFailure) {
      core.setOutput('failure-reason', error.reason);
      core.setFailed(error.message);
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
