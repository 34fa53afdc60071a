// Everything a command needs about the run: inputs, directories, the event, and the GitHub client
// (created on first use, so `lint` without a pull request never needs a token).
import * as core from '@actions/core';
import * as github from '@actions/github';
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import { createGitHub, runUrl, type GitHub } from './github/client.js';
import { changedFiles, pullRequestOfEvent, type PullRequestRef, type RunContext } from './github/pull-request.js';
import type { ActionInputs } from './inputs.js';
import { envFlagOf } from './args.js';

export interface ActionContext {
  inputs: ActionInputs;
  /** Where the Action runs (the step's working directory). */
  cwd: string;
  /** Repository root: annotation paths are relative to it. */
  workspace: string;
  run: RunContext;
  /** Link to the workflow run, when on a runner. */
  runUrl?: string;
  /** The environment: the `environment` input, else `--env` in the args; undefined = none. */
  environment?: string;
  /** Environment name in the PR comment marker ('default' when none). */
  environmentKey: string;
  github(): GitHub;
  /** The pull request of a pull_request event (no API call). */
  pullRequest?: PullRequestRef;
  /** Files the pull request changes (to rank annotations); empty outside pull requests. */
  changedFiles(): Promise<Set<string>>;
}

export function actionContext(inputs: ActionInputs, env: NodeJS.ProcessEnv = process.env): ActionContext {
  const cwd = process.cwd();
  const ctx = github.context;
  const run: RunContext = {
    eventName: ctx.eventName ?? '',
    sha: ctx.sha ?? '',
    repo: env.GITHUB_REPOSITORY ? ctx.repo : { owner: '', repo: '' },
    payload: ctx.payload as RunContext['payload'],
  };
  let client: GitHub | undefined;
  const gh = () => {
    if (!inputs.token) throw new Error("input 'github-token' is empty; pass `github-token: ${{ github.token }}`");
    return (client ??= createGitHub(inputs.token));
  };
  const pullRequest = pullRequestOfEvent(run);
  const environment = inputs.environment ?? envFlagOf(inputs.args);
  let changed: Promise<Set<string>> | undefined;
  return {
    inputs,
    cwd,
    workspace: env.GITHUB_WORKSPACE || cwd,
    run,
    runUrl: runUrl(env),
    ...(environment !== undefined ? { environment } : {}),
    environmentKey: environment ?? 'default',
    github: gh,
    pullRequest,
    changedFiles: () => (changed ??= pullRequest && inputs.token ? changedFiles(gh(), pullRequest) : Promise.resolve(new Set())),
  };
}

/** Findings with paths relative to the repository root (annotations and SARIF need them so). */
export function toRepoPaths(ctx: Pick<ActionContext, 'cwd' | 'workspace'>, findings: readonly Finding[]): Finding[] {
  const repoPath = (file: string) => path.relative(ctx.workspace, path.resolve(ctx.cwd, file)).split(path.sep).join('/');
  return findings.map((f) => ({ ...f, file: repoPath(f.file) }));
}

/** Writes the job summary when the runner provides a file for it (outside a runner there is none). */
export async function flushSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
