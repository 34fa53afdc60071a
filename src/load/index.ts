// The loader: paths → YAML files → resources with source positions, plus findings for everything
// that could not be read (never a crash). Pure checks of the content happen in src/lint.
import type { Finding, SourceRange } from '../model/finding.js';
import { RESOURCE_KINDS, type Resource, type ResourceKind } from '../model/types.js';
import { closest } from '../model/suggest.js';
import { displayPath, expandPaths } from './files.js';
import { readText } from './text.js';
import { parseYaml, type ParsedDocument, type ParsedYaml } from './yaml.js';
import { fastDocuments } from './fast-yaml.js';
import type { Locator } from './positions.js';

export { PathNotFoundError } from './files.js';

export interface LoadedResource {
  resource: Resource;
  /** Path as given, relative to cwd when inside it. */
  file: string;
  /** 0-based document index within the file. */
  doc: number;
  /** Range of the value at that path in the resource (file keys); nearest existing parent if absent. */
  locate(path: readonly (string | number)[]): SourceRange;
  /** Range of the KEY at that path (unknown or misspelt keys); the value's range when there is no key. */
  locateKey(path: readonly (string | number)[]): SourceRange;
}

export interface LoadResult {
  files: string[];
  resources: LoadedResource[];
  findings: Finding[];
}

export async function loadFiles(paths: string[], options: { cwd?: string } = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const absolutes = await expandPaths(paths, cwd);
  const perFile = await Promise.all(absolutes.map((absolute) => loadFile(absolute, displayPath(absolute, cwd))));
  return {
    files: absolutes.map((a) => displayPath(a, cwd)),
    resources: perFile.flatMap((r) => r.resources),
    findings: perFile.flatMap((r) => r.findings),
  };
}

async function loadFile(absolute: string, file: string): Promise<Omit<LoadResult, 'files'>> {
  const read = await readText(absolute, file);
  if ('finding' in read) return { resources: [], findings: [read.finding] };
  const fast = fastDocuments(read.text);
  const parsed = fast ? lazilyLocated(fast, read.text, file) : parseYaml(read.text, file);
  const findings = [...parsed.findings];
  if (parsed.empty && findings.length === 0) {
    findings.push({ ruleId: 'empty-file', severity: 'warning', message: 'file has no YAML documents; add a resource or delete the file', file, line: 1, column: 1 });
  }
  const resources: LoadedResource[] = [];
  for (const document of parsed.documents) {
    const result = toResource(document, file);
    if ('finding' in result) findings.push(result.finding);
    else resources.push(result);
  }
  return { resources, findings };
}

/** Documents read by the fast path; positions come from a precise parse made on first use. */
function lazilyLocated(documents: Record<string, unknown>[], text: string, file: string): ParsedYaml {
  let precise: ParsedYaml | undefined;
  const locatorOf = (index: number): Locator | undefined => (precise ??= parseYaml(text, file)).documents.find((d) => d.index === index)?.locate;
  const start = { file, line: 1, column: 1 };
  return {
    documents: documents.map((data, index) => ({
      index,
      data,
      locate: { value: (path) => locatorOf(index)?.value(path) ?? start, key: (path) => locatorOf(index)?.key(path) ?? start },
    })),
    findings: [],
    empty: false,
  };
}

const KIND_LIST = RESOURCE_KINDS.join(', ');

function toResource(document: ParsedDocument, file: string): LoadedResource | { finding: Finding } {
  const { data, locate, index } = document;
  const at = (path: (string | number)[], ruleId: string, message: string, extra: Partial<Finding> = {}): { finding: Finding } => ({
    finding: { ruleId, severity: 'error', message, ...locate.value(path), ...extra },
  });
  const docName = `document ${index + 1}`;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return at([], 'unknown-kind', `${docName} is ${Array.isArray(data) ? 'a list' : 'a plain value'}, not a resource; write a mapping with kind: ${KIND_LIST}`);
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (kind === undefined) return at([], 'unknown-kind', `${docName} has no "kind"; add kind: ${KIND_LIST}`);
  if (typeof kind !== 'string' || !RESOURCE_KINDS.includes(kind as ResourceKind)) {
    const hint = typeof kind === 'string' ? closest(kind, RESOURCE_KINDS) : undefined;
    return at(['kind'], 'unknown-kind', `unknown kind ${JSON.stringify(kind)}; use one of ${KIND_LIST}`, hint ? { suggestion: `did you mean "${hint}"?` } : {});
  }
  const name = record.name;
  if (typeof name !== 'string' || name === '') {
    const problem = name === undefined ? 'has no "name"' : `has a name that is not text (${JSON.stringify(name)}); quote it`;
    return at(name === undefined ? [] : ['name'], 'schema', `${kind} in ${docName} ${problem}`, { kind: kind as ResourceKind });
  }
  return { resource: record as unknown as Resource, file, doc: index, locate: locate.value, locateKey: locate.key };
}
