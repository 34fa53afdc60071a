import { MAX_DIMENSIONS } from '../../model/constraints.js';
import type { Rule } from '../rule.js';
import { ofKind, report } from '../walk.js';

export const maxDimensions: Rule = {
  id: 'max-dimensions',
  severity: 'error',
  description: `More than ${MAX_DIMENSIONS} dimensions (the per-account quota, not adjustable)`,
  docs: {
    details: `An account holds at most ${MAX_DIMENSIONS} dimensions and AWS does not raise the quota. Each dimension beyond the ${MAX_DIMENSIONS}th is reported.`,
    failing: `${Array.from({ length: MAX_DIMENSIONS + 1 }, (_, i) => `kind: Dimension\nname: Topics${i + 1}${i === MAX_DIMENSIONS ? ' # ✗' : ''}\ntype: TOPIC_FILTER\nstringValues: [t${i + 1}/#]\n`).join('---\n')}`,
    passing: `${Array.from({ length: MAX_DIMENSIONS }, (_, i) => `kind: Dimension\nname: Topics${i + 1}\ntype: TOPIC_FILTER\nstringValues: [t${i + 1}/#]\n`).join('---\n')}`,
  },
  check: (context) =>
    [...ofKind(context, 'Dimension')]
      .slice(MAX_DIMENSIONS)
      .map(({ loaded, resource }) => report(loaded, ['name'], `dimension "${resource.name}" is number ${MAX_DIMENSIONS + 1} or more; an account holds at most ${MAX_DIMENSIONS} dimensions`)),
};
