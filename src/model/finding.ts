// A lint finding (design §4 JSON contract). Loader problems, schema errors, semantic rules,
// plan-time limit checks and remote validation all report in this one shape.
import type { ResourceKind } from './types.js';

export type Severity = 'error' | 'warning';

export interface SourceRange {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  kind?: ResourceKind;
  name?: string;
  /** A hint such as `did you mean "battery-level"?`. */
  suggestion?: string;
}
