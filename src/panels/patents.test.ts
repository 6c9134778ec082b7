import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { PATENT_VIEWS, patentBlocks } from './patents';
import { figureCount } from './rows';

describe('patentBlocks', () => {
  it('shows each measure of the view with every figure and the growth rates that describe it', () => {
    for (const measure of ['absolute', 'per-capita'] as const) {
      const ids = new Set(PATENT_VIEWS[measure]);
      const growthIds = new Set(dataset.indicators.filter((i) => i.base && ids.has(i.base)).map((i) => i.id));
      const expected = dataset.observations.filter(
        (o) => ids.has(o.indicator) || (growthIds.has(o.indicator) && o.aggregation === 'growth'),
      ).length;
      const shown = patentBlocks(dataset, measure, false).reduce((n, b) => n + figureCount(b.block), 0);
      expect(shown, measure).toBe(expected);
    }
  });

  it('gives the per-capita view only figures stated per 10,000 people or per GDP', () => {
    const units = patentBlocks(dataset, 'per-capita', false).map((b) => b.block.indicator.unit);
    expect(new Set(units)).toEqual(new Set(['per-10k-people', 'per-million-gdp']));
  });

  it('ranks Hangzhou above Ningbo on high-value patents per 10,000 people at end-2023, and leaves Chengdu’s October figure out', () => {
    const hv = patentBlocks(dataset, 'per-capita', true).find((b) => b.block.indicator.id === 'high-value-patents-per-10k')!;
    expect(hv.block.groups[0]!.rows.map((r) => [r.place.id, r.marks[0]!.observation.value, r.rank])).toEqual([
      ['hangzhou', 52.62, 1],
      ['ningbo', 18.67, 2],
    ]);
    const chengdu = hv.comparison!.excluded.find((e) => e.observation.id === 's000-chengdu-high-value-patents-per-10k-2023-10')!;
    expect(chengdu.reasons).toEqual(['period']);
  });
});
