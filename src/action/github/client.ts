// The GitHub client: the toolkit's Octokit (GITHUB_API_URL honoured), plus the few facts about
// the workflow run the Action needs.
import * as github from '@actions/github';

export type GitHub = ReturnType<typeof github.getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export function createGitHub(token: string, baseUrl?: string): GitHub {
  return github.getOctokit(token, baseUrl ? { baseUrl } : {});
}

/** Link to the running job, for comment headings and footers (undefined outside a runner). */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
