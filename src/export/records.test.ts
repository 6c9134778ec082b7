import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { readSeeds } from '../data/seeds.node';
import { citySymbols } from '../map/symbols';
import { financingModel } from '../panels/financing';
import { matrixRows, timelineRows } from '../panels/chartRows';
import { figureCount, type Block } from '../panels/rows';
import { CSV_COLUMNS, citation, citedSources, exportRecords } from './records';
import { chartTargets, mapTargets, observationTargets } from './targets';

const seeds = readSeeds();
/** The observation ids a FigureRows block puts on screen: marks, their conflicting twins and growth rates. */
const shownIds = (block: Block) =>
  block.groups.flatMap((g) =>
    g.rows.flatMap((r) => [...r.marks.flatMap((m) => [m.observation.id, ...m.twins.map((t) => t.id)]), ...r.growth.map((o) => o.id)]),
  );

describe('exportRecords', () => {
  it('gives one row per figure the pledge chart shows, with every column filled from the data', () => {
    const block = financingModel(dataset, false).pledge;
    const records = exportRecords(dataset, observationTargets(shownIds(block)), 'zh');
    expect(records).toHaveLength(figureCount(block));
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...CSV_COLUMNS]);
      expect(seeds[r.source_file], r.source_file).toContain(r.quote);
      expect(r.period_start).toMatch(/^\d{4}-\d{2}$/);
      expect(Number.isFinite(Number(r.value))).toBe(true);
    }
  });

  it('names places and measures in the reader’s language and keeps the quote in Chinese', () => {
    const [zh] = exportRecords(dataset, [{ kind: 'observation', id: 's004-hz-ip-pledge-amount-2023' }], 'zh');
    const [en] = exportRecords(dataset, [{ kind: 'observation', id: 's004-hz-ip-pledge-amount-2023' }], 'en');
    expect(zh).toMatchObject({ place_id: 'hangzhou', place: '杭州', unit: '亿元', aggregation: 'annual' });
    expect(en).toMatchObject({ place_id: 'hangzhou', place: 'Hangzhou', unit: 'CNY 100 million', aggregation: 'annual' });
    expect(en!.indicator).toBe(dataset.indicators.find((i) => i.id === 'ip-pledge-amount')!.name.en);
    expect(en!.quote).toBe(zh!.quote);
    expect(en!.quote).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows only the comparable figures when the chart does', () => {
    const all = financingModel(dataset, false).pledge;
    const ranked = financingModel(dataset, true).pledge;
    const rows = exportRecords(dataset, observationTargets(shownIds(ranked)), 'en');
    expect(rows).toHaveLength(figureCount(ranked));
    expect(rows.length).toBeLessThan(figureCount(all));
  });

  it('carries the formula of a derived figure and the group of a conflicting one', () => {
    const derived = dataset.observations.find((o) => o.derived)!;
    const conflicting = dataset.observations.find((o) => o.conflict)!;
    const [d, c] = exportRecords(dataset, observationTargets([derived.id, conflicting.id]), 'zh');
    expect(d!.derived).toBe(derived.derived!.formula);
    expect(c!.conflict).toBe(conflicting.conflict);
  });

  it('lists each figure once, in the order shown, and drops ids it does not know', () => {
    const ids = ['s004-hz-ip-pledge-amount-2023', 'nope', 's004-hz-ip-pledge-amount-2023'];
    expect(exportRecords(dataset, observationTargets(ids), 'zh').map((r) => r.place_id)).toEqual(['hangzhou']);
  });
});

describe('chartTargets', () => {
  it('takes a chart’s rows from the numbers it shows', () => {
    expect(chartTargets(['a', 'b', 'a'], () => [{ kind: 'event', id: 'ignored' }])).toEqual([
      { kind: 'observation', id: 'a' },
      { kind: 'observation', id: 'b' },
    ]);
  });

  it('lists every title held for the designations matrix, and every title and event for the timeline', () => {
    const holdings = dataset.designations.reduce((n, d) => n + d.holders.length, 0);
    const matrix = exportRecords(
      dataset,
      chartTargets([], () => matrixRows(dataset)),
      'zh',
    );
    expect(matrix).toHaveLength(holdings);
    expect(matrix.filter((r) => r.aggregation.startsWith('designation:title:')).length).toBeLessThan(holdings);
    const timeline = exportRecords(
      dataset,
      chartTargets([], () => timelineRows(dataset)),
      'en',
    );
    expect(timeline).toHaveLength(holdings + dataset.events.length);
    for (const r of [...matrix, ...timeline]) expect(seeds[r.source_file]).toContain(r.quote);
    expect(matrix.every((r) => r.aggregation.startsWith('designation:') && r.value === '')).toBe(true);
  });

  it('has no rows for a chart with neither numbers nor rows of its own', () => {
    expect(chartTargets([])).toEqual([]);
  });
});

describe('mapTargets', () => {
  it('gives a row for every city drawn, with an empty value where the sources give none', () => {
    const symbols = citySymbols(dataset, 'ip-pledge-amount', null, 30);
    const rows = exportRecords(
      dataset,
      mapTargets(
        symbols.map((s) => ({ place: s.place, observation: s.headline.observation })),
        'ip-pledge-amount',
      ),
      'en',
    );
    expect(rows).toHaveLength(symbols.length);
    const kunming = rows.find((r) => r.place_id === 'kunming')!;
    expect(kunming).toMatchObject({
      value: '',
      quote: '',
      indicator_id: 'ip-pledge-amount',
      note: 'The sources state no figure for the place as a whole',
    });
    expect(rows.filter((r) => r.value !== '').every((r) => seeds[r.source_file]!.includes(r.quote))).toBe(true);
  });
});

describe('citations', () => {
  it('names each cited document once, in the dataset’s order, without the reporters', () => {
    const records = exportRecords(dataset, observationTargets(shownIds(financingModel(dataset, false).pledge)), 'zh');
    const docs = citedSources(dataset, records);
    expect(docs.map((d) => d.file)).toEqual(dataset.sources.filter((s) => docs.includes(s)).map((s) => s.file));
    expect(citation(dataset.sources[0]!, 'zh')).toBe('消费质量报《成都知识产权高质量发展实现6个“新突破”》（2023-11）');
    expect(citation(dataset.sources[1]!, 'en')).toBe('Kunming Daily: Kunming uses IP to power high-quality development (2022-04-26)');
  });
});
