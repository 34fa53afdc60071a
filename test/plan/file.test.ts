import { describe, expect, it } from 'vitest';
import { parsePlan, planHash, serializePlan } from '../../src/plan/file.js';
import { customMetric, emptyLive, liveOf, plan, profile } from './fixtures.js';

describe('plan file', () => {
  const p = plan([profile('a', { description: 'x' }), customMetric('m')], liveOf([profile('a')]));

  it('round-trips and keeps its hash', () => {
    const back = parsePlan(serializePlan(p), 'plan.json');
    expect(back).toEqual(p);
    expect(planHash(back)).toBe(p.planHash);
  });

  it('the hash ignores key order', () => {
    const shuffled = JSON.parse(serializePlan(p), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
    expect(planHash(shuffled)).toBe(p.planHash);
  });

  it('rejects what is not a usable plan, naming the file', () => {
    expect(() => parsePlan('{nope', 'out/plan.json')).toThrow(/^out\/plan\.json: not a plan file: invalid JSON/);
    expect(() => parsePlan('[]', 'p.json')).toThrow(/^p\.json: not a plan file/);
    expect(() => parsePlan(JSON.stringify({ ...p, formatVersion: 2 }), 'p.json')).toThrow(/unsupported plan format version 2/);
    expect(() => parsePlan(JSON.stringify({ ...p, changes: {} }), 'p.json')).toThrow(/"changes" should be an array, found object/);
    expect(() => parsePlan(JSON.stringify({ ...p, fingerprints: { profiles: {} } }), 'p.json')).toThrow(/fingerprints\.dimensions/);
  });

  it('the hash covers what the plan does, not how it is worded', () => {
    const reworded = structuredClone(p);
    reworded.changes[0]!.reason = 'other words';
    reworded.changes[0]!.diff = [];
    expect(planHash(reworded)).toBe(p.planHash);
  });

  it('refuses a plan edited after it was saved', () => {
    const edited = JSON.parse(serializePlan(p));
    edited.changes[0].requests[0].input.securityProfileDescription = 'sneaky';
    expect(() => parsePlan(JSON.stringify(edited), 'plan.json')).toThrow(/plan\.json: the plan was modified after it was saved/);
  });

  it('an empty plan is a plan too', () => {
    const empty = plan([], emptyLive());
    expect(parsePlan(serializePlan(empty), 'e.json').changes).toEqual([]);
  });
});
