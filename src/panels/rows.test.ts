import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { buildBlock, figureCount, rankBlock, rowsByYear } from './rows';

const rowsOf = (id: string, series = true) => buildBlock(dataset, id, { series, growth: series })!.groups.flatMap((g) => g.rows);

describe('before/after series', () => {
  it('joins Chengdu’s end-2020 and Oct-2023 valid invention patents into one row, earlier first', () => {
    const chengdu = rowsOf('valid-invention-patents').find((r) => r.place.id === 'chengdu')!;
    expect(chengdu.marks.map((m) => m.observation.value)).toEqual([50100, 100593]);
    expect(chengdu.growth.map((g) => g.value)).toEqual([26]);
  });

  it('draws Ningbo’s 2022 base as derived and 2023 as stated', () => {
    const ningbo = rowsOf('valid-invention-patents').find((r) => r.place.id === 'ningbo')!;
    expect(ningbo.marks.map((m) => m.cls)).toEqual(['derived', 'stock']);
  });

  it('keeps a cumulative total since 2021 apart from an all-time total and from a single year', () => {
    const chengdu = rowsOf('china-patent-awards').filter((r) => r.place.id === 'chengdu');
    expect(chengdu.map((r) => r.marks.map((m) => m.observation.value)).sort((a, b) => a[0]! - b[0]!)).toEqual([[13], [66], [136]]);
  });

  it('puts Pidu’s 2025 target at the end of its own series', () => {
    const pidu = rowsOf('high-value-patents-per-10k').find((r) => r.place.id === 'pidu')!;
    expect(pidu.marks.map((m) => [m.observation.value, m.cls])).toEqual([
      [12, 'stock'],
      [14, 'target'],
    ]);
  });

  it('shows Hangzhou’s two stated values (52.6 and 52.62) as one figure with a twin', () => {
    const hz = rowsOf('high-value-patents-per-10k').find((r) => r.place.id === 'hangzhou')!;
    expect(hz.marks).toHaveLength(1);
    expect([hz.marks[0]!.observation.value, ...hz.marks[0]!.twins.map((t) => t.value)].sort()).toEqual([52.6, 52.62]);
  });
});

describe('blocks', () => {
  it('shows every pledge-financing figure once, grouped by kind, targets and derived values last', () => {
    const block = buildBlock(dataset, 'ip-pledge-amount', { series: false, growth: false })!;
    const all = dataset.observations.filter((o) => o.indicator === 'ip-pledge-amount');
    expect(figureCount(block)).toBe(all.length);
    expect(block.groups.map((g) => g.cls)).toEqual(['annual', 'partial-year', 'cumulative', 'portion', 'forecast', 'target', 'derived']);
    expect(block.groups[0]!.rows.map((r) => r.place.id)).toEqual(['hangzhou', 'ningbo', 'pidu']);
    // The exchange centre's book and a single loan never sit among places' totals.
    expect(
      block.groups
        .find((g) => g.cls === 'portion')!
        .rows.map((r) => r.marks[0]!.observation.covers?.kind)
        .sort(),
    ).toEqual(['deal', 'institution', 'institution']);
  });

  it('ranks within a block only what is like for like', () => {
    const block = buildBlock(dataset, 'zhejiang-ip-awards', { series: true, growth: true })!;
    const { block: ranked, comparison } = rankBlock(dataset, block);
    expect(ranked.groups[0]!.rows.map((r) => [r.place.id, r.rank])).toEqual([
      ['hangzhou', 1],
      ['ningbo', 2],
    ]);
    expect(comparison.excluded).toEqual([]);
  });
});

describe('rowsByYear', () => {
  it('splits a full-year group by year when its figures end in different years, latest first', () => {
    const block = buildBlock(dataset, 'ip-pledge-amount', { series: false, growth: false })!;
    const annual = block.groups.find((g) => g.cls === 'annual')!;
    const parts = rowsByYear(annual, false);
    expect(parts.map((p) => p.year)).toEqual(
      ['2023', '2022', '2020'].filter((y) => annual.rows.some((r) => r.marks.at(-1)!.observation.period.end.startsWith(y))),
    );
    expect(parts.flatMap((p) => p.rows)).toHaveLength(annual.rows.length);
    expect(parts[0]!.rows.every((r) => r.marks.at(-1)!.observation.period.end.startsWith('2023'))).toBe(true);
  });

  it('leaves a series group whole', () => {
    const block = buildBlock(dataset, 'ip-pledge-amount', { series: true, growth: false })!;
    for (const g of block.groups) expect(rowsByYear(g, true)).toEqual([{ year: null, rows: g.rows }]);
  });
});
