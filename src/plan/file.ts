// The saved plan file (`plan --out`): the plan as JSON, checked on the way back in so `apply`
// never acts on a file that is not a plan, is from another format version, or was edited by hand.
import { createHash } from 'node:crypto';
import type { Plan } from './types.js';

export const PLAN_FORMAT_VERSION = 1;

/** JSON with object keys sorted at every level: the same plan always hashes the same. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => stableStringify(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 over what the plan would do (each change's action, address and exact requests) and the
 * fingerprints it was computed from. Wording (reasons, diffs) is left out, so the same actions hash
 * the same whichever folder or version rendered them.
 */
export function planHash(plan: Pick<Plan, 'changes' | 'fingerprints'>): string {
  const actions = plan.changes.map(({ action, address, requests }) => ({ action, address, requests }));
  return createHash('sha256').update(stableStringify({ actions, fingerprints: plan.fingerprints })).digest('hex');
}

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export class PlanFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'PlanFileError';
  }
}

const REQUIRED: Record<string, 'object' | 'array' | 'string' | 'number'> = {
  toolVersion: 'string',
  scope: 'object',
  summary: 'object',
  changes: 'array',
  unmanaged: 'array',
  errors: 'array',
  fingerprints: 'object',
  planHash: 'string',
};

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/** Reads a saved plan; throws PlanFileError naming the file when it is not a usable plan. */
export function parsePlan(text: string, file: string): Plan {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanFileError(file, `not a plan file: invalid JSON (${(e as Error).message})`);
  }
  if (typeOf(doc) !== 'object') throw new PlanFileError(file, 'not a plan file: expected a JSON object written by `defender-gitops plan --out`');
  const o = doc as Record<string, unknown>;
  if (o.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new PlanFileError(file, `unsupported plan format version ${JSON.stringify(o.formatVersion)} (this defender-gitops reads version ${PLAN_FORMAT_VERSION}); run \`defender-gitops plan --out\` again`);
  }
  for (const [key, type] of Object.entries(REQUIRED)) {
    if (typeOf(o[key]) !== type) throw new PlanFileError(file, `not a plan file: "${key}" should be ${type === 'array' ? 'an' : 'a'} ${type}, found ${typeOf(o[key])}`);
  }
  const fp = o.fingerprints as Record<string, unknown>;
  for (const key of ['profiles', 'dimensions', 'customMetrics']) {
    if (typeOf(fp[key]) !== 'object') throw new PlanFileError(file, `not a plan file: "fingerprints.${key}" should be an object`);
  }
  (o.changes as unknown[]).forEach((c, i) => {
    const change = c as Record<string, unknown>;
    if (typeOf(c) !== 'object' || typeof change.action !== 'string' || typeof change.name !== 'string' || !Array.isArray(change.requests)) {
      throw new PlanFileError(file, `not a plan file: changes[${i}] should have an action, a name and requests`);
    }
  });
  const plan = o as unknown as Plan;
  if (planHash(plan) !== plan.planHash) {
    throw new PlanFileError(file, 'the plan was modified after it was saved (its planHash does not match its changes); run `defender-gitops plan --out` again');
  }
  return plan;
}
