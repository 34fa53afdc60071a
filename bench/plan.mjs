// Plan benchmark (issue #4). Run: npm run build && node bench/plan.mjs [--profiles N]
//
// 1. A fleet: N profiles (default 1000; 10 behaviors, 2 thing-group targets, 3 tags each) and 10
//    dimensions, seeded into an emulator, then planned through a counting proxy in front of an
//    emulator started with `--quotas aws --latency-ms 30`. Prints wall time, calls per operation,
//    throttles seen, and the lower bound the quotas allow (calls ÷ TPS, per operation).
//    Target: within 1.15× of that bound, no failed call.
// 2. A 10-profile plan against a local emulator (no quotas, no latency). Target: under 1 s.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as iot from '@aws-sdk/client-iot';

// The SDK's notice about its future Node support is noise in a benchmark's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { values } = parseArgs({ options: { profiles: { type: 'string', default: '1000' }, 'small-only': { type: 'boolean', default: false } } });
const PROFILES = Number(values.profiles);
const CLI = resolve('dist/cli.js');
const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };
const ENV = { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' };

/** Published TPS quotas (reference §5.1; src/model/constraints.ts API_TPS). Operations absent have no published row. */
const TPS = {
  DescribeSecurityProfile: 25,
  ListSecurityProfiles: 10,
  ListSecurityProfilesForTarget: 10,
  ListTargetsForSecurityProfile: 10,
  DescribeDimension: 10,
  ListDimensions: 10,
  DescribeCustomMetric: 25,
  ListCustomMetrics: 10,
};

const METRICS = [
  'aws:num-messages-sent',
  'aws:num-messages-received',
  'aws:num-authorization-failures',
  'aws:num-connection-attempts',
  'aws:num-disconnects',
  'aws:all-bytes-out',
  'aws:all-bytes-in',
  'aws:all-packets-out',
  'aws:all-packets-in',
  'aws:num-listening-tcp-ports',
];

function profileOf(i) {
  const name = `fleet-${String(i).padStart(4, '0')}`;
  return {
    kind: 'SecurityProfile',
    name,
    description: `Fleet segment ${i}`,
    behaviors: METRICS.map((metric, b) => ({
      name: `b${b}`,
      metric,
      ...(b === 0 ? { metricDimension: { dimensionName: `topics-${i % 10}` } } : {}),
      criteria: { comparisonOperator: 'greater-than', value: { count: 100 + b }, durationSeconds: 300 },
    })),
    // 5 profiles per group: the per-target limit.
    targets: [`thing-group/site-${Math.floor(i / 5)}`, `thing-group/model-${Math.floor(i / 5)}`],
    tags: { team: `team-${i % 7}`, env: 'prod', cost: `cc-${i % 13}` },
  };
}
const dimensionOf = (i) => ({ kind: 'Dimension', name: `topics-${i}`, type: 'TOPIC_FILTER', stringValues: [`fleet/${i}/+/status`] });

function startCli(args) {
  const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /https?:\/\/\S+/.exec(out)?.[0];
      if (url) done({ url, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => fail(new Error(`emulator exited with ${code}`)));
  });
}

function runCli(args, cwd) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Which IoT operation a restJson1 request is. */
function operationOf(method, path, body) {
  const p = path.split('?')[0];
  if (method === 'POST' && p === '/') return /GetCallerIdentity/.test(body) ? 'GetCallerIdentity' : 'STS';
  const routes = [
    ['GET', /^\/security-profiles$/, 'ListSecurityProfiles'],
    ['GET', /^\/security-profiles\/[^/]+\/targets$/, 'ListTargetsForSecurityProfile'],
    ['GET', /^\/security-profiles\/[^/]+$/, 'DescribeSecurityProfile'],
    ['GET', /^\/security-profiles-for-target$/, 'ListSecurityProfilesForTarget'],
    ['GET', /^\/tags$/, 'ListTagsForResource'],
    ['GET', /^\/dimensions$/, 'ListDimensions'],
    ['GET', /^\/dimensions\/[^/]+$/, 'DescribeDimension'],
    ['GET', /^\/custom-metrics$/, 'ListCustomMetrics'],
    ['GET', /^\/custom-metric\/[^/]+$/, 'DescribeCustomMetric'],
    ['GET', /^\/thing-groups\/[^/]+$/, 'DescribeThingGroup'],
  ];
  return routes.find(([m, re]) => m === method && re.test(p))?.[2] ?? `${method} ${p}`;
}

/** A proxy counting calls, throttles and failures per operation. */
function countingProxy(target) {
  const upstream = new URL(target);
  const stats = new Map();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = operationOf(req.method, req.url, body.toString());
      const s = stats.get(operation) ?? { calls: 0, throttled: 0, failed: 0 };
      stats.set(operation, s);
      s.calls++;
      const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const error = String(answer.headers['x-amzn-errortype'] ?? '');
        if (/Throttling/.test(error)) s.throttled++;
        else if (answer.statusCode >= 400) s.failed++;
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => {
        s.failed++;
        res.destroy();
      });
      forward.end(body);
    });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, stats, close: () => new Promise((r) => server.close(r)) })),
  );
}

async function pool(items, concurrency, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

async function seed(url, profiles, dimensions) {
  const client = new iot.IoTClient({ endpoint: url, region: REGION, credentials: CREDENTIALS });
  const groups = [...new Set(profiles.flatMap((p) => p.targets.map((t) => t.slice('thing-group/'.length))))];
  await pool(groups, 32, (thingGroupName) => client.send(new iot.CreateThingGroupCommand({ thingGroupName })));
  const tagList = (tags) => Object.entries({ 'managed-by': 'defender-gitops', ...tags }).map(([Key, Value]) => ({ Key, Value }));
  await pool(dimensions, 8, (d) => client.send(new iot.CreateDimensionCommand({ name: d.name, type: d.type, stringValues: d.stringValues, tags: tagList({}) })));
  await pool(profiles, 32, async (p) => {
    await client.send(new iot.CreateSecurityProfileCommand({ securityProfileName: p.name, securityProfileDescription: p.description, behaviors: p.behaviors, tags: tagList(p.tags) }));
    for (const t of p.targets) {
      const securityProfileTargetArn = `arn:aws:iot:${REGION}:${ACCOUNT}:thinggroup/${t.slice('thing-group/'.length)}`;
      await client.send(new iot.AttachSecurityProfileCommand({ securityProfileName: p.name, securityProfileTargetArn }));
    }
  });
  client.destroy();
}

/**
 * The fleet as an emulator state file (its documented seed format: ARNs, versions and dates are
 * filled in on load). Seeding 3,400 resources through the API would rewrite the state file after
 * every call.
 */
async function seedStateFile(file, profiles, dimensions) {
  const arn = (type, name) => `arn:aws:iot:${REGION}:${ACCOUNT}:${type}/${name}`;
  const owned = (tags) => ({ 'managed-by': 'defender-gitops', ...tags });
  const groups = [...new Set(profiles.flatMap((p) => p.targets.map((t) => t.slice('thing-group/'.length))))];
  const state = {
    securityProfiles: profiles.map((p) => ({ securityProfileName: p.name, securityProfileDescription: p.description, behaviors: p.behaviors })),
    dimensions: dimensions.map((d) => ({ name: d.name, type: d.type, stringValues: d.stringValues })),
    thingGroups: groups.map((thingGroupName) => ({ thingGroupName })),
    attachments: profiles.flatMap((p) => p.targets.map((t) => ({ securityProfileName: p.name, targetArn: arn('thinggroup', t.slice('thing-group/'.length)) }))),
    tags: Object.fromEntries([
      ...profiles.map((p) => [arn('securityprofile', p.name), owned(p.tags)]),
      ...dimensions.map((d) => [arn('dimension', d.name), owned({})]),
    ]),
  };
  await writeFile(file, JSON.stringify(state));
}

async function projectWith(profiles, dimensions) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-plan-'));
  await mkdir(join(dir, 'profiles'));
  // JSON is YAML: the files are written without a YAML library.
  await Promise.all(profiles.map((p) => writeFile(join(dir, 'profiles', `${p.name}.yaml`), JSON.stringify(p, null, 2))));
  await writeFile(join(dir, 'profiles', 'dimensions.yaml'), dimensions.map((d) => JSON.stringify(d)).join('\n---\n'));
  return dir;
}

function report(title, stats, seconds) {
  console.log(`\n${title}`);
  console.log(`  wall time of \`plan\`: ${seconds.toFixed(1)} s`);
  console.log('  operation                          calls  throttled  failed   TPS   needed÷TPS');
  let bound = 0;
  let failed = 0;
  let throttled = 0;
  for (const [op, s] of [...stats].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const tps = TPS[op];
    // The calls the plan needs: a throttled call's retry is the same call again.
    const floor = tps ? (s.calls - s.throttled) / tps : undefined;
    if (floor !== undefined) bound = Math.max(bound, floor);
    failed += s.failed;
    throttled += s.throttled;
    console.log(`  ${op.padEnd(34)} ${String(Math.round(s.calls)).padStart(5)}  ${String(s.throttled).padStart(9)}  ${String(s.failed).padStart(6)}  ${tps ? String(tps).padStart(4) : '   -'}  ${floor === undefined ? '        -' : `${floor.toFixed(1).padStart(7)} s`}`);
  }
  console.log(`  quota lower bound (max needed calls ÷ TPS): ${bound.toFixed(1)} s; measured/bound = ${(seconds / bound).toFixed(3)}×`);
  console.log(`  throttles seen: ${throttled}; failed calls: ${failed}`);
}

async function fleet() {
  const profiles = Array.from({ length: PROFILES }, (_, i) => profileOf(i));
  const dimensions = Array.from({ length: 10 }, (_, i) => dimensionOf(i));
  const work = await mkdtemp(join(tmpdir(), 'bench-plan-state-'));
  const state = join(work, 'state.json');
  await seedStateFile(state, profiles, dimensions);
  const emulator = await startCli(['emulator', '--port', '0', '--state', state, '--quotas', 'aws', '--latency-ms', '30']);
  const proxy = await countingProxy(emulator.url);
  const dir = await projectWith(profiles, dimensions);
  try {
    const r = await runCli(['plan', '--endpoint-url', proxy.url, '--no-color'], dir);
    if (r.code !== 0) console.log(`plan exited ${r.code}:\n${r.stderr}\n${r.stdout.slice(-2000)}`);
    console.log(r.stdout.trim().split('\n').at(-1));
    report(`Fleet plan: ${PROFILES} profiles, emulator --quotas aws --latency-ms 30`, proxy.stats, r.seconds);
  } finally {
    await proxy.close();
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}

async function small() {
  const profiles = Array.from({ length: 10 }, (_, i) => profileOf(i));
  const dimensions = Array.from({ length: 10 }, (_, i) => dimensionOf(i));
  const emulator = await startCli(['emulator', '--port', '0']);
  await seed(emulator.url, profiles, dimensions);
  const proxy = await countingProxy(emulator.url);
  const dir = await projectWith(profiles, dimensions);
  try {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push((await runCli(['plan', '--endpoint-url', proxy.url], dir)).seconds);
    for (const s of proxy.stats.values()) for (const k of Object.keys(s)) s[k] /= runs.length;
    runs.sort((a, b) => a - b);
    report('10-profile plan against a local emulator (no quotas, no latency), calls per run, median wall time', proxy.stats, runs[2]);
    console.log(`  over 5 runs: median ${runs[2].toFixed(2)} s, best ${runs[0].toFixed(2)} s (target < 1 s, node start-up included)`);
    const bare = await runCli(['--version'], dir);
    console.log(`  for scale, \`defender-gitops --version\` takes ${bare.seconds.toFixed(2)} s here`);
  } finally {
    await proxy.close();
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await small();
if (!values['small-only']) await fleet();
