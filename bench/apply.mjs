// bench/apply: 200 security profiles created (each with a behavior, tags and a thing-group target,
// plus 2 dimensions) by `apply plan.json` against the emulator with `--quotas aws --latency-ms 30`.
// Prints wall time, calls per operation, and the lower bound the quotas allow (max over operations
// of calls ÷ TPS); target: within 1.2× of it. Then checks that a new plan is empty.
//
//   npm run build && node bench/apply.mjs [--profiles 200]
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateThingGroupCommand, IoTClient } from '@aws-sdk/client-iot';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const PROFILES = Number(process.argv[process.argv.indexOf('--profiles') + 1] || 0) || 200;
const CLI = join(process.cwd(), 'dist', 'cli.js');
// The per-operation quotas the emulator enforces with --quotas aws (reference §5.1).
const TPS = { CreateSecurityProfile: 10, AttachSecurityProfile: 10, ListSecurityProfiles: 10, ListDimensions: 10, ListCustomMetrics: 10, DescribeDimension: 10, DescribeSecurityProfile: 25, ListTargetsForSecurityProfile: 10 };
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
const run = promisify(execFile);

const emulator = spawn('node', [CLI, 'emulator', '--port', '0', '--quotas', 'aws', '--latency-ms', '30'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  emulator.stdout.setEncoding('utf8');
  emulator.stdout.once('data', (d) => resolve(/https?:\/\/\S+/.exec(d)?.[0]));
  emulator.once('exit', () => reject(new Error('emulator exited')));
});

try {
  const dir = mkdtempSync(join(tmpdir(), 'bench-apply-'));
  mkdirSync(join(dir, 'profiles'));
  const groups = Math.ceil(PROFILES / 5); // 5 profiles per target at most
  const iot = new IoTClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'b', secretAccessKey: 'b' }, maxAttempts: 10 });
  for (let g = 0; g < groups; g++) await iot.send(new CreateThingGroupCommand({ thingGroupName: `fleet-${g}` }));
  iot.destroy();
  writeFileSync(
    join(dir, 'profiles', 'dimensions.yaml'),
    ['telemetry', 'commands'].map((d) => `kind: Dimension\nname: ${d}\ntype: TOPIC_FILTER\nstringValues: ["${d}/#"]\n`).join('---\n'),
  );
  for (let i = 0; i < PROFILES; i++) {
    writeFileSync(
      join(dir, 'profiles', `p${i}.yaml`),
      `kind: SecurityProfile
name: p${i}
behaviors:
  - name: telemetry-volume
    metric: aws:num-messages-sent
    metricDimension: { dimensionName: telemetry }
    criteria: { comparisonOperator: greater-than, value: { count: ${100 + i} }, durationSeconds: 300 }
targets: [thing-group/fleet-${i % groups}]
tags: { team: bench, index: "${i}" }
`,
    );
  }

  const plan = await run('node', [CLI, 'plan', '--endpoint-url', url, '--out', 'plan.json'], { cwd: dir, env, maxBuffer: 1 << 26 });
  const saved = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
  const calls = {};
  for (const c of saved.changes) for (const r of c.requests) calls[r.operation] = (calls[r.operation] ?? 0) + 1;
  // The freshness check before the first change: one page of each list (nothing exists yet).
  for (const op of ['ListSecurityProfiles', 'ListDimensions', 'ListCustomMetrics']) calls[op] = (calls[op] ?? 0) + 1;

  const started = performance.now();
  const apply = await run('node', [CLI, 'apply', 'plan.json', '--endpoint-url', url], { cwd: dir, env, maxBuffer: 1 << 26 }).catch((e) => e);
  const wall = (performance.now() - started) / 1000;
  const throttles = (apply.stderr.match(/throttled/g) ?? []).length;
  const retries = (apply.stderr.match(/retrying/g) ?? []).length;

  const bound = Math.max(...Object.entries(calls).map(([op, n]) => (TPS[op] ? n / TPS[op] : 0)));
  const summary = apply.stderr.split('\n').find((l) => /^Apply (complete|failed)/.test(l));
  if (apply.code || retries) console.log(apply.stderr.split('\n').filter((l) => /failed|error|warning/i.test(l)).slice(0, 12).join('\n'));
  console.log(`bench/apply: ${PROFILES} profiles, ${Object.values(calls).reduce((a, b) => a + b, 0)} calls, emulator --quotas aws --latency-ms 30`);
  console.log(`  plan: ${plan.stderr.split('\n').find((l) => l.startsWith('Reading live state'))}`);
  console.log(`  apply exit code: ${apply.code ?? 0}; ${summary}`);
  for (const [op, n] of Object.entries(calls).sort()) console.log(`  ${op.padEnd(30)} ${String(n).padStart(5)} calls  ${TPS[op] ? `${(n / TPS[op]).toFixed(1)}s at ${TPS[op]} TPS` : 'not paced by the emulator'}`);
  console.log(`  throttles seen: ${throttles}, retries: ${retries}`);
  console.log(`  wall time: ${wall.toFixed(1)}s; quota lower bound: ${bound.toFixed(1)}s; ratio: ${(wall / bound).toFixed(2)}× (target ≤ 1.2×)`);

  const again = await run('node', [CLI, 'plan', '--endpoint-url', url, '--detailed-exitcode'], { cwd: dir, env, maxBuffer: 1 << 26 }).catch((e) => e);
  console.log(`  plan after apply: exit ${again.code ?? 0} (${(again.stdout ?? '').includes('No changes') ? 'No changes' : 'CHANGES REMAIN'})`);
} finally {
  emulator.kill('SIGTERM');
}
