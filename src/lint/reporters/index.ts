// Output formats of `lint --format`.
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportContext } from './types.js';
export { counts } from './types.js';

export const REPORTERS = { stylish, json, sarif, github } as const satisfies Record<string, Reporter>;
export type ReportFormat = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as ReportFormat[];

export function isFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name);
}
