import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { planModel } from './plan';

describe('planModel for Pidu', () => {
  const model = planModel(dataset);

  it('pairs each of the 13 table indicators’ 2020 actual with its 2025 target, in table order', () => {
    expect(model.rows).toHaveLength(13);
    expect(model.rows[0]!.indicator.id).toBe('high-value-patents-per-10k');
    expect(model.rows.map((r) => [r.baseline.value, r.target.value])).toContainEqual([0.8, 3]);
    expect(model.rows.every((r) => r.target.aggregation === 'target' && r.baseline.aggregation !== 'target')).toBe(true);
  });

  it('computes the planned change from the two values', () => {
    const pledge = model.rows.find((r) => r.indicator.id === 'ip-pledge-amount')!;
    expect(pledge.change).toEqual({ kind: 'percent', value: 275, formula: '(3 − 0.8) ÷ 0.8 × 100' });
  });

  it('gives a change of a percentage in percentage points, to the precision of its two values', () => {
    const share = model.rows.find((r) => r.indicator.id === 'copyright-industry-gdp-share')!;
    expect(share.change).toEqual({ kind: 'points', value: 0.28, formula: '9.28 − 9' });
    const satisfaction = model.rows.find((r) => r.indicator.id === 'ip-protection-satisfaction')!;
    expect(satisfaction.change).toMatchObject({ kind: 'points', value: 5 });
  });

  it('gives each row its own scale from zero that holds both values', () => {
    for (const row of model.rows) {
      expect(row.scale.x(0)).toBe(0);
      expect(row.scale.max).toBeGreaterThanOrEqual(Math.max(row.baseline.value, row.target.value));
    }
  });

  it('keeps the table’s 468 cases and notes the text’s “400余件” as a conflict', () => {
    const cases = model.rows.find((r) => r.indicator.id === 'ip-arbitration-mediation-cases')!;
    expect(cases.baseline.value).toBe(468);
    expect(cases.twins.map((t) => [t.value, t.qualifier])).toEqual([[400, '>']]);
  });

  it('lists the plan’s other targets, which have no 2020 value beside them', () => {
    expect(model.others.map((o) => o.indicator)).toContain('ip-rights-protection-points');
    expect(model.others.every((o) => o.aggregation === 'target')).toBe(true);
  });
});
