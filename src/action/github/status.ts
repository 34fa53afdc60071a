// The status line at the foot of a plan comment, edited through the lifecycle (conventions §7.3):
// planned → applied, or apply failed, or not applied because the plan changed after review.
export type PlanStatus = 'planned' | 'applied' | 'apply-failed' | 'plan-changed';

const ICONS: Record<PlanStatus, string> = { planned: '📝', applied: '✅', 'apply-failed': '❌', 'plan-changed': '⛔' };
const STATUS_LINE = /\n\n(?:📝|✅|❌|⛔) [^\n]*\n?$/u;

export function statusLine(status: PlanStatus, where: string): string {
  switch (status) {
    case 'planned':
      return `${ICONS.planned} Plan generated in ${where} · \`apply\` runs exactly this plan after merge`;
    case 'applied':
      return `${ICONS.applied} Applied in ${where}`;
    case 'apply-failed':
      return `${ICONS['apply-failed']} Apply failed in ${where}; see its job summary`;
    case 'plan-changed':
      return `${ICONS['plan-changed']} Not applied in ${where}: the plan changed after review`;
  }
}

/** `markdown` with its status line replaced (or added). */
export function withStatus(markdown: string, line: string): string {
  return `${markdown.replace(STATUS_LINE, '').trimEnd()}\n\n${line}\n`;
}

/** A markdown link to the run, or plain words outside a runner. */
export function runLink(url: string | undefined): string {
  return url ? `[this workflow run](${url})` : 'a run outside GitHub Actions';
}
