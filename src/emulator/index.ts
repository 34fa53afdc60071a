// The local Device Defender endpoint: startEmulator() for tests and `--local`, and the `emulator` command.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccountScope } from '../model/arn.js';
import { Faults } from './faults.js';
import { loadState, saveState } from './persistence.js';
import { ROUTES } from './routes/index.js';
import { Router } from './router.js';
import { onClientError, requestListener } from './server.js';
import { emptyState, type Context } from './store.js';

export { StateFileError } from './persistence.js';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Persist every mutation to this JSON file (created when missing). */
  stateFile?: string;
  latencyMs?: number;
  quotas?: 'none' | 'aws';
  /** Probability (0–1) that a request answers InternalFailureException. */
  failRate?: number;
  seed?: number;
  account?: string;
  region?: string;
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  account: '123456789012',
  region: 'us-east-1',
  seed: 1,
} as const;

/** The partition a region belongs to (reference §11). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** Rejects options that cannot work, with a message naming the option. */
export function checkOptions(o: EmulatorOptions): void {
  const fail = (m: string) => {
    throw new RangeError(m);
  };
  if (o.port !== undefined && !(Number.isInteger(o.port) && o.port >= 0 && o.port <= 65535)) fail(`port must be an integer 0–65535, got ${o.port}`);
  if (o.latencyMs !== undefined && !(Number.isFinite(o.latencyMs) && o.latencyMs >= 0)) fail(`latency must be a number of milliseconds ≥ 0, got ${o.latencyMs}`);
  if (o.failRate !== undefined && !(o.failRate >= 0 && o.failRate <= 1)) fail(`fail rate must be a probability between 0 and 1, got ${o.failRate}`);
  if (o.quotas !== undefined && o.quotas !== 'none' && o.quotas !== 'aws') fail(`quotas must be 'none' or 'aws', got '${String(o.quotas)}'`);
  if (o.seed !== undefined && !Number.isInteger(o.seed)) fail(`seed must be an integer, got ${o.seed}`);
  if (o.account !== undefined && !/^\d{12}$/.test(o.account)) fail(`account must be 12 digits, got '${o.account}'`);
  if (o.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(o.region)) fail(`region must look like us-east-1, got '${o.region}'`);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const region = options.region ?? DEFAULTS.region;
  const scope: AccountScope = { partition: partitionOf(region), region, account: options.account ?? DEFAULTS.account };
  const nowSeconds = () => Date.now() / 1000;
  const state = options.stateFile ? loadState(options.stateFile, scope, nowSeconds()) : emptyState();
  const context: Context = { state, scope, now: nowSeconds };
  const stateFile = options.stateFile;
  const persist = stateFile ? () => saveState(stateFile, state) : undefined;
  const faults = new Faults({
    latencyMs: options.latencyMs ?? 0,
    quotas: options.quotas ?? 'none',
    failRate: options.failRate ?? 0,
    seed: options.seed ?? DEFAULTS.seed,
  });
  const server = createServer(
    requestListener({
      router: new Router(ROUTES),
      context,
      faults,
      onMutation: persist,
      log: (m) => process.stderr.write(`defender-gitops emulator: ${m}\n`),
    }),
  );
  server.on('clientError', onClientError);
  const host = options.host ?? DEFAULTS.host;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => persist?.());
      return closed;
    },
  };
}
