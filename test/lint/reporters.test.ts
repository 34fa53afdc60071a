import { describe, expect, it } from 'vitest';
import { sarifValidator } from './helpers.js';
import { Chalk } from 'chalk';
import { RULES } from '../../src/lint/index.js';
import { REPORTERS } from '../../src/lint/reporters/index.js';
import type { Finding } from '../../src/model/finding.js';

const findings: Finding[] = [
  { ruleId: 'schema', severity: 'error', message: 'unknown key "metirc"', file: 'profiles/a b.yaml', line: 5, column: 5, endLine: 5, endColumn: 11, kind: 'SecurityProfile', name: 'a', suggestion: 'did you mean "metric"?' },
  { ruleId: 'topic-filter-syntax', severity: 'warning', message: "'#' must be last: 100%, a,b\nnext", file: 'profiles/a b.yaml', line: 9, column: 7 },
  { ruleId: 'empty-file', severity: 'warning', message: 'file has no YAML documents', file: 'profiles/z.yaml', line: 1, column: 1 },
];
const context = { color: new Chalk({ level: 0 }), rules: RULES, cwd: '/repo', version: '1.2.3' };


describe('reporters', () => {
  it('stylish groups by file and ends with a summary', () => {
    expect(REPORTERS.stylish(findings, context)).toBe(
      'profiles/a b.yaml\n' +
        '  5:5  error    unknown key "metirc" (did you mean "metric"?)  schema\n' +
        "  9:7  warning  '#' must be last: 100%, a,b\nnext  topic-filter-syntax\n" +
        '\nprofiles/z.yaml\n' +
        '  1:1  warning  file has no YAML documents  empty-file\n' +
        '\n✖ 3 problems (1 error, 2 warnings)\n',
    );
    expect(REPORTERS.stylish([], { ...context, fileCount: 6 })).toBe('✔ no problems in 6 files\n');
  });

  it('github escapes workflow-command data and properties', () => {
    const out = REPORTERS.github(findings, context).split('\n');
    expect(out[0]).toBe('::group::profiles/a b.yaml');
    expect(out[1]).toBe('::error title=schema,file=profiles/a b.yaml,line=5,endLine=5,col=5,endColumn=11::unknown key "metirc" (did you mean "metric"?)');
    expect(out[2]).toBe("::warning title=topic-filter-syntax,file=profiles/a b.yaml,line=9,col=7::'#' must be last: 100%25, a,b%0Anext");
    expect(out[3]).toBe('::endgroup::');
    expect(REPORTERS.github([], context)).toBe('');
  });

  it('json has the design §4 shape', () => {
    const doc = JSON.parse(REPORTERS.json(findings, context));
    expect(doc.errorCount).toBe(1);
    expect(doc.warningCount).toBe(2);
    expect(doc.findings[0]).toEqual({
      ruleId: 'schema', severity: 'error', message: 'unknown key "metirc"', file: 'profiles/a b.yaml', line: 5, column: 5, endLine: 5, endColumn: 11,
      kind: 'SecurityProfile', name: 'a', suggestion: 'did you mean "metric"?', docsUrl: RULES.find((r) => r.id === 'schema')!.docsUrl,
    });
  });

  it('sarif is valid SARIF 2.1.0 with rules, help and repository-relative locations', () => {
    const log = JSON.parse(REPORTERS.sarif(findings, context));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'defender-gitops', version: '1.2.3' });
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    const topic = run.tool.driver.rules[run.results[1].ruleIndex];
    expect(topic).toMatchObject({ id: 'topic-filter-syntax', helpUri: expect.stringContaining('rules.md#topic-filter-syntax'), defaultConfiguration: { level: 'warning' } });
    expect(topic.help.text).toBeTruthy();
    expect(run.results[0]).toMatchObject({
      ruleId: 'schema',
      level: 'error',
      message: { text: 'unknown key "metirc" (did you mean "metric"?)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'profiles/a%20b.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 5, endLine: 5, endColumn: 11 } } }],
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    // An empty run is valid too.
    expect(validate(JSON.parse(REPORTERS.sarif([], context)))).toBe(true);
  });

  it('sarif rejects what the schema forbids (the validator is real)', () => {
    const log = JSON.parse(REPORTERS.sarif(findings, context));
    log.runs[0].results[0].level = 'fatal';
    expect(sarifValidator()(log)).toBe(false);
  });
});
