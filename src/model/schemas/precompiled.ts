// Validators compiled ahead of time by ajv's standalone mode. The bundle build (scripts/build.mjs)
// replaces this module with the generated code, so the CLI skips compiling the schemas on every
// run; from sources (tests) it stays undefined and validate.ts compiles at first use.
import type { ValidateFunction } from 'ajv';

export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> | undefined = undefined;
