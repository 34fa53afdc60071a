// End to end with the AWS clients the hidden checks use: boto3 (botocore) and the aws CLI. Skipped, with a
// visible message, when they are not installed (Debian: python3-boto3, awscli).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers.js';

const PROBE = join(import.meta.dirname, 'boto3_probe.py');
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0);
const awsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!python) console.warn('SKIPPED boto3 end-to-end test: no python3 with boto3 (apt-get install python3-boto3)');
if (!awsCli) console.warn('SKIPPED aws CLI end-to-end test: no aws CLI (apt-get install awscli)');

/** Runs a client without blocking the event loop, which serves the in-process emulator. */
function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: AWS_ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const AWS_ENV = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };

describe('real AWS clients', () => {
  const t = useEmulator();

  it.skipIf(!python)('boto3 reads every answer as the service would give it', async () => {
    const r = await run(python!, [PROBE, t.emulator.url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.created).toEqual({ securityProfileName: 'py-profile', securityProfileArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/py-profile' });
    expect(out.describedVersion).toBe(1);
    expect(out.creationDateType).toBe('datetime');
    expect(out.describedKeys).toEqual(['behaviors', 'creationDate', 'lastModifiedDate', 'securityProfileArn', 'securityProfileName', 'version']);
    expect(out.updatedVersion).toBe(2);
    expect(out.conflict).toMatchObject({ code: 'VersionConflictException', status: 409 });
    expect(out.flagConflict).toMatchObject({ code: 'InvalidRequestException', status: 400 });
    expect(out.badName).toMatchObject({ code: 'InvalidRequestException', status: 400 });
    expect(out.badName.message).toContain('securityProfileName');
    expect(out.tooLong.message).toContain('securityProfileName');
    expect(out.badEnum.message).toContain('type');
    expect(out.exists).toMatchObject({ code: 'ResourceAlreadyExistsException', status: 409 });
    expect(out.missing).toMatchObject({ code: 'ResourceNotFoundException', status: 404 });
    expect(out.deleteMissing).toBeNull();
    expect(out.targets).toEqual(['arn:aws:iot:us-east-1:123456789012:thinggroup/py-group']);
    expect(out.noGroup).toMatchObject({ code: 'ResourceNotFoundException', status: 404 });
    expect(out.paginated).toBe(30);
    expect(out.tags).toEqual([{ Key: 'team', Value: 'py' }]);
    expect(out.tagsAfter).toEqual([{ Key: 'env', Value: 'dev' }]);
    expect(out.validation).toEqual({
      valid: false,
      validationErrors: [{ errorMessage: 'Behavior sent is malformed. consecutiveDatapointsToAlarm 100000 should be in range[1,10]' }],
    });
    expect(out.dimension).toEqual(['a/+']);
    expect(out.inUse).toBeNull();
    expect(out.events).toEqual([]);
    expect(out.identity).toEqual({ UserId: expect.any(String), Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/emulator' });
  });

  it.skipIf(!awsCli)('the aws CLI creates, lists and fails like against AWS', async () => {
    const aws = (...args: string[]) => run('aws', [...args, '--endpoint-url', t.emulator.url, '--output', 'json']);
    const created = await aws('iot', 'create-security-profile', '--security-profile-name', 'cli-profile', '--behaviors',
      JSON.stringify([{ name: 'ports', metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [22] } } }]));
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout).securityProfileArn).toBe('arn:aws:iot:us-east-1:123456789012:securityprofile/cli-profile');
    const listed = await aws('iot', 'list-security-profiles');
    expect(JSON.parse(listed.stdout).securityProfileIdentifiers.map((p: { name: string }) => p.name)).toContain('cli-profile');
    const missing = await aws('iot', 'describe-security-profile', '--security-profile-name', 'cli-missing');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('ResourceNotFoundException');
    const identity = await aws('sts', 'get-caller-identity');
    expect(JSON.parse(identity.stdout).Account).toBe('123456789012');
  });
});
