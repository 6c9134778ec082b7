import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './formula';

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
