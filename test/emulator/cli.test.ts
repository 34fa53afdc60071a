// The built CLI as users run it: `node dist/cli.js emulator …` as a child process (npm test builds first).
import { ListSecurityProfilesCommand, CreateSecurityProfileCommand } from '@aws-sdk/client-iot';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { iotClient } from './helpers.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** Starts the emulator command and resolves with its first stdout line. */
function launch(args: string[]): Promise<{ child: ChildProcess; url: string; stdout: string[] }> {
  const child = spawn(process.execPath, [CLI, 'emulator', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      stdout.push(line);
      if (stdout.length === 1) resolve({ child, url: line, stdout });
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code} before printing its URL`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('defender-gitops emulator (built CLI)', () => {
  it('prints only its URL, serves the SDK, and stops cleanly on SIGTERM with state flushed', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'dgo-cli-')), 'state.json');
    const { child, url, stdout } = await launch(['--port', '0', '--state', stateFile, '--account', '111122223333', '--region', 'eu-west-1']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const iot = iotClient(url);
    const created = await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'cli' }));
    expect(created.securityProfileArn).toBe('arn:aws:iot:eu-west-1:111122223333:securityprofile/cli');
    expect((await iot.send(new ListSecurityProfilesCommand({}))).securityProfileIdentifiers).toHaveLength(1);
    iot.destroy();
    const code = exited(child);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
    expect(stdout).toEqual([url]);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).securityProfiles[0].securityProfileName).toBe('cli');
  });

  it('stops on SIGINT too', async () => {
    const { child } = await launch([]);
    const code = exited(child);
    child.kill('SIGINT');
    expect(await code).toBe(0);
  });

  it('exits 2 with a clear message on a corrupt state file, bad options, or a port in use', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'dgo-cli-')), 'state.json');
    writeFileSync(stateFile, '{ not json');
    const corrupt = spawnSync(process.execPath, [CLI, 'emulator', '--state', stateFile], { encoding: 'utf8' });
    expect(corrupt.status).toBe(2);
    expect(corrupt.stderr).toContain(stateFile);
    expect(corrupt.stderr).toContain('not valid JSON');
    expect(corrupt.stdout).toBe('');
    expect(readFileSync(stateFile, 'utf8')).toBe('{ not json');

    for (const args of [['--quotas', 'lots'], ['--fail-rate', 'often'], ['--fail-rate', '1.5'], ['--bogus'], ['--account', 'abc']]) {
      const r = spawnSync(process.execPath, [CLI, 'emulator', ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/defender-gitops: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }

    const { child, url } = await launch([]);
    const port = new URL(url).port;
    const busy = spawnSync(process.execPath, [CLI, 'emulator', '--port', port], { encoding: 'utf8' });
    expect(busy.status).toBe(2);
    expect(busy.stderr).toContain(port);
    child.kill('SIGTERM');
    await exited(child);
  });

  it('documents every option in --help', () => {
    const r = spawnSync(process.execPath, [CLI, 'emulator', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const option of ['--port', '--host', '--state', '--latency-ms', '--quotas', '--fail-rate', '--seed', '--account', '--region'])
      expect(r.stdout).toContain(option);
  });
});
