// Lint findings reported the GitHub way: capped annotations on the YAML lines, every finding in
// the job summary, and the lint-errors / lint-warnings outputs.
import * as core from '@actions/core';
import type { Finding } from '../model/finding.js';
import { annotate, ANNOTATIONS_PER_TYPE } from './annotations.js';
import { toRepoPaths, type ActionContext } from './context.js';
import { counts } from '../lint/reporters/index.js';
import { findingsMarkdown, lintCountsLine } from './findings-summary.js';

/** `heading` = a summary section heading; undefined = add a section only when there are findings. */
export async function reportFindings(ctx: ActionContext, found: readonly Finding[], heading?: string): Promise<void> {
  const findings = toRepoPaths(ctx, found);
  const { errorCount, warningCount } = counts(findings);
  core.setOutput('lint-errors', String(errorCount));
  core.setOutput('lint-warnings', String(warningCount));
  // The files a pull request touches only matter when some findings cannot be annotated.
  const capped = errorCount > ANNOTATIONS_PER_TYPE || warningCount > ANNOTATIONS_PER_TYPE;
  annotate(findings, capped ? await ctx.changedFiles() : undefined);
  if (heading === undefined && findings.length === 0) return;
  core.summary.addHeading(heading ?? 'Lint findings', 3).addRaw(`**${lintCountsLine(findings)}**\n\n`, true);
  if (findings.length > 0) core.summary.addRaw(findingsMarkdown(findings), true);
}
