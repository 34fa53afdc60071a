// Lint throughput and startup figures (issue #2). Prints them; asserts nothing.
//   npm run build && node bench/lint.mjs
// Targets on the reference machine: 1000 files × 20 behaviors under 1.5 s (whole process),
// `--version` under 150 ms, `lint profiles` under 400 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
const FILES = Number(process.env.BENCH_FILES ?? 1000);
const BEHAVIORS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Reports the child's peak RSS and CPU time on exit without touching the CLI. CPU time is the
// steadier figure on a busy machine, where wall time includes waiting for a core.
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("maxrss-kb:"+u.maxRSS+" cpu-us:"+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;

const counters = ['aws:num-messages-sent', 'aws:num-messages-received', 'aws:num-authorization-failures', 'aws:num-connection-attempts', 'aws:num-disconnects', 'aws:all-bytes-out', 'aws:all-bytes-in', 'aws:all-packets-out', 'aws:all-packets-in'];

function behavior(f, b) {
  switch (b % 5) {
    case 0:
      return `  - name: rule-${b}\n    metric: ${counters[b % counters.length]}\n    criteria:\n      comparisonOperator: greater-than\n      value: { count: ${100 + b} }\n      durationSeconds: 300\n      consecutiveDatapointsToAlarm: 2\n      consecutiveDatapointsToClear: 2\n`;
    case 1:
      return `  - name: stat-${b}\n    metric: ${counters[b % counters.length]}\n    criteria:\n      comparisonOperator: greater-than\n      statisticalThreshold: { statistic: p99 }\n      durationSeconds: 900\n`;
    case 2:
      return `  - name: ml-${b}\n    metric: aws:num-messages-sent\n    metricDimension: { dimensionName: Topics${f % 10} }\n    criteria:\n      mlDetectionConfig: { confidenceLevel: HIGH }\n`;
    case 3:
      return `  - name: ips-${b}\n    metric: aws:source-ip-address\n    criteria:\n      comparisonOperator: not-in-cidr-set\n      value: { cidrs: [10.0.0.0/8, 192.168.${b}.0/24, "2001:db8::/32"] }\n`;
    default:
      return `  - name: battery-${b}\n    metric: battery-${f % 50}\n    criteria:\n      comparisonOperator: less-than\n      value: { number: 15 }\n      durationSeconds: 900\n`;
  }
}

function generate(dir) {
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  const defs = [
    ...Array.from({ length: 10 }, (_, i) => `kind: Dimension\nname: Topics${i}\ntype: TOPIC_FILTER\nstringValues: ["fleet/${i}/+/status", "fleet/${i}/#"]\ntags: { team: t${i} }\n`),
    ...Array.from({ length: 50 }, (_, i) => `kind: CustomMetric\nname: battery-${i}\nmetricType: number\ndisplayName: Battery ${i}\n`),
  ];
  writeFileSync(join(dir, 'profiles/definitions.yaml'), defs.join('---\n'));
  for (let f = 0; f < FILES; f++) {
    const behaviors = Array.from({ length: BEHAVIORS }, (_, b) => behavior(f, b)).join('');
    writeFileSync(
      join(dir, `profiles/profile-${String(f).padStart(4, '0')}.yaml`),
      `kind: SecurityProfile\nname: profile-${f}\ndescription: Generated profile ${f}\nbehaviors:\n${behaviors}alertTargets:\n  SNS:\n    alertTargetArn: arn:aws:sns:eu-west-1:123456789012:alerts\n    roleArn: arn:aws:iam::123456789012:role/sns\ntargets: [thing-group/group-${f}]\ntags: { team: fleet }\n`,
    );
  }
}

function measure(args, cwd) {
  const times = [];
  const cpu = [];
  let rss = 0;
  let last;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    last = spawnSync(process.execPath, ['--import', RSS_HOOK, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    rss = Math.max(rss, Number(/maxrss-kb:(\d+)/.exec(last.stderr)?.[1] ?? 0));
    cpu.push(Number(/cpu-us:(\d+)/.exec(last.stderr)?.[1] ?? 0) / 1000);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { median: median(times), min: Math.min(...times), cpu: median(cpu), rssMb: rss / 1024, status: last.status, stdout: last.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'dg-bench-lint-'));
try {
  generate(dir);
  const files = FILES + 1;
  const big = measure(['lint', 'profiles', '--format', 'json'], dir);
  const findings = JSON.parse(big.stdout).findings.length;
  const version = measure(['--version'], process.cwd());
  const samples = measure(['lint', 'profiles'], process.cwd());
  const row = (label, r, extra = '') => console.log(`${label.padEnd(44)} wall median ${r.median.toFixed(0).padStart(5)} ms, min ${r.min.toFixed(0).padStart(5)} ms  cpu ${r.cpu.toFixed(0).padStart(5)} ms  peak RSS ${r.rssMb.toFixed(0)} MB${extra}`);
  console.log(`node ${process.version}, ${RUNS} runs each (whole process: node start to exit), load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  row(`lint ${files} files × ${BEHAVIORS} behaviors`, big, `  ${(files / (big.median / 1000)).toFixed(0)} files/s  exit ${big.status}, ${findings} findings`);
  row('--version', version);
  row('lint profiles (sample set)', samples, `  exit ${samples.status}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
