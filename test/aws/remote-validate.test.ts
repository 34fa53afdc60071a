import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateCustomMetricCommand } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteValidate } from '../../src/aws/remote-validate.js';
import { loadFiles } from '../../src/load/index.js';
import type { SecurityProfile } from '../../src/model/types.js';
import { testAccount, type TestAccount } from './helpers.js';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'dist', 'cli.js');

// `battery` is a number in the files but a string-list in the account: only the service can tell.
const FILE = `kind: SecurityProfile
name: cameras
behaviors:
  - name: fine
    metric: aws:num-messages-sent
    criteria: { comparisonOperator: greater-than, value: { count: 100 }, durationSeconds: 300 }
  - name: low-battery
    metric: battery
    criteria: { comparisonOperator: less-than, value: { number: 10 } }
  - name: waits-for-apply
    metric: aws:num-messages-sent
    metricDimension: { dimensionName: NewTopics }
    criteria: { comparisonOperator: greater-than, value: { count: 1 }, durationSeconds: 300 }
---
kind: CustomMetric
name: battery
metricType: number
---
kind: Dimension
name: NewTopics
type: TOPIC_FILTER
stringValues: ["cams/#"]
`;

describe('lint --remote (ValidateSecurityProfileBehaviors)', () => {
  let account: TestAccount;
  let dir: string;
  beforeAll(async () => {
    account = await testAccount();
    await account.iot.send(new CreateCustomMetricCommand({ metricName: 'battery', metricType: 'string-list' }));
    dir = mkdtempSync(join(tmpdir(), 'remote-lint-'));
    writeFileSync(join(dir, 'cameras.yaml'), FILE);
  });
  afterAll(() => account?.close());

  it("maps the service's answer to the behavior's line and skips references apply will create first", async () => {
    const loaded = await loadFiles([join(dir, 'cameras.yaml')], { cwd: dir });
    const profiles = loaded.resources.filter((r) => r.resource.kind === 'SecurityProfile').map((r) => ({ resource: r.resource as SecurityProfile, locate: r.locate }));
    const findings = await remoteValidate(account.session, profiles, { dimensions: ['NewTopics'], customMetrics: ['battery'] });
    // The emulator reports each problem of the behavior separately; every one points at its line.
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.line).toBe(7);
      expect(f.message).toMatch(/^AWS IoT: Behavior low-battery is malformed\. /);
    }
    expect(findings.map((f) => f.message).join('\n')).toContain('less-than');
    expect(findings[0]).toMatchObject({ ruleId: 'remote-validation', severity: 'error', file: 'cameras.yaml', line: 7, kind: 'SecurityProfile', name: 'cameras' });
  });

  it('runs from the CLI: the finding in the report, exit 1; without --remote the files pass', async () => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', NO_COLOR: '1' };
    const offline = await run('node', [CLI, 'lint', 'cameras.yaml', '--format', 'json'], { cwd: dir, env }).catch((e: { stdout: string; code: number }) => e);
    expect(JSON.parse(offline.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'remote-validation')).toEqual([]);
    const remote = await run('node', [CLI, 'lint', 'cameras.yaml', '--format', 'json', '--remote', '--endpoint-url', account.emulator.url, '--region', 'us-east-1'], { cwd: dir, env }).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect((remote as { code?: number }).code).toBe(1);
    const report = JSON.parse(remote.stdout);
    expect(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toContainEqual(['remote-validation', 7]);
  });

  it('says which flag is missing when a session flag comes without --remote', async () => {
    const result = await run('node', [CLI, 'lint', 'cameras.yaml', '--local'], { cwd: dir }).catch((e: { stderr: string; code: number }) => e);
    expect((result as { code?: number }).code).toBe(2);
    expect(result.stderr).toContain('--local only applies with --remote');
  });
});
