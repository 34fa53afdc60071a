// Terraform-style plan text for terminals and logs (conventions §3.3, §3.4).
import type { ChalkInstance } from 'chalk';
import { address } from '../context.js';
import type { Change, Plan } from '../types.js';
import { blockName, callsLine, diffLines, hasChanges, header, legend, NO_CHANGES, summaryLine, SYMBOL, type DiffLine, type Sign } from './lines.js';

export interface TextOptions {
  color: ChalkInstance;
  /** Also print each request's full input. */
  verbose?: boolean;
}

function paint(color: ChalkInstance, sign: Sign, text: string): string {
  switch (sign) {
    case '+':
      return color.green(text);
    case '-':
      return color.red(text);
    case '~':
      return color.yellow(text);
    case '-/+':
      return `${color.red('-')}/${color.green('+')}${text.slice(3)}`;
    default:
      return text;
  }
}

/** Names longer than this are not padded to, so one long path does not push every value far right. */
const ALIGN_MAX = 24;

/** Pads the names before ` = ` so the values of one nesting level line up, as Terraform does. */
function aligned(lines: DiffLine[]): DiffLine[] {
  const name = (l: DiffLine) => {
    const at = l.text.indexOf(' = ');
    return at > 0 && at <= ALIGN_MAX ? at : undefined;
  };
  const width = new Map<number, number>();
  for (const l of lines) {
    const at = name(l);
    if (at !== undefined) width.set(l.depth, Math.max(width.get(l.depth) ?? 0, at));
  }
  return lines.map((l) => {
    const at = name(l);
    return at === undefined ? l : { ...l, text: `${l.text.slice(0, at).padEnd(width.get(l.depth)!)}${l.text.slice(at)}` };
  });
}

function block(c: Change, { color, verbose }: TextOptions): string[] {
  const out = [color.bold(`  # ${header(c)}`)];
  if (c.reason && c.action !== 'update') out.push(color.bold(`  # (because ${c.reason})`));
  const sign = SYMBOL[c.action];
  if (c.action === 'attach' || c.action === 'detach') {
    out.push(paint(color, sign, `  ${sign} ${c.action} ${address('SecurityProfile', c.name)} → ${c.target}`));
  } else if (c.action === 'delete') {
    out.push(paint(color, sign, `  - ${blockName(c)} { … }`));
  } else {
    out.push(`${sign === '-/+' ? paint(color, sign, '-/+') : paint(color, sign, `  ${sign}`)} ${blockName(c)} {`);
    for (const l of aligned(diffLines(c))) {
      const indent = '      ' + '    '.repeat(l.depth);
      const mark = l.sign === ' ' ? '  ' : `${l.sign} `;
      out.push(l.sign === ' ' ? color.dim(`${indent}  ${l.text}`) : paint(color, l.sign, `${indent}${mark}${l.text}`));
    }
    out.push('    }');
  }
  out.push(color.dim(`    # API: ${callsLine(c)}`));
  if (verbose) for (const r of c.requests) out.push(color.dim(`    #   ${r.operation} ${JSON.stringify(r.input)}`));
  return out;
}

/** Unmanaged resources listed before "… and N more": a large account must not bury the plan. */
const UNMANAGED_SHOWN = 20;

function location(e: Plan['errors'][number]): string {
  return e.file ? `${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ` : '';
}

export function renderText(plan: Plan, options: TextOptions): string {
  const { color } = options;
  const out: string[] = [];
  if (hasChanges(plan)) {
    out.push('defender-gitops will perform the following actions:');
    out.push(`  ${legend(plan).join('   ')}`, '');
    for (const c of plan.changes) out.push(...block(c, options), '');
  }
  if (plan.unmanaged.length > 0) {
    out.push(`Not managed by this repository (left alone, ${plan.unmanaged.length}):`);
    const shown = options.verbose ? plan.unmanaged : plan.unmanaged.slice(0, UNMANAGED_SHOWN);
    for (const u of shown) out.push(color.dim(`  ${u.kind} ${u.name}: ${u.reason}`));
    if (shown.length < plan.unmanaged.length) out.push(color.dim(`  … and ${plan.unmanaged.length - shown.length} more (--verbose lists them all)`));
    out.push('');
  }
  if (plan.errors.length > 0) {
    out.push(color.red.bold(`Error: this plan cannot be applied (${plan.errors.length} problem${plan.errors.length === 1 ? '' : 's'}):`));
    for (const e of plan.errors) out.push(color.red(`  ${location(e)}${e.message} [${e.ruleId}]`));
    out.push('');
  }
  out.push(hasChanges(plan) ? color.bold(summaryLine(plan.summary)) : color.green.bold(NO_CHANGES));
  return `${out.join('\n')}\n`;
}
