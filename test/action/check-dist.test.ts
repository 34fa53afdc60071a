// check-dist: the committed bundle must be exactly what the sources build to, because the runner
// runs dist-action/index.js as committed. Rebuilds into a temp file and compares bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ENTRY, ROOT } from '../support/run-action.js';

describe('dist-action/index.js', () => {
  it('matches the sources byte for byte', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dg-check-dist-')), 'index.js');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-action.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = readFileSync(out);
    const committed = readFileSync(ACTION_ENTRY);
    if (!fresh.equals(committed)) {
      expect.fail('dist-action/index.js is out of date with the sources: run `npm run build:action` and commit dist-action/index.js');
    }
  });

  // Self-containment is tested by every run-action test: they run a copy of the bundle from a
  // directory with no node_modules anywhere above it, as the runner does.
  it('stays a reasonable size', () => {
    expect(statSync(ACTION_ENTRY).size).toBeLessThan(4 * 1024 * 1024);
  });
});
