// Runs the committed Action bundle the way the GitHub runner does: `node dist-action/index.js` with
// INPUT_* variables, the event payload in a file, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files
// it reads afterwards. The child gets a clean environment so a CI runner's own GITHUB_* never leaks in.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION_ENTRY = path.join(ROOT, 'dist-action/index.js');

/**
 * The runner checks out the action's repository without node_modules and runs the committed file,
 * so the tests run a copy placed where no node_modules can be found: a missing dependency fails here.
 */
let isolatedEntry: string | undefined;
function isolatedCopy(): string {
  if (!isolatedEntry) {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'dg-action-')), 'dist-action');
    mkdirSync(dir);
    isolatedEntry = path.join(dir, 'index.js');
    copyFileSync(ACTION_ENTRY, isolatedEntry);
  }
  return isolatedEntry;
}

export interface Annotation {
  type: 'error' | 'warning' | 'notice';
  message: string;
  props: Record<string, string>;
}

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface RunActionOptions {
  /** Action inputs by their action.yml names (`github-token`, `sarif-file`, …). */
  inputs: Record<string, string>;
  /** Working directory = GITHUB_WORKSPACE (the checked-out repository). */
  cwd: string;
  githubApiUrl: string;
  eventName?: string;
  event?: unknown;
  repository?: string;
  sha?: string;
  env?: Record<string, string>;
}

export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-runner-'));
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository ?? 'o/r',
    GITHUB_SHA: options.sha ?? 'mergesha0000000000000000000000000000000',
    GITHUB_API_URL: options.githubApiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [isolatedCopy()], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  // Workflows can only read outputs that action.yml declares.
  const undeclared = Object.keys(outputs).filter((name) => !declaredOutputs().has(name));
  if (undeclared.length) throw new Error(`the Action set outputs that action.yml does not declare: ${undeclared.join(', ')}`);
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '',
    annotations: parseAnnotations(stdout),
  };
}

let outputNames: Set<string> | undefined;
function declaredOutputs(): Set<string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
  return (outputNames ??= new Set(Object.keys(action.outputs)));
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIM\nvalue\nDELIM\n` (or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Workflow commands on stdout: `::error file=a,line=1::message` (values %-escaped). */
export function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const found: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of m[2] ? m[2].split(',') : []) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    found.push({ type: m[1] as Annotation['type'], message: unescape(m[3]!), props });
  }
  return found;
}
