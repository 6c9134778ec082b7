import { describe, expect, it } from 'vitest';
import { unitName } from './units';

describe('unitName', () => {
  it('names money, rates and counts in each language', () => {
    expect(unitName({ unit: 'yi-yuan' }, 'zh')).toBe('亿元');
    expect(unitName({ unit: 'yi-yuan' }, 'en')).toBe('CNY 100 million');
    expect(unitName({ unit: 'per-10k-people' }, 'en')).toBe('per 10,000 people');
  });

  it('uses the counter word the seeds use for a count', () => {
    expect(unitName({ unit: 'item', counter: '项' }, 'zh')).toBe('项');
    expect(unitName({ unit: 'item' }, 'zh')).toBe('件');
    expect(unitName({ unit: 'item', counter: '项' }, 'en')).toBe('number');
  });
});
