// Resource files, repositories and pull_request payloads shared by the Action's end-to-end tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROFILE = `kind: SecurityProfile
name: smart-lights
description: No messages to unexpected topics
behaviors:
  - name: auth-failures
    metric: aws:num-authorization-failures
    criteria:
      comparisonOperator: greater-than
      value: { count: 5 }
      durationSeconds: 300
`;

/** A profile with an unknown key: a lint error (typos must not pass silently). */
export const typoProfile = (name: string) => `kind: SecurityProfile\nname: ${name}\ndescripton: typo here\n`;

/** A checked-out repository in a temp folder. */
export function makeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-action-repo-'));
  for (const [file, text] of Object.entries(files)) writeRepoFile(dir, file, text);
  return dir;
}

export function writeRepoFile(repo: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

/** The payload of a pull_request event; a head repository other than o/r is a fork. */
export const pullRequestEvent = (number: number, headRepo = 'o/r') => ({
  pull_request: { number, head: { sha: `head${number}`, repo: { full_name: headRepo } }, base: { repo: { full_name: 'o/r' } } },
});
