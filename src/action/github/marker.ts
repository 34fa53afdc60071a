// The hidden first line of a defender-gitops PR comment (conventions §7.3). It identifies the comment
// (command + environment) so later runs update it in place, and records the hash of the reviewed plan
// that `apply` compares with the plan it computes.
export interface Marker {
  v: 1;
  cmd: 'plan';
  env: string;
  /** Head commit of the pull request the plan was computed for. */
  sha: string;
  planHash: string;
}

const PREFIX = '<!-- defender-gitops ';
const SUFFIX = ' -->';

export function formatMarker(marker: Marker): string {
  // `>` is escaped so no value can close the HTML comment early; JSON.parse reads \u003e back.
  return `${PREFIX}${JSON.stringify(marker).replaceAll('>', '\\u003e')}${SUFFIX}`;
}

/** The marker on the first line of a comment body, or undefined when the comment is not ours. */
export function parseMarker(body: string | undefined): Marker | undefined {
  if (!body?.startsWith(PREFIX)) return undefined;
  const firstLine = body.split('\n', 1)[0]!.trimEnd();
  if (!firstLine.endsWith(SUFFIX)) return undefined;
  try {
    const value = JSON.parse(firstLine.slice(PREFIX.length, -SUFFIX.length)) as Partial<Marker>;
    if (value.v !== 1 || value.cmd !== 'plan' || typeof value.env !== 'string') return undefined;
    return {
      v: 1,
      cmd: 'plan',
      env: value.env,
      sha: typeof value.sha === 'string' ? value.sha : '',
      planHash: typeof value.planHash === 'string' ? value.planHash : '',
    };
  } catch {
    return undefined;
  }
}
