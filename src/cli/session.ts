// CLI wiring shared by plan, apply, import and lint --remote: which endpoint, region, account and
// credentials the flags and the config's environment select, and AWS errors as one-line CLI errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CreateThingGroupCommand, DescribeThingGroupCommand, ResourceNotFoundException } from '@aws-sdk/client-iot';
import { AwsError } from '../aws/errors.js';
import { openSession, type IotSession } from '../aws/session.js';
import type { Config } from '../model/config.js';
import { closest } from '../model/suggest.js';
import { CliError } from './errors.js';
import type { SessionFlags } from './session-flags.js';

export { SESSION_OPTIONS, sessionFlags, type SessionFlags } from './session-flags.js';

/** Where `--local` keeps the embedded emulator's state, relative to the working directory. */
export const LOCAL_STATE_FILE = join('.defender-gitops', 'local-state.json');

/** Progress and diagnostics: one line each on stderr (never carriage returns). */
export function stderrLine(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The flags, plus (for callers that pass one object) the config, working directory and progress. */
export interface SessionRequest extends SessionFlags {
  config?: Config;
  cwd?: string;
  progress?: (line: string) => void;
  /**
   * With --local: thing groups the files attach profiles to. The embedded emulator is a sandbox with
   * no fleet, so they are created there (and announced) instead of failing every attach.
   */
  localThingGroups?: readonly string[];
}

export async function openSessionFromFlags(
  flags: SessionRequest,
  config: Config | undefined = flags.config,
  cwd: string = flags.cwd ?? process.cwd(),
  progress: (line: string) => void = flags.progress ?? stderrLine,
): Promise<IotSession> {
  if (!config) throw new Error('openSessionFromFlags needs the config');
  const environment = flags.env === undefined ? undefined : config.environments[flags.env];
  if (flags.env !== undefined && !environment) {
    const names = Object.keys(config.environments);
    const hint = closest(flags.env, names);
    throw new CliError(
      `unknown environment '${flags.env}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
      2,
      names.length ? `Environments in ${config.file ?? 'defender-gitops.yaml'}: ${names.join(', ')}.` : `${config.file ?? 'defender-gitops.yaml'} defines no environments.`,
    );
  }
  if (flags.local && flags.endpointUrl) throw new CliError('--local and --endpoint-url cannot be used together', 2);

  return withAwsErrors(async () => {
    if (flags.local) {
      const stateFile = join(cwd, LOCAL_STATE_FILE);
      mkdirSync(join(cwd, '.defender-gitops'), { recursive: true });
      const { startEmulator } = await import('../emulator/index.js');
      const emulator = await startEmulator({ stateFile, ...(flags.region ? { region: flags.region } : {}) });
      try {
        const session = await openSession({
          endpointUrl: emulator.url,
          region: flags.region ?? 'us-east-1',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          label: 'local emulator',
          progress,
        });
        await createLocalThingGroups(session, flags.localThingGroups ?? [], progress);
        return { ...session, close: () => session.close().finally(() => emulator.close()) };
      } catch (error) {
        await emulator.close();
        throw error;
      }
    }
    const endpointUrl = flags.endpointUrl ?? environment?.endpoint;
    const region = flags.region ?? environment?.region;
    return openSession({
      ...(endpointUrl ? { endpointUrl } : {}),
      ...(region ? { region } : {}),
      ...(environment?.account ? { expectedAccount: environment.account } : {}),
      progress,
    });
  });
}

/** Runs `fn`, turning an AwsError into a one-line CLI error with exit code 1 (no stack trace). */
export async function withAwsErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AwsError) throw new CliError(error.message, 1, error.hint ?? '');
    throw error;
  }
}

async function createLocalThingGroups(session: IotSession, names: readonly string[], progress: (line: string) => void): Promise<void> {
  for (const thingGroupName of new Set(names)) {
    try {
      await session.client.send(new DescribeThingGroupCommand({ thingGroupName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      await session.client.send(new CreateThingGroupCommand({ thingGroupName }));
      progress(`local emulator: created thing group ${thingGroupName} (a target in the files)`);
    }
  }
}
