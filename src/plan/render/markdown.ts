// Markdown for PR comments and job summaries (conventions §7.3, §7.4): status, summary and every
// destructive change above the fold; the full plan in <details> as a ```diff block (+, -, ! at
// column 0); always below `maxChars`, cutting the middle of the plan, never a fence or a tag.
// The hidden marker line is the Action's; this renderer exposes the plan hash in the footer.
import { plural } from '../../model/words.js';
import { address } from '../context.js';
import type { Change, Plan } from '../types.js';
import { diffLines, destructivePhrases, hasChanges, NO_CHANGES, summaryLine, type Sign } from './lines.js';

export interface MarkdownOptions {
  environment?: string;
  /** Default 60,000: a GitHub comment holds 65,536 characters, and the Action adds its marker. */
  maxChars?: number;
  lintSummary?: { errors: number; warnings: number };
}

export const DEFAULT_MAX_CHARS = 60_000;
/** Plans up to this many lines are shown expanded (Atlantis folds above 12). */
const OPEN_MAX_LINES = 12;
/** Items listed above the fold before "and N more". */
const LIST_MAX = 20;
/** A single plan line longer than this is cut: one huge value must not push everything else out. */
const LINE_MAX = 1_000;
/** Room for what the budget estimate cannot know yet (a longer fence, digits of the counts). */
const SAFETY_MARGIN = 100;

const DIFF_SIGN: Record<Sign, string> = { '+': '+', '-': '-', '~': '!', '-/+': '!', ' ': ' ' };

function changeLines(c: Change): string[] {
  switch (c.action) {
    case 'attach':
    case 'detach': {
      const sign = c.action === 'attach' ? '+' : '-';
      return [`${sign} ${c.action} ${address('SecurityProfile', c.name)} → ${c.address.split('→')[1]}`];
    }
    case 'delete':
      return [`- ${c.address}  delete${c.reason ? ` (${c.reason})` : ''}`];
    default: {
      const head = c.action === 'replace' ? [`- ${c.address}  replace (delete)`, `+ ${c.address}  replace (create)`] : [`${DIFF_SIGN[c.action === 'create' ? '+' : '~']} ${c.address}  ${c.action}`];
      return [...head, ...diffLines(c).map((l) => `${DIFF_SIGN[l.sign]}   ${'  '.repeat(l.depth)}${l.text}`)];
    }
  }
}

function cut(text: string, max = LINE_MAX): string {
  return text.length > max ? `${text.slice(0, max)} …(cut)` : text;
}

function capped(lines: string[], more: (n: number) => string): string[] {
  return lines.length <= LIST_MAX ? lines : [...lines.slice(0, LIST_MAX), more(lines.length - LIST_MAX)];
}

/** A fence longer than any backtick run in the body, so plan text can never close it early. */
function fenceFor(body: string[]): string {
  const longest = Math.max(0, ...body.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  return '`'.repeat(Math.max(3, longest + 1));
}

function status(plan: Plan): string {
  if (plan.errors.length > 0) return '🔴';
  if (!hasChanges(plan)) return '🟢';
  return destructivePhrases(plan).length > 0 ? '🟠' : '🟡';
}

function aboveTheFold(plan: Plan, options: MarkdownOptions): string[] {
  const env = options.environment ? `: \`${options.environment}\`` : '';
  const out = [`### ${status(plan)} defender-gitops plan${env} (${plan.scope.region})`, ''];
  const lint = options.lintSummary ? ` · Lint: ${plural(options.lintSummary.errors, 'error')}, ${plural(options.lintSummary.warnings, 'warning')}` : '';
  out.push(`**${hasChanges(plan) ? summaryLine(plan.summary) : NO_CHANGES}**${lint}`, '');
  if (hasChanges(plan)) {
    const s = plan.summary;
    out.push(
      '| Environment | Create | Update | Delete | Attach | Detach |',
      '|---|---:|---:|---:|---:|---:|',
      `| ${options.environment ?? 'default'} | ${s.create} | ${s.update} | ${s.delete} | ${s.attach} | ${s.detach} |`,
      '',
    );
  }
  if (plan.errors.length > 0) {
    out.push('> [!CAUTION]', `> This plan cannot be applied (${plan.errors.length} problem${plan.errors.length === 1 ? '' : 's'}):`);
    const items = plan.errors.map((e) => `> - ${e.file ? `\`${e.file}${e.line ? `:${e.line}` : ''}\`: ` : ''}${cut(e.message)} (\`${e.ruleId}\`)`);
    out.push(...capped(items, (n) => `> - …and ${n} more`), '');
  }
  const destructive = destructivePhrases(plan);
  if (destructive.length > 0) {
    out.push('> [!WARNING]', '> This plan:');
    out.push(...capped(destructive.map((d) => `> - ${cut(d)}`), (n) => `> - …and ${n} more destructive changes (see the plan below)`), '');
  }
  return out;
}

function unmanagedSection(plan: Plan): string[] {
  if (plan.unmanaged.length === 0) return [];
  const items = plan.unmanaged.map((u) => `- \`${u.kind} ${u.name}\`: ${u.reason}`);
  return [`<details><summary>${plan.unmanaged.length} live resource${plan.unmanaged.length === 1 ? '' : 's'} not managed by this repository (left alone)</summary>`, '', ...capped(items, (n) => `- …and ${n} more`), '', '</details>', ''];
}

function footer(plan: Plan): string[] {
  return [`<sub>defender-gitops ${plan.toolVersion} · plan hash \`${plan.planHash.slice(0, 12)}\`</sub>`];
}

function detailsBlock(body: string[], totalLines: number, truncatedNote: string[]): string[] {
  const fence = fenceFor(body);
  const open = totalLines <= OPEN_MAX_LINES ? ' open' : '';
  return [...truncatedNote, `<details${open}><summary>Show plan (${totalLines} lines)</summary>`, '', `${fence}diff`, ...body, fence, '</details>', ''];
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const head = aboveTheFold(plan, options);
  const tail = [...unmanagedSection(plan), ...footer(plan)];
  const all = plan.changes.flatMap(changeLines).map((l) => cut(l));
  const join = (details: string[]) => `${[...head, ...details, ...tail].join('\n')}\n`;
  if (all.length === 0) return join([]);

  const full = join(detailsBlock(all, all.length, []));
  if (full.length <= maxChars) return full;

  // Too long: keep the head and the tail of the plan, cut the middle, say so above the fold.
  const note = (shown: number) => ['> [!NOTE]', `> The plan is too long for a comment: ${shown} of ${all.length} lines are shown. Run \`defender-gitops plan\` (or see the job summary) for the full plan.`, ''];
  const omitted = (n: number) => `  … ${n} lines omitted …`;
  const fixed = join(detailsBlock([omitted(all.length)], all.length, note(all.length))).length;
  let budget = maxChars - fixed - SAFETY_MARGIN;
  const first: string[] = [];
  const last: string[] = [];
  let i = 0;
  let j = all.length - 1;
  // Alternate head and tail so both ends of the plan stay visible.
  while (i <= j) {
    const takeHead = first.length <= last.length;
    const line = takeHead ? all[i]! : all[j]!;
    if (line.length + 1 > budget) break;
    budget -= line.length + 1;
    if (takeHead) first.push(all[i++]!);
    else last.unshift(all[j--]!);
  }
  const body = [...first, omitted(all.length - first.length - last.length), ...last];
  return join(detailsBlock(body, all.length, note(first.length + last.length)));
}
