import { describe, expect, it } from 'vitest';
import { loadFiles, PathNotFoundError } from '../../src/load/index.js';
import { load } from '../lint/helpers.js';

const profile = `kind: SecurityProfile
name: cameras
behaviors:
  - name: auth
    metric: aws:num-authorization-failures
`;

describe('loadFiles', () => {
  it('reads every *.yaml / *.yml under a folder, multi-document, with positions', async () => {
    const result = await load({
      'profiles/a.yaml': `${profile}---\nkind: Dimension\nname: Topics\ntype: TOPIC_FILTER\nstringValues: [a/b]\n`,
      'profiles/nested/b.yml': 'kind: CustomMetric\nname: battery\nmetricType: number\n',
      'profiles/notes.txt': 'not yaml',
      'profiles/.hidden/c.yaml': 'kind: nope',
    }, ['profiles']);
    expect(result.files).toEqual(['profiles/a.yaml', 'profiles/nested/b.yml']);
    expect(result.findings).toEqual([]);
    expect(result.resources.map((r) => [r.file, r.doc, r.resource.kind, r.resource.name])).toEqual([
      ['profiles/a.yaml', 0, 'SecurityProfile', 'cameras'],
      ['profiles/a.yaml', 1, 'Dimension', 'Topics'],
      ['profiles/nested/b.yml', 0, 'CustomMetric', 'battery'],
    ]);
    const cameras = result.resources[0]!;
    expect(cameras.locate(['behaviors', 0, 'metric'])).toMatchObject({ file: 'profiles/a.yaml', line: 5, column: 13 });
    // Absent paths fall back to the nearest existing parent.
    expect(cameras.locate(['behaviors', 0, 'criteria', 'value'])).toMatchObject({ line: 4, column: 5 });
    expect(cameras.locateKey(['behaviors', 0, 'metric'])).toMatchObject({ line: 5, column: 5 });
    expect(result.resources[1]!.locate(['stringValues', 0])).toMatchObject({ line: 10, column: 16 });
  });

  it('skips the config file when walking folders but reads explicit files of any name', async () => {
    const result = await load({ 'defender-gitops.yaml': 'paths: [x]\n', 'x.txt': profile }, ['.', 'x.txt']);
    expect(result.files).toEqual(['x.txt']);
    expect(result.resources).toHaveLength(1);
  });

  it('throws PathNotFoundError for a missing path', async () => {
    await expect(loadFiles(['does-not-exist'], { cwd: '/tmp' })).rejects.toBeInstanceOf(PathNotFoundError);
  });

  it.each([
    ['yaml-syntax', 'kind: Dimension\nstringValues: [a\n', 3],
    ['duplicate-key', 'kind: Dimension\nname: a\nname: b\n', 3],
    ['unknown-kind', 'kind: Profile\nname: a\n', 1],
    ['unknown-kind', 'name: a\n', 1],
    ['unknown-kind', '- kind: Dimension\n', 1],
    ['schema', 'kind: Dimension\ntype: TOPIC_FILTER\n', 1],
    ['schema', 'kind: Dimension\nname: 42\n', 2],
    ['empty-file', '# only a comment\n', 1],
    ['empty-file', '', 1],
  ])('reports %s (case %#) at line %s', async (ruleId, text, line) => {
    const { findings, resources } = await load({ 'a.yaml': text });
    expect(findings).toEqual([expect.objectContaining({ ruleId, line, file: 'a.yaml' })]);
    expect(resources).toEqual([]);
  });

  it('suggests the closest kind', async () => {
    const { findings } = await load({ 'a.yaml': 'kind: SecurityProfiles\nname: a\n' });
    expect(findings[0]).toMatchObject({ ruleId: 'unknown-kind', line: 1, column: 7, suggestion: 'did you mean "SecurityProfile"?' });
  });

  it('keeps good documents of a file whose other document is broken', async () => {
    const { findings, resources } = await load({ 'a.yaml': `${profile}---\nkind: Dimension\nname: [\n` });
    expect(resources.map((r) => r.resource.name)).toEqual(['cameras']);
    expect(findings.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const { findings } = await load({ 'bomb.yaml': `${bomb}\n` });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'alias-limit', line: 1 })]);
  });

  it('allows ordinary anchors, aliases and merge keys', async () => {
    const text = `kind: SecurityProfile
name: a
behaviors:
  - &base { name: one, metric: aws:num-disconnects }
  - <<: *base
    name: two
`;
    const { findings, resources } = await load({ 'a.yaml': text });
    expect(findings).toEqual([]);
    expect(resources[0]!.resource).toMatchObject({ behaviors: [{ name: 'one' }, { name: 'two', metric: 'aws:num-disconnects' }] });
  });

  it('reports a non-UTF-8 file at the offending byte', async () => {
    const bytes = Buffer.concat([Buffer.from('kind: CustomMetric\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { findings } = await load({ 'latin1.yaml': bytes });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'not-utf8', line: 2, column: 10 })]);
    expect(findings[0]!.message).toContain('0xe9');
  });

  it('refuses files over 5 MB without reading them', async () => {
    const { findings } = await load({ 'big.yaml': `# ${'x'.repeat(5 * 1024 * 1024)}\n` });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'file-too-large', line: 1 })]);
  });

  it('reports a file it cannot read and goes on with the others', async () => {
    const { findings, resources } = await load({ 'a.yaml/inner.txt': 'x', 'b.yaml': profile }, ['a.yaml', 'b.yaml']);
    expect(findings).toEqual([]);
    expect(resources).toHaveLength(1);
    const dir = (await load({ 'real/x.yaml': profile })).dir;
    const { symlinkSync } = await import('node:fs');
    symlinkSync(`${dir}/real`, `${dir}/real/folder.yaml`);
    const result = await loadFiles(['real'], { cwd: dir });
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'file-unreadable', file: 'real/folder.yaml', message: 'cannot read the file: it is a folder' })]);
    expect(result.resources).toHaveLength(1);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const { findings, resources } = await load({ 'bom.yaml': `\uFEFF${profile}` });
    expect(findings).toEqual([]);
    expect(resources).toHaveLength(1);
  });
});

describe('fast and precise YAML paths', () => {
  it('read scalars identically (YAML 1.2 core schema)', async () => {
    const { fastDocuments } = await import('../../src/load/fast-yaml.js');
    const { parseYaml } = await import('../../src/load/yaml.js');
    const text = 'a: 0b101\nb: 0x1F\nc: 0o17\nd: -12\ne: 1.5e3\nf: .inf\ng: ~\nh: True\ni: 2024-01-01\nj: "x"\nk: 1_000\nl: +0x10\nm: 012\nn: yes\no: |\n  two\n  lines\n';
    expect(fastDocuments(text)).toEqual([parseYaml(text, 'x.yaml').documents[0]!.data]);
  });

  it('leave aliases, tags and duplicate keys to the precise path', async () => {
    const { fastDocuments } = await import('../../src/load/fast-yaml.js');
    for (const text of ['a: &x 1\nb: *x\n', 'a: !Ref x\n', 'a: 1\na: 2\n', '- a\n', 'a: 1\n---\n', '# empty\n']) expect(fastDocuments(text), text).toBeUndefined();
    expect(fastDocuments('a: 1\n---\nb: 2\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
