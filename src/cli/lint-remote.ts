// `lint --remote`, loaded only when asked for (it brings the AWS SDK): the service's
// ValidateSecurityProfileBehaviors for every profile that passed the offline checks.
import { remoteValidate } from '../aws/remote-validate.js';
import type { LoadResult } from '../load/index.js';
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { SecurityProfile } from '../model/types.js';
import { openSessionFromFlags, withAwsErrors, type SessionFlags } from './session.js';
import { CliError } from './errors.js';

export async function lintRemote(loaded: LoadResult, offline: readonly Finding[], config: Config, flags: SessionFlags, cwd: string): Promise<Finding[]> {
  const broken = new Set(offline.filter((f) => f.severity === 'error' && f.kind === 'SecurityProfile').map((f) => f.name));
  const names = (kind: string) => loaded.resources.filter((r) => r.resource.kind === kind).map((r) => r.resource.name);
  const profiles = loaded.resources
    .filter((r) => r.resource.kind === 'SecurityProfile' && !broken.has(r.resource.name))
    .map((r) => ({ resource: r.resource as SecurityProfile, locate: r.locate }));
  try {
    return await withAwsErrors(async () => {
      const session = await openSessionFromFlags(flags, config, cwd);
      try {
        return await remoteValidate(session, profiles, { dimensions: names('Dimension'), customMetrics: names('CustomMetric') });
      } finally {
        await session.close();
      }
    });
  } catch (e) {
    // lint's exit code for anything that is not a finding is 2.
    if (e instanceof CliError) throw new CliError(`--remote: ${e.message}`, 2, e.hint);
    throw e;
  }
}
