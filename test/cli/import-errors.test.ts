// Errors a user can act on (issue #4): one line naming the operation (and resource), exit 1, no stack.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-helpers.js';

/** An endpoint whose credentials are valid (STS answers) but that may not call IoT: what AWS says to an IAM user without iot:* rights. */
function deniedEndpoint(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (body.includes('Action=GetCallerIdentity')) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
        );
        return;
      }
      const action = { '/security-profiles': 'ListSecurityProfiles', '/dimensions': 'ListDimensions', '/custom-metrics': 'ListCustomMetrics' }[req.url!.split('?')[0]!] ?? 'Unknown';
      res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' });
      res.end(JSON.stringify({ message: `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iot:${action}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const oneLine = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('defender-gitops:'));

describe('AWS errors from the CLI', () => {
  let denied: Server;
  let url: string;
  beforeAll(async () => {
    denied = await deniedEndpoint();
    url = `http://127.0.0.1:${(denied.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => denied.close(() => r())));

  it('access denied names the operation and the AWS message', async () => {
    const result = await cli(['import', '--out-dir', 'x', '--endpoint-url', url], { cwd: tempDir('denied') });
    expect(result.code).toBe(1);
    const lines = oneLine(result.stderr);
    expect(lines).toHaveLength(1);
    const [, operation, action] = /^defender-gitops: access denied: (\w+): User: arn:aws:iam::123456789012:user\/ci is not authorized to perform: iot:(\w+)$/.exec(lines[0]!) ?? [];
    expect(operation).toMatch(/^List(SecurityProfiles|Dimensions|CustomMetrics)$/);
    expect(action).toBe(operation);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreachable endpoint is reported after a few quick retries', async () => {
    const result = await cli(['import', '--endpoint-url', 'http://127.0.0.1:9'], { cwd: tempDir('unreachable') });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)[0]).toMatch(/^defender-gitops: cannot reach http:\/\/127\.0\.0\.1:9 \(GetCallerIdentity\): connect ECONNREFUSED/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('no region and no credentials say what to set', async () => {
    const noRegion = await cli(['import'], { cwd: tempDir('noregion'), env: { AWS_REGION: undefined } });
    expect(noRegion.code).toBe(1);
    expect(oneLine(noRegion.stderr)).toEqual(['defender-gitops: no AWS region (GetCallerIdentity)']);
    expect(noRegion.stderr).toContain('--region');

    const noCredentials = await cli(['import', '--region', 'eu-west-1'], { cwd: tempDir('nocreds'), env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } });
    expect(noCredentials.code).toBe(1);
    expect(oneLine(noCredentials.stderr)).toEqual(['defender-gitops: no AWS credentials found (GetCallerIdentity)']);
    expect(noCredentials.stderr).toContain('AWS_PROFILE');
  });
});
