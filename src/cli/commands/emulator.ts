// `defender-gitops emulator`: runs the local Device Defender endpoint until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { CliError } from '../errors.js';
import { DEFAULTS, StateFileError, startEmulator, type EmulatorOptions } from '../../emulator/index.js';

const HELP = `Usage: defender-gitops emulator [options]

Runs a local AWS IoT Device Defender Detect endpoint that speaks the real wire protocol
(restJson1, as @aws-sdk/client-iot, boto3 and the aws CLI expect), plus STS GetCallerIdentity.
Prints the endpoint URL alone on one line on stdout once it listens; stops cleanly on
SIGINT/SIGTERM, with the state file flushed.

Options:
  --port N            port to listen on (default 0: a free port)
  --host H            address to bind (default ${DEFAULTS.host})
  --state FILE        keep state in FILE: loaded at start, rewritten atomically after every change
  --latency-ms N      add N milliseconds to every response (default 0)
  --quotas none|aws   aws: enforce the per-operation TPS quotas (ThrottlingException) (default none)
  --fail-rate P       answer InternalFailureException with probability P, 0–1 (default 0)
  --seed S            seed of the --fail-rate random draws (default ${DEFAULTS.seed})
  --account ID        12-digit account id in ARNs and GetCallerIdentity (default ${DEFAULTS.account})
  --region R          region in ARNs (default ${DEFAULTS.region})
  -h, --help          show this help

Example:
  defender-gitops emulator --port 4566 --state .defender-gitops/local-state.json &
  aws iot list-security-profiles --endpoint-url http://127.0.0.1:4566

Exit codes: 0 stopped by a signal, 2 bad options, unreadable state file or port in use.
`;

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || Number.isNaN(n)) throw new CliError(`--${name} must be a number, got '${text}'`);
  return n;
}

export function parseEmulatorArgs(argv: string[]): EmulatorOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        state: { type: 'string' },
        'latency-ms': { type: 'string' },
        quotas: { type: 'string' },
        'fail-rate': { type: 'string' },
        seed: { type: 'string' },
        account: { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new CliError((e as Error).message, 2, "Run 'defender-gitops emulator --help' for its options.");
  }
  if (values.help) return 'help';
  if (values.quotas !== undefined && values.quotas !== 'none' && values.quotas !== 'aws')
    throw new CliError(`--quotas must be 'none' or 'aws', got '${values.quotas}'`);
  return {
    port: number('port', values.port),
    host: values.host,
    stateFile: values.state,
    latencyMs: number('latency-ms', values['latency-ms']),
    quotas: values.quotas as EmulatorOptions['quotas'],
    failRate: number('fail-rate', values['fail-rate']),
    seed: number('seed', values.seed),
    account: values.account,
    region: values.region,
  };
}

export async function run(argv: string[]): Promise<number> {
  const options = parseEmulatorArgs(argv);
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  let emulator;
  try {
    emulator = await startEmulator(options);
  } catch (e) {
    if (e instanceof StateFileError || e instanceof RangeError) throw new CliError(e.message);
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
      throw new CliError(`cannot listen on ${options.host ?? DEFAULTS.host}:${options.port ?? 0}: ${err.message}`);
    throw e;
  }
  // Handlers first: a caller may signal as soon as it reads the URL line.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write(`${emulator.url}\n`);
  await stopped;
  await emulator.close();
  return 0;
}
