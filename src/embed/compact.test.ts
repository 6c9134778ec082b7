import { describe, expect, it } from 'vitest';
import { compaction } from './compact';

const rows = (...spans: [number, number][]) => spans.map(([top, bottom]) => ({ top, bottom }));

describe('compaction', () => {
  it('cuts in the gap after the last row that ends inside the budget', () => {
    const ten = rows(...Array.from({ length: 10 }, (_, i): [number, number] => [i * 100 + 10, i * 100 + 90]));
    expect(compaction(ten, 1000, 600)).toEqual({ cut: 600, shown: 6, total: 10 });
  });

  it('hides nothing when the content fits, or when only one row would be hidden', () => {
    expect(compaction(rows([0, 100], [100, 500]), 500, 600)).toEqual({ cut: null, total: 2 });
    expect(compaction(rows([0, 300], [300, 590], [600, 700]), 700, 600)).toEqual({ cut: null, total: 3 });
  });

  it('always shows at least the first row, even a tall one', () => {
    expect(compaction(rows([0, 900], [900, 1000], [1000, 1100], [1100, 1200]), 1200, 600)).toEqual({ cut: 900, shown: 1, total: 4 });
  });

  it('cuts at the row’s end when the next row starts right there', () => {
    expect(compaction(rows([0, 300], [300, 600], [600, 900], [900, 1200]), 1200, 600)).toEqual({ cut: 600, shown: 2, total: 4 });
  });
});
