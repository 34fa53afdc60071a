// `plan --format json` (design §4): the whole plan, fingerprints included, so the JSON a CI job
// prints and the file `--out` saves are one document.
import { serializePlan } from '../file.js';
import type { Plan } from '../types.js';

export function renderJson(plan: Plan): string {
  return serializePlan(plan);
}
