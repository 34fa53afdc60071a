// The flags that choose the account (--env, --local, --endpoint-url, --region), without the AWS SDK:
// `lint` parses them too and must start without loading the SDK.
import type { ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';

export interface SessionFlags {
  local?: boolean;
  endpointUrl?: string;
  region?: string;
  env?: string;
}

/** The parseArgs rows of the flags that choose the account: commands spread them into their own tables. */
export const SESSION_OPTIONS = {
  env: { type: 'string', short: 'e' },
  local: { type: 'boolean' },
  'endpoint-url': { type: 'string' },
  region: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Parsed SESSION_OPTIONS values → SessionFlags (only the flags given). */
export function sessionFlags(values: { env?: string | undefined; local?: boolean | undefined; 'endpoint-url'?: string | undefined; region?: string | undefined }): SessionFlags {
  if (values.local && values['endpoint-url'] !== undefined) throw new CliError('--local and --endpoint-url cannot be used together: --local runs its own endpoint', 2);
  return {
    ...(values.env !== undefined ? { env: values.env } : {}),
    ...(values.local ? { local: true } : {}),
    ...(values['endpoint-url'] !== undefined ? { endpointUrl: values['endpoint-url'] } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
  };
}

