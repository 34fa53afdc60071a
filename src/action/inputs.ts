// The Action's inputs (action.yml), read and checked once. Bad values fail the step with a
// message naming the input and what it accepts.
import * as core from '@actions/core';
import { splitArgs } from './args.js';
import { COMMENT_MODES, type CommentMode } from './github/comment.js';

export const COMMANDS = ['lint', 'plan', 'apply'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  /** Resource files or directories; empty = the config's paths. */
  paths: string[];
  /** Environment name from defender-gitops.yaml; undefined = none given. */
  environment?: string;
  /** Extra CLI flags, already split into words. */
  args: string[];
  token: string;
  comment: CommentMode;
  sarifFile?: string;
}

export class InputError extends Error {}

export function readInputs(): ActionInputs {
  const command = core.getInput('command') || 'plan';
  if (!isOneOf(command, COMMANDS)) throw new InputError(`input 'command' is '${command}'; expected one of: ${COMMANDS.join(', ')}`);
  const comment = (core.getInput('comment') || 'true').toLowerCase();
  if (!isOneOf(comment, COMMENT_MODES)) {
    throw new InputError(`input 'comment' is '${comment}'; expected one of: ${COMMENT_MODES.join(', ')}`);
  }
  const environment = core.getInput('environment') || undefined;
  if (environment !== undefined && !/^[\w.-]+$/.test(environment)) {
    throw new InputError(`input 'environment' is '${environment}'; use letters, digits, '.', '_' or '-'`);
  }
  let args: string[];
  try {
    args = splitArgs(core.getInput('args'));
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  return {
    command,
    // Paths may be separated by newlines, commas or spaces.
    paths: core
      .getInput('paths')
      .split(/[\n,\s]+/)
      .filter(Boolean),
    environment,
    args,
    token: core.getInput('github-token'),
    comment,
    sarifFile: core.getInput('sarif-file') || undefined,
  };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
