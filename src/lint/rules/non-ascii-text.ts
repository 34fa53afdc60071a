import { PRINTABLE_PATTERN } from '../../model/constraints.js';
import { examples, type Report, type Rule } from '../rule.js';
import { report } from '../walk.js';

const PRINTABLE = new RegExp(PRINTABLE_PATTERN);

export const nonAsciiText: Rule = {
  id: 'non-ascii-text',
  severity: 'warning',
  description: 'A profile description or custom metric displayName with characters outside printable ASCII',
  docs: {
    details:
      'The API pattern is Java\'s `[\\p{Graph}\\x20]*`, which is printable ASCII unless the service enables Unicode classes ' +
      '(unconfirmed), so accented letters, emoji or typographic dashes may be rejected. Control characters (tabs, newlines) ' +
      'are certainly rejected: the schema reports those as errors.',
    ...examples(`kind: SecurityProfile
name: cameras
«description: Caméras de surveillance — règles # ✗|description: Cameras de surveillance - regles»
`),
  },
  check: (context) => {
    const reports: Report[] = [];
    for (const loaded of context.resources) {
      const { resource } = loaded;
      const [field, text] = resource.kind === 'SecurityProfile' ? ['description', resource.description] : resource.kind === 'CustomMetric' ? ['displayName', resource.displayName] : [];
      if (field && text !== undefined && !PRINTABLE.test(text)) {
        const odd = [...text].find((c) => !PRINTABLE.test(c))!;
        reports.push(report(loaded, [field], `${field} contains "${odd}" (U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); the API documents printable ASCII only`));
      }
    }
    return reports;
  },
};
