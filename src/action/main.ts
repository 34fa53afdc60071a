// The Action's run(): inputs → the shared library (via commands/) → annotations, job summary,
// PR comment, outputs. Failures are one actionable message plus a `failure-reason` output; the job
// summary is written whatever happens, so a failed step still shows what it found.
import * as core from '@actions/core';
import { actionContext, flushSummary, type ActionContext } from './context.js';
import { StepFailure } from './failure.js';
import { CliError } from '../cli/errors.js';
import { VERSION } from '../cli/version.js';
import { PathNotFoundError } from '../load/index.js';
import { InputError, readInputs, type ActionCommand } from './inputs.js';

// Loaded on demand: the bundle evaluates the AWS SDK only for plan and apply, so lint starts fast.
const COMMANDS: Record<ActionCommand, () => Promise<(ctx: ActionContext) => Promise<void>>> = {
  lint: async () => (await import('./commands/lint.js')).runLint,
  plan: async () => (await import('./commands/plan.js')).runPlan,
  apply: async () => (await import('./commands/apply.js')).runApply,
};

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    core.info(`defender-gitops ${VERSION} (${inputs.command})`);
    const command = await COMMANDS[inputs.command]();
    await command(actionContext(inputs));
  } catch (error) {
    if (error instanceof StepFailure) {
      core.setOutput('failure-reason', error.reason);
      core.setFailed(error.message);
      // On top of the summary: why the step failed comes before what it found.
      const found = core.summary.stringify();
      core.summary.emptyBuffer().addRaw(`> [!CAUTION]\n> ${error.message}\n\n`, true).addRaw(found);
    } else if (error instanceof InputError || error instanceof PathNotFoundError) {
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
