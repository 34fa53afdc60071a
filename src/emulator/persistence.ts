// The --state file: every mutation rewrites it atomically (temp file + rename), so a crash leaves either
// the old or the new state. A file that cannot be read or parsed is an error, never a silent reset.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { resourceArn, type AccountScope } from '../model/arn.js';
import { emptyState, type State, type ViolationRecord } from './store.js';
import { isObject } from './validation/shapes.js';

export const STATE_FORMAT_VERSION = 1;

export class StateFileError extends Error {}

/** The file's JSON: arrays of the wire-shaped records (timestamps in epoch seconds). */
interface StateFile {
  formatVersion: number;
  securityProfiles: unknown[];
  dimensions: unknown[];
  customMetrics: unknown[];
  thingGroups: unknown[];
  attachments: { securityProfileName: string; targetArn: string }[];
  tags: Record<string, Record<string, string>>;
  activeViolations: ViolationRecord[];
  violationEvents: ViolationRecord[];
}

export function serializeState(state: State): string {
  const file: StateFile = {
    formatVersion: STATE_FORMAT_VERSION,
    securityProfiles: [...state.profiles.values()],
    dimensions: [...state.dimensions.values()],
    customMetrics: [...state.customMetrics.values()],
    thingGroups: [...state.thingGroups.values()],
    attachments: [...state.attachments].flatMap(([targetArn, names]) =>
      [...names].map((securityProfileName) => ({ securityProfileName, targetArn })),
    ),
    tags: Object.fromEntries([...state.tags].map(([arn, tags]) => [arn, Object.fromEntries(tags)])),
    activeViolations: state.activeViolations,
    violationEvents: state.violationEvents,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export function saveState(path: string, state: State): void {
  const temp = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  mkdirSync(dirname(path), { recursive: true }); // e.g. .defender-gitops/ on a fresh clone
  writeFileSync(temp, serializeState(state));
  renameSync(temp, path);
}

/** Reads the state file; a missing file is an empty state (created on the first mutation). */
export function loadState(path: string, scope: AccountScope, now: number): State {
  if (!existsSync(path)) return emptyState();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new StateFileError(`cannot read state file ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new StateFileError(`state file ${path} is not valid JSON (${(e as Error).message}); fix or remove it`);
  }
  try {
    return parseState(json, scope, now);
  } catch (e) {
    throw new StateFileError(`state file ${path} is not an emulator state: ${(e as Error).message}`);
  }
}

function records(json: Record<string, unknown>, section: string, nameField: string): Record<string, unknown>[] {
  const value = json[section] ?? [];
  if (!Array.isArray(value)) throw new Error(`'${section}' must be a list`);
  return value.map((item, i) => {
    if (!isObject(item)) throw new Error(`${section}[${i}] must be an object`);
    if (nameField && typeof item[nameField] !== 'string') throw new Error(`${section}[${i}].${nameField} must be a string`);
    return item;
  });
}

/** Hand-written seeds may leave out ARNs, versions and dates: they are filled in. */
function parseState(json: unknown, scope: AccountScope, now: number): State {
  if (!isObject(json)) throw new Error('the top level must be an object');
  if (json.formatVersion !== undefined && json.formatVersion !== STATE_FORMAT_VERSION)
    throw new Error(`unsupported formatVersion ${String(json.formatVersion)} (expected ${STATE_FORMAT_VERSION})`);
  const state = emptyState();
  const dates = { creationDate: now, lastModifiedDate: now };
  for (const r of records(json, 'securityProfiles', 'securityProfileName')) {
    const name = r.securityProfileName as string;
    state.profiles.set(name, { version: 1, ...dates, securityProfileArn: resourceArn(scope, 'securityprofile', name), ...r } as never);
  }
  for (const r of records(json, 'dimensions', 'name')) {
    const name = r.name as string;
    state.dimensions.set(name, { type: 'TOPIC_FILTER', stringValues: [], clientRequestToken: '', ...dates, arn: resourceArn(scope, 'dimension', name), ...r } as never);
  }
  for (const r of records(json, 'customMetrics', 'metricName')) {
    const name = r.metricName as string;
    if (typeof r.metricType !== 'string') throw new Error(`custom metric ${name} has no metricType`);
    state.customMetrics.set(name, { clientRequestToken: '', ...dates, metricArn: resourceArn(scope, 'custommetric', name), ...r } as never);
  }
  for (const r of records(json, 'thingGroups', 'thingGroupName')) {
    const name = r.thingGroupName as string;
    state.thingGroups.set(name, { version: 1, thingGroupId: randomUUID(), creationDate: now, thingGroupArn: resourceArn(scope, 'thinggroup', name), ...r } as never);
  }
  for (const r of records(json, 'attachments', 'securityProfileName')) {
    if (typeof r.targetArn !== 'string') throw new Error('every attachment needs a targetArn');
    let names = state.attachments.get(r.targetArn);
    if (!names) state.attachments.set(r.targetArn, (names = new Set()));
    names.add(r.securityProfileName as string);
  }
  const tags = json.tags ?? {};
  if (!isObject(tags)) throw new Error("'tags' must be an object of resource ARN → { key: value }");
  for (const [arn, map] of Object.entries(tags)) {
    if (!isObject(map) || Object.values(map).some((v) => typeof v !== 'string'))
      throw new Error(`tags of ${arn} must be an object of string values`);
    state.tags.set(arn, new Map(Object.entries(map as Record<string, string>)));
  }
  state.activeViolations = records(json, 'activeViolations', '') as ViolationRecord[];
  state.violationEvents = records(json, 'violationEvents', '') as ViolationRecord[];
  return state;
}
