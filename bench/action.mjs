// The GitHub Action's figures: bundle size, and wall/CPU time of `node dist-action/index.js` as the
// runner runs it (INPUT_* variables, summary/output files), for lint on many files and for plan
// against the emulator (`node dist/cli.js emulator --port 0`). Prints them; asserts nothing.
//   npm run build && npm run build:action && node bench/action.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ENTRY = resolve('dist-action/index.js');
const CLI = resolve('dist/cli.js');
const FILES = Number(process.env.BENCH_FILES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("cpu-us:"+(u.userCPUTime+u.systemCPUTime)+" maxrss-kb:"+u.maxRSS+"\\n")})`;

const profile = (i) => `kind: SecurityProfile
name: profile-${i}
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
    criteria:
      comparisonOperator: greater-than
      value: { count: ${i + 1} }
      durationSeconds: 300
`;

function repo(count) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-action-'));
  mkdirSync(join(dir, 'profiles'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'profiles', `p${i}.yaml`), profile(i));
  return dir;
}

function runAction(cwd, inputs) {
  writeFileSync(join(cwd, 'summary.md'), '');
  writeFileSync(join(cwd, 'output'), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: cwd,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_STEP_SUMMARY: join(cwd, 'summary.md'),
    GITHUB_OUTPUT: join(cwd, 'output'),
    RUNNER_TEMP: cwd,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_HOOK, ENTRY], { cwd, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`action ${inputs.command} exited ${r.status}: ${r.stdout.slice(-500)}`);
  const [, cpu, rss] = /cpu-us:(\d+) maxrss-kb:(\d+)/.exec(r.stderr) ?? [];
  return { ms, cpuMs: Number(cpu) / 1000, rssMb: Number(rss) / 1024 };
}

function report(label, runs) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `${label.padEnd(34)} wall ${median(runs.map((r) => r.ms)).toFixed(0).padStart(5)} ms   cpu ${median(runs.map((r) => r.cpuMs)).toFixed(0).padStart(5)} ms   rss ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB   (median of ${runs.length})`,
  );
}

async function startEmulator() {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    const url = /https?:\/\/\S+/.exec(line)?.[0];
    if (url) return { url, stop: () => child.kill('SIGTERM') };
  }
  throw new Error('the emulator printed no URL');
}

console.log(`node ${process.version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);
console.log(`bundle dist-action/index.js: ${(statSync(ENTRY).size / 1024).toFixed(0)} KiB`);

const small = repo(1);
report('lint, 1 file', Array.from({ length: RUNS }, () => runAction(small, { command: 'lint' })));
const big = repo(FILES);
report(`lint, ${FILES} files`, Array.from({ length: RUNS }, () => runAction(big, { command: 'lint' })));

const emulator = await startEmulator();
try {
  const args = `--endpoint-url ${emulator.url}`;
  report('plan, 1 profile (emulator)', Array.from({ length: RUNS }, () => runAction(small, { command: 'plan', args })));
  report(`plan, ${FILES} profiles (emulator)`, Array.from({ length: RUNS }, () => runAction(big, { command: 'plan', args })));
} finally {
  emulator.stop();
}
