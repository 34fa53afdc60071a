// Branches of the semantic rules beyond their documented examples.
import { describe, expect, it } from 'vitest';
import { lintFiles, lineOf } from './helpers.js';

const defs = `kind: CustomMetric
name: battery
metricType: number
---
kind: CustomMetric
name: apps
metricType: string-list
---
kind: Dimension
name: Topics
type: TOPIC_FILTER
stringValues: [a/#]
---
`;

/** Lints one profile (after the shared definitions): [ruleId, severity, line within profileBody (1-based), message]. */
async function check(profileBody: string, config?: string) {
  const text = `${defs}kind: SecurityProfile\nname: p\n${profileBody}`;
  const findings = await lintFiles({ 'p.yaml': text }, config);
  return findings.map((f) => [f.ruleId, f.severity, f.line - lineOf(text, 'name: p'), f.message] as const);
}

const behavior = (metric: string, criteria: string, extra = '') => `behaviors:\n  - name: b\n    metric: ${metric}\n${extra}    criteria: ${criteria}\n`;

describe('metric catalog rules', () => {
  it('downgrades findings about the unconfirmed aws:disconnect-duration to warnings', async () => {
    const [finding] = await check(behavior('aws:disconnect-duration', '{ comparisonOperator: greater-than, value: { count: 5 } }'));
    expect(finding).toEqual(['metric-operator-mismatch', 'warning', 4, expect.stringContaining('takes less-than, less-than-equals')]);
  });

  it('checks the value member against the operator when the metric is unknown', async () => {
    const findings = await check(behavior('aws:nope', '{ comparisonOperator: in-port-set, value: { cidrs: [10.0.0.0/8] } }'));
    expect(findings.map((f) => f[0])).toEqual(['unknown-metric', 'value-member-mismatch']);
  });

  it('requires exactly one value member on static rules', async () => {
    expect(await check(behavior('aws:num-disconnects', '{ comparisonOperator: greater-than, durationSeconds: 300 }'))).toEqual([
      ['value-member-mismatch', 'error', 4, 'behavior "b": a static rule needs value.count to compare with'],
    ]);
    const [two] = await check(behavior('aws:num-disconnects', '{ comparisonOperator: greater-than, value: { count: 1, number: 2 }, durationSeconds: 300 }'));
    expect(two).toEqual(['value-member-mismatch', 'error', 4, expect.stringContaining('got count, number')]);
  });

  it('warns when a windowed counter has no duration and rejects durations on list metrics', async () => {
    expect(await check(behavior('aws:num-disconnects', '{ comparisonOperator: greater-than, value: { count: 1 } }'))).toEqual([
      ['duration-seconds', 'warning', 4, expect.stringContaining('set durationSeconds')],
    ]);
    expect((await check(behavior('apps', '{ comparisonOperator: in-set, value: { strings: [a] }, durationSeconds: 300 }')))[0]).toEqual([
      'duration-seconds', 'error', 4, expect.stringContaining('list metric'),
    ]);
    // A gauge needs no window in a static rule.
    expect(await check(behavior('aws:num-established-tcp-connections', '{ comparisonOperator: greater-than, value: { count: 50 } }'))).toEqual([]);
  });

  it('checks statistical thresholds: value, statistic, operator, custom number metrics', async () => {
    const findings = await check(behavior('battery', '{ statisticalThreshold: {}, value: { number: 1 }, durationSeconds: 300 }'));
    const bySeverity = (severity: string) => findings.filter((f) => f[0] === 'statistical-threshold' && f[1] === severity).map((f) => f[3]);
    expect(findings).toHaveLength(4);
    expect(bySeverity('warning')).toEqual([expect.stringContaining('statistical thresholds on battery are not documented')]);
    expect(bySeverity('error')).toEqual(
      expect.arrayContaining([expect.stringContaining('exclusive'), expect.stringContaining('needs a statistic'), expect.stringContaining('needs comparisonOperator')]),
    );
  });
});

describe('ML Detect rules', () => {
  it('rejects ML on custom list metrics and rule fields next to ML', async () => {
    expect(await check(behavior('apps', '{ mlDetectionConfig: { confidenceLevel: LOW }, comparisonOperator: in-set }'))).toEqual([
      ['ml-unsupported-metric', 'error', 3, expect.stringContaining('only with metricType number')],
      ['ml-rule-fields', 'error', 4, expect.stringContaining('comparisonOperator cannot be used')],
    ]);
  });

  it('accepts ML with a dimension on the four supported metrics only', async () => {
    const dim = '    metricDimension: { dimensionName: Topics }\n';
    expect(await check(behavior('aws:message-byte-size', '{ mlDetectionConfig: { confidenceLevel: LOW } }', dim))).toEqual([]);
    expect((await check(behavior('aws:num-disconnects', '{ mlDetectionConfig: { confidenceLevel: LOW } }', dim))).map((f) => f[0])).toEqual(['dimension-unsupported-metric']);
  });
});

describe('dimension rules', () => {
  it('checks dimensions on metrics to retain and references from them', async () => {
    const findings = await check('additionalMetricsToRetainV2:\n  - metric: battery\n    metricDimension: { dimensionName: Topics }\n  - metric: aws:num-messages-sent\n    metricDimension: { dimensionName: Topicz }\n');
    expect(findings.map((f) => [f[0], f[2]])).toEqual([
      ['dimension-unsupported-metric', 3],
      ['unknown-dimension', 5],
    ]);
    expect(findings[0]![3]).toContain('custom metrics take no dimension');
  });

  it.each([
    ['a/b#', false],
    ['a/+b', false],
    ['#/a', false],
    ['a/#', true],
    ['+/+/status', true],
    ['device/${iot:ClientId}/auth', true],
  ])('topic filter %s valid=%s', async (filter, valid) => {
    const findings = await lintFiles({ 'd.yaml': `kind: Dimension\nname: D\ntype: TOPIC_FILTER\nstringValues: ["${filter}"]\n` });
    expect(findings.map((f) => f.ruleId)).toEqual(valid ? [] : ['topic-filter-syntax']);
  });
});

describe('profile and repository rules', () => {
  it('counts short forms and ARNs of one target together', async () => {
    const profiles = Array.from({ length: 6 }, (_, i) => `kind: SecurityProfile\nname: p${i}\ntargets: [${i % 2 ? 'all-things' : 'arn:aws:iot:eu-west-1:123456789012:all/things'}]\n`).join('---\n');
    const findings = await lintFiles({ 'a.yaml': profiles });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'max-profiles-per-target', name: 'p5', line: 23 })]);
  });

  it('names the first definition of a duplicate resource across files', async () => {
    const findings = await lintFiles({ 'a.yaml': 'kind: Dimension\nname: D\ntype: TOPIC_FILTER\nstringValues: [a]\n', 'b.yaml': 'kind: Dimension\nname: D\ntype: TOPIC_FILTER\nstringValues: [b]\n' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'duplicate-resource-name', file: 'b.yaml', line: 2, message: 'Dimension "D" is already defined in a.yaml:2' })]);
  });

  it('warns on a bare IP address and rejects bad prefixes', async () => {
    const findings = await check(behavior('aws:source-ip-address', '{ comparisonOperator: in-cidr-set, value: { cidrs: [10.0.0.1, "2001:db8::/129", 10.0.0.0/8] } }'));
    expect(findings.map((f) => [f[0], f[1]])).toEqual([['cidr-format', 'warning'], ['cidr-format', 'error']]);
  });

  it('checks the export config role and SNS topic formats', async () => {
    const findings = await check('metricsExportConfig: { mqttTopic: t, roleArn: "arn:aws:iam::123456789012:policy/x" }\nalertTargets: { SNS: { alertTargetArn: "arn:aws:sqs:eu-west-1:123456789012:q", roleArn: "arn:aws:iam::123456789012:role/r" } }\n');
    expect(findings.map((f) => [f[0], f[2]])).toEqual([['arn-format', 1], ['arn-format', 2]]);
  });
});

describe('policies and severities', () => {
  it('forbids targets by what they name, whatever form the policy and profile use', async () => {
    const findings = await check('targets: [registered-things, "arn:aws:iot:eu-west-1:123456789012:thinggroup/cams"]\n', 'policies: { forbiddenTargets: ["arn:aws:iot:us-east-1:111111111111:all/registered-things", thing-group/cams] }\n');
    expect(findings.map((f) => f[0])).toEqual(['policy-forbidden-targets', 'policy-forbidden-targets']);
  });

  it('checks required tags on every kind', async () => {
    const findings = await lintFiles({ 'a.yaml': defs.slice(0, -4) }, 'policies: { requiredTags: [team] }\n');
    expect(findings.map((f) => [f.ruleId, f.kind])).toEqual([
      ['policy-required-tags', 'CustomMetric'],
      ['policy-required-tags', 'CustomMetric'],
      ['policy-required-tags', 'Dimension'],
    ]);
  });

  it('applies severities and off from the config', async () => {
    const body = behavior('aws:num-disconnects', '{ comparisonOperator: greater-than, value: { count: 1 } }');
    expect((await check(body, 'rules: { duration-seconds: error }\n'))[0]?.[1]).toBe('error');
    expect(await check(body, 'rules: { duration-seconds: off }\n')).toEqual([]);
  });
});
