// Expands the paths given on the command line into the YAML files to read.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { CONFIG_FILE } from '../model/config.js';

/** A path given to the loader does not exist: a usage error (exit 2), not a lint finding. */
export class PathNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`path not found: ${path}`);
    this.name = 'PathNotFoundError';
  }
}

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

/** Absolute file paths: explicit files as given, folders searched for *.yaml / *.yml (sorted). */
export async function expandPaths(paths: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new PathNotFoundError(given);
    if (info.isDirectory()) files.push(...(await walk(absolute)));
    else files.push(absolute);
  }
  return [...new Set(files)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    // Hidden folders (.git, .github) and dependencies are never profiles; the config file is not one either.
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) files.push(...(await walk(full)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name) && entry.name !== CONFIG_FILE) files.push(full);
  }
  return files;
}

/** The path findings show: relative to cwd when inside it, as given otherwise. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}
