// lint: loader findings + schema check + semantic rules, with the config's severities applied.
// Pure: no file or network access (the loader did the reading).
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { CustomMetricType } from '../model/types.js';
import { CUSTOM_METRIC_TYPES } from '../model/constraints.js';
import type { LoadResult } from '../load/index.js';
import { docsUrl, type Report, type Rule, type RuleContext, type RuleMeta } from './rule.js';
import { ALL_RULES } from './rules/index.js';
import { schemaFindings } from './schema.js';

export type { RuleMeta } from './rule.js';

export const RULES: readonly RuleMeta[] = ALL_RULES.map(({ id, severity, description }) => ({ id, severity, description, docsUrl: docsUrl(id) }));

export function lint(loaded: LoadResult, config: Config): Finding[] {
  const findings = [...loaded.findings];
  const valid = [];
  for (const resource of loaded.resources) {
    const problems = schemaFindings(resource);
    findings.push(...problems);
    if (problems.length === 0) valid.push(resource);
  }
  const customMetrics = new Map<string, CustomMetricType>();
  const dimensions = new Set<string>();
  for (const { resource } of loaded.resources) {
    if (resource.kind === 'Dimension') dimensions.add(resource.name);
    if (resource.kind === 'CustomMetric' && CUSTOM_METRIC_TYPES.includes(resource.metricType)) customMetrics.set(resource.name, resource.metricType);
  }
  const context: RuleContext = { resources: valid, customMetrics, dimensions, config };
  for (const rule of ALL_RULES) {
    if (rule.check && config.rules[rule.id] !== 'off') findings.push(...rule.check(context).map((r) => toFinding(rule, r)));
  }
  return applySeverities(findings, config).sort(byPosition);
}

function toFinding(rule: Rule, report: Report): Finding {
  const { resource, kind, name } = { resource: report.resource, ...report.resource.resource };
  return {
    ruleId: rule.id,
    severity: report.severity ?? rule.severity,
    message: report.message,
    ...(report.atKey ? resource.locateKey(report.path) : resource.locate(report.path)),
    kind,
    name,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
  };
}

function applySeverities(findings: Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = config.rules[finding.ruleId];
    if (setting === 'off') continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}

function byPosition(a: Finding, b: Finding): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
