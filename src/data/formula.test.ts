import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaRange } from './formula';

describe('evaluateFormula', () => {
  it('computes a base value from a level and a growth rate', () => {
    expect(evaluateFormula('394.11 ÷ (1 + 139%)')).toBeCloseTo(164.9, 2);
  });

  it('respects precedence and accepts ASCII and typographic operators alike', () => {
    expect(evaluateFormula('2 + 3 × 4')).toBe(14);
    expect(evaluateFormula('2 + 3 * 4')).toBe(14);
    expect(evaluateFormula('(10 − 4) / 3')).toBe(2);
    expect(evaluateFormula('-5 + 8')).toBe(3);
  });

  it('rejects anything that is not arithmetic', () => {
    expect(() => evaluateFormula('394.11 / x')).toThrow(/unexpected "x"/);
    expect(() => evaluateFormula('(1 + 2')).toThrow(/missing "\)"/);
    expect(() => evaluateFormula('1 2')).toThrow(/unexpected "2"/);
  });
});

describe('formulaRange', () => {
  it('widens a base computed from a rounded multiple to what the rounding allows', () => {
    const [lo, hi] = formulaRange('15786 ÷ 3.2');
    expect(lo).toBeCloseTo(15786 / 3.25, 6);
    expect(hi).toBeCloseTo(15786 / 3.15, 6);
  });

  it('treats a whole-number percentage as rounded and a whole count as exact', () => {
    const [lo, hi] = formulaRange('394.11 ÷ (1 + 139%)');
    expect(lo).toBeCloseTo(394.105 / 2.395, 6);
    expect(hi).toBeCloseTo(394.115 / 2.385, 6);
    expect(formulaRange('(90 − 30) ÷ 90 × 100')).toEqual([(60 / 90) * 100, (60 / 90) * 100]);
  });
});
