// Emulator figures: DescribeSecurityProfile requests/s with 50 concurrent clients, and the emulator's
// RSS with 10,000 profiles stored. The emulator runs as the built CLI in a child process.
//
// Requests/s is measured twice: with 50 @aws-sdk/client-iot clients (what plan/apply see; on a small
// machine the SDK's own CPU cost per request is usually the limit), and with 50 keep-alive HTTP clients
// sending the same request (the emulator's own capacity).
//
// Run: npm run build && node bench/emulator.mjs [--seconds N] [--profiles N]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CreateSecurityProfileCommand, DescribeSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';

const CLIENTS = 50;
const WORKERS = Math.max(2, cpus().length); // client threads, so one client thread's CPU is not the limit
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const sdkClient = (url) =>
  new IoTClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });

/** One DescribeSecurityProfile per call, by the SDK or as a plain keep-alive HTTP GET. */
function describer(mode, url) {
  if (mode === 'sdk') {
    const iot = sdkClient(url);
    return { call: () => iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'bench' })), close: () => iot.destroy() };
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(url);
  const call = () =>
    new Promise((resolve, reject) => {
      const req = request({ hostname, port, path: '/security-profiles/bench', agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
        res.resume().on('end', resolve);
      });
      req.on('error', reject).end();
    });
  return { call, close: () => agent.destroy() };
}

/** Worker: builds its clients, reports ready, then calls in a loop until the time it is sent; posts its count. */
async function worker({ mode, url, clients }) {
  const ds = Array.from({ length: clients }, () => describer(mode, url));
  parentPort.postMessage('ready');
  const until = await new Promise((resolve) => parentPort.once('message', resolve));
  let count = 0;
  await Promise.all(
    ds.map(async (d) => {
      while (Date.now() < until) {
        await d.call();
        count++;
      }
      d.close();
    }),
  );
  parentPort.postMessage(count);
}

/** CPU seconds (user + system) the process has used so far, from /proc (clock ticks of 10 ms). */
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Requests/s over `seconds`, and the emulator's CPU time per request (independent of other load). */
async function requestsPerSecond(mode, url, seconds, emulatorPid) {
  const workers = Array.from(
    { length: WORKERS },
    (_, w) => new Worker(new URL(import.meta.url), { workerData: { mode, url, clients: Math.floor(CLIENTS / WORKERS) + (w < CLIENTS % WORKERS ? 1 : 0) } }),
  );
  const next = (w) => new Promise((resolve, reject) => w.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(next)); // everything loaded before the clock starts
  const cpuBefore = cpuSeconds(emulatorPid);
  const until = Date.now() + seconds * 1000;
  const counts = await Promise.all(workers.map((w) => (w.postMessage(until), next(w))));
  const total = counts.reduce((a, b) => a + b, 0);
  return { perSecond: Math.round(total / seconds), cpuMicros: Math.round(((cpuSeconds(emulatorPid) - cpuBefore) / total) * 1e6) };
}

const report = (what, { perSecond, cpuMicros }) =>
  console.log(
    `DescribeSecurityProfile, ${CLIENTS} concurrent ${what}: ${perSecond} requests/s; emulator CPU ${cpuMicros} µs/request (≈ ${Math.round(1e6 / cpuMicros)} requests/s per core)`,
  );

function startEmulator() {
  const child = spawn(process.execPath, ['dist/cli.js', 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ child, url }));
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
}

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function main() {
  const seconds = arg('seconds', 5);
  const profiles = arg('profiles', 10_000);
  const { child, url } = await startEmulator();
  const iot = sdkClient(url);
  try {
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'bench' }));
    console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    report('@aws-sdk/client-iot clients', await requestsPerSecond('sdk', url, seconds, child.pid));
    report('keep-alive HTTP clients', await requestsPerSecond('http', url, seconds, child.pid));

    const idle = rssMiB(child.pid);
    const behaviors = [
      { name: 'sent', metric: 'aws:num-messages-sent', criteria: { comparisonOperator: 'greater-than', value: { count: 100 }, durationSeconds: 300 } },
      { name: 'ports', metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [22, 443, 8883] } } },
    ];
    let created = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (created < profiles) {
          const i = created++;
          await iot.send(
            new CreateSecurityProfileCommand({ securityProfileName: `bench-${i}`, securityProfileDescription: `profile ${i}`, behaviors, tags: [{ Key: 'managed-by', Value: 'defender-gitops' }] }),
          );
        }
      }),
    );
    console.log(`RSS: ${idle.toFixed(1)} MiB with 1 profile, ${rssMiB(child.pid).toFixed(1)} MiB with ${profiles} profiles stored (2 behaviors and 1 tag each)`);
  } finally {
    iot.destroy();
    child.kill('SIGTERM');
  }
}

if (isMainThread) await main();
else await worker(workerData);
