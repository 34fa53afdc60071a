import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { SCHEMA_FILES, RESOURCE_SCHEMAS } from '../../src/model/schemas/index.js';
import { lintFiles, lineOf } from './helpers.js';

const schemaFindings = async (text: string) => (await lintFiles({ 'a.yaml': text })).filter((f) => f.ruleId === 'schema');

describe('JSON Schemas', () => {
  it('committed schemas/*.schema.json equal the generated ones (run `npm run generate` after a change)', () => {
    const committed = readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).sort();
    expect(committed).toEqual(Object.keys(SCHEMA_FILES).sort());
    for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
      expect(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')), file).toEqual(schema);
    }
  });

  it('the combined editor schema checks each document by its kind', () => {
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA_FILES['defender-gitops.schema.json']!);
    expect(validate({ kind: 'CustomMetric', name: 'battery', metricType: 'number' })).toBe(true);
    expect(validate({ kind: 'CustomMetric', name: 'battery', metricType: 'float' })).toBe(false);
    expect(validate({ kind: 'Dimension', name: 'd', type: 'TOPIC_FILTER', stringValues: ['a/#'], extra: 1 })).toBe(false);
    expect(validate({ kind: 'Unknown' })).toBe(false);
    expect(Object.keys(RESOURCE_SCHEMAS)).toEqual(['SecurityProfile', 'Dimension', 'CustomMetric']);
  });
});

describe('schema findings', () => {
  it('point at an unknown KEY and suggest the closest known one', async () => {
    const text = 'kind: SecurityProfile\nname: a\nbehaviors:\n  - name: b\n    metirc: aws:num-disconnects\n';
    const [finding] = await schemaFindings(text);
    expect(finding).toMatchObject({ line: 5, column: 5, suggestion: 'did you mean "metric"?', kind: 'SecurityProfile', name: 'a' });
    expect(finding!.message).toContain('unknown key "metirc" in behaviors[0]');
  });

  it.each([
    ['count as a string', 'value: { count: "100" }', 'write 100 without quotes'],
    ['negative count', 'value: { count: -1 }', 'must be >= 0'],
    ['fractional count', 'value: { count: 1.5 }', 'whole numbers only'],
    ['port out of range', 'value: { ports: [22, 70000] }', 'must be <= 65535'],
    ['repeated port', 'value: { ports: [22, 22] }', 'must not repeat items'],
    ['bad operator', 'comparisonOperator: greater', 'use one of less-than'],
    ['statistic outside the set', 'statisticalThreshold: { statistic: Average }', 'use one of p0, p0.1'],
    ['datapoints out of range', 'consecutiveDatapointsToAlarm: 11', 'must be <= 10'],
    ['ML without confidence', 'mlDetectionConfig: {}', 'missing the required key "confidenceLevel"'],
  ])('%s', async (_, criteria, message) => {
    const text = `kind: SecurityProfile\nname: a\nbehaviors:\n  - name: b\n    criteria:\n      ${criteria} # here\n`;
    const findings = await schemaFindings(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(message);
    expect(findings[0]!.line).toBe(lineOf(text, '# here'));
  });

  it.each([
    ['name with a space', 'name: my profile', 'only letters, digits'],
    ['name too long', `name: ${'a'.repeat(129)}`, 'at most 128 characters'],
    ['multi-line description', 'description: "two\\nlines"', 'without tabs or other control characters'],
    ['target in no documented form', 'targets: [thing-group/ok, things/all]', 'thing-group/<name>'],
    ['alert target other than SNS', 'alertTargets: { EMAIL: { alertTargetArn: x, roleArn: y } }', 'unknown key "EMAIL"'],
    ['short role ARN', 'alertTargets: { SNS: { alertTargetArn: arn:aws:sns:eu-west-1:123456789012:t, roleArn: arn } }', 'at least 20 characters'],
    ['tag key pattern', 'tags: { "team!": x }', 'key "team!" in tags'],
    ['tag value not a string', 'tags: { cost-center: 4711 }', 'quote it'],
    ['tag value too long', `tags: { team: ${'x'.repeat(257)} }`, 'at most 256 characters'],
  ])('%s', async (_, line, message) => {
    const text = `kind: SecurityProfile\n${line.startsWith('name:') ? '' : 'name: a\n'}${line} # here\n`;
    const findings = await schemaFindings(text);
    expect(findings.map((f) => f.message).join('\n')).toContain(message);
    expect(findings[0]!.line).toBe(lineOf(text, '# here'));
  });

  it('accepts unicode tag keys and at most 100 behaviors', async () => {
    const behaviors = (n: number) => Array.from({ length: n }, (_, i) => `  - { name: b${i}, metric: aws:num-disconnects, criteria: { mlDetectionConfig: { confidenceLevel: LOW } } }`).join('\n');
    expect(await schemaFindings(`kind: SecurityProfile\nname: a\ntags: { "équipe": "éclairage" }\nbehaviors:\n${behaviors(100)}\n`)).toEqual([]);
    const [tooMany] = await schemaFindings(`kind: SecurityProfile\nname: a\nbehaviors:\n${behaviors(101)}\n`);
    expect(tooMany).toMatchObject({ line: 4 });
    expect(tooMany!.message).toContain('at most 100 items (it has 101)');
  });

  it('checks dimensions and custom metrics', async () => {
    const findings = await lintFiles({
      'a.yaml': 'kind: Dimension\nname: d\ntype: TOPIC_FILTR\nstringValues: []\n---\nkind: CustomMetric\nname: c\nmetricType: numbers\ndisplayName: x\n',
    });
    expect(findings.filter((f) => f.ruleId === 'schema').map((f) => [f.line, f.suggestion])).toEqual([
      [3, 'did you mean "TOPIC_FILTER"?'],
      [4, undefined],
      [8, 'did you mean "number"?'],
    ]);
  });
});
