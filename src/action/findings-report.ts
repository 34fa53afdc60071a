// Lint findings reported the GitHub way: capped annotations on the YAML lines, every finding in
// the job summary, and the lint-errors / lint-warnings outputs.
import * as core from '@actions/core';
import type { Finding } from '../model/finding.js';
import { annotate } from './annotations.js';
import type { ActionContext } from './context.js';
import { countBySeverity, findingsMarkdown, lintCountsLine } from './findings-summary.js';

export async function reportFindings(ctx: ActionContext, findings: readonly Finding[], heading: string): Promise<void> {
  const { errors, warnings } = countBySeverity(findings);
  core.setOutput('lint-errors', String(errors));
  core.setOutput('lint-warnings', String(warnings));
  annotate(findings, { cwd: ctx.cwd, workspace: ctx.workspace, changed: await ctx.changedFiles() });
  core.summary.addHeading(heading, 3).addRaw(`**${lintCountsLine(findings)}**\n\n`, true);
  if (findings.length > 0) {
    core.summary.addRaw(findingsMarkdown(findings, { cwd: ctx.cwd, workspace: ctx.workspace }), true);
  }
}
