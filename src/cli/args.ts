// Strict argument parsing for a command: an unknown or malformed flag is a one-line usage error
// (exit 2) with a did-you-mean, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../model/suggest.js';
import { CliError } from './errors.js';

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!.replace(/\.$/, '');
    const flag = /'(--[^' ]+)'/.exec(message)?.[1];
    const unknown = flag !== undefined && /unknown option/i.test(message);
    const hint = unknown ? closest(flag.slice(2), Object.keys(options)) : undefined;
    const what = unknown ? `unknown option '${flag}'` : message;
    throw new CliError(`${what}${hint ? ` (did you mean '--${hint}'?)` : ''}`, 2, `Run 'defender-gitops ${command} --help' for usage.`);
  }
}
