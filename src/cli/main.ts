#!/usr/bin/env node
// Entry point. Commands are imported lazily so `--version` and `lint` never load the AWS SDK.
import { VERSION } from './version.js';
import { closest } from '../model/suggest.js';
import { CliError } from './errors.js';

type Command = { run(argv: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  lint: { summary: 'check the files offline (and with --remote, against the service)', load: () => import('./commands/lint.js') },
  plan: { summary: 'show what would change in the account', load: () => import('./commands/plan.js') },
  apply: { summary: 'make the changes (from a saved plan or a fresh one)', load: () => import('./commands/apply.js') },
  import: { summary: 'write YAML for resources that already exist', load: () => import('./commands/import.js') },
  emulator: { summary: 'run a local Device Defender endpoint', load: () => import('./commands/emulator.js') },
};

const HELP = `defender-gitops ${VERSION}: AWS IoT Device Defender Detect configuration as code

Usage: defender-gitops <command> [options]

Examples:
  defender-gitops lint profiles/
  defender-gitops plan --local
  defender-gitops plan --out plan.json && defender-gitops apply plan.json
  defender-gitops import --out-dir profiles/

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run 'defender-gitops <command> --help' for a command's options and exit codes.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = closest(name, Object.keys(COMMANDS));
    throw new CliError(`unknown command '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`defender-gitops: ${error.message}\n${error.hint ?? "Run 'defender-gitops --help' for usage."}\n`);
      process.exitCode = error.exitCode;
    } else {
      // An internal error: one line, plus the stack only when asked for.
      const e = error as Error;
      process.stderr.write(`defender-gitops: internal error: ${e?.message ?? String(error)}\n`);
      if (process.env.DEFENDER_GITOPS_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
      process.exitCode = 2;
    }
  },
);
