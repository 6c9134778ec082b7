import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { readSeeds } from './seeds.node';
import type { Dataset } from './types';
import { validateDataset, type Rule } from './validate';

const seeds = readSeeds();
const problems = validateDataset(dataset, seeds);
const messages = (rule: Rule) => problems.filter((p) => p.rule === rule).map((p) => p.message);

/** A deep copy to plant one defect in, proving the rule would catch it. */
const copy = (): Dataset => structuredClone(dataset);
const caught = (data: Dataset, rule: Rule) => validateDataset(data, seeds).some((p) => p.rule === rule);

describe('the bundled dataset', () => {
  it('quotes every figure, designation and event verbatim from its seed', () => {
    expect(messages('quote')).toEqual([]);
  });

  it('states every non-derived value in its quote, allowing for the stored unit', () => {
    expect(messages('value')).toEqual([]);
  });

  it('recomputes every derived value from its formula and names its inputs', () => {
    expect(messages('derived')).toEqual([]);
  });

  it('has unique ids and resolves every reference', () => {
    expect(messages('unique')).toEqual([]);
    expect(messages('reference')).toEqual([]);
  });

  it('places every place inside China and every district near its city', () => {
    expect(messages('coordinates')).toEqual([]);
  });

  it('uses every indicator and gives every designation a holder', () => {
    expect(messages('unused')).toEqual([]);
  });

  it('links each stated conflict to at least two figures for the same thing', () => {
    expect(messages('conflict')).toEqual([]);
  });

  it('has well-formed periods and dates, bilingual text and known enum values', () => {
    expect(messages('period')).toEqual([]);
    expect(messages('text')).toEqual([]);
    expect(messages('enum')).toEqual([]);
  });

  it('keeps the seeds byte for byte as shipped', () => {
    expect(Object.keys(seeds).sort()).toEqual(dataset.sources.map((s) => s.file).sort());
  });
});

describe('the dataset covers what the seeds state', () => {
  const count = (file: string) => dataset.observations.filter((o) => o.source.file === file).length;

  it('holds a few hundred figures across the five seeds, and dozens from each', () => {
    expect(dataset.observations.length).toBeGreaterThanOrEqual(250);
    for (const s of dataset.sources) expect(count(s.file), s.file).toBeGreaterThanOrEqual(20);
  });

  it('holds the whole Pidu 2020 → 2025 indicator table', () => {
    const pidu = dataset.observations.filter((o) => o.place === 'pidu' && o.source.quote.includes('\t'));
    expect(pidu.filter((o) => o.period.end === '2020-12' || o.period.end === '2020').length).toBe(13);
    expect(pidu.filter((o) => o.aggregation === 'target' && o.period.end.startsWith('2025')).length).toBe(13);
  });

  it('keeps both of Hangzhou’s stated figures where the seed contradicts itself', () => {
    const values = (indicator: string) =>
      dataset.observations
        .filter((o) => o.place === 'hangzhou' && o.indicator === indicator && o.conflict)
        .map((o) => o.value)
        .sort((a, b) => a - b);
    expect(values('high-value-patents-per-10k')).toEqual([52.6, 52.62]);
    expect(values('ip-transfers-high-value')).toEqual([1701, 4760]);
  });

  it('gives every place that carries figures its own entry', () => {
    const carrying = new Set([
      ...dataset.observations.map((o) => o.place),
      ...dataset.designations.flatMap((d) => d.holders.map((h) => h.place)),
    ]);
    for (const id of [
      'chengdu',
      'pidu',
      'cd-hitech',
      'kunming',
      'guangzhou',
      'gz-devzone',
      'hangzhou',
      'binjiang',
      'yuhang',
      'ningbo',
      'nb-hitech',
    ])
      expect(carrying.has(id), id).toBe(true);
  });
});

describe('validateDataset', () => {
  it('catches a quote that was edited away from its seed', () => {
    const data = copy();
    data.observations[0]!.source.quote += '（改）';
    expect(caught(data, 'quote')).toBe(true);
  });

  it('catches a value that its quote does not state', () => {
    const data = copy();
    const o = data.observations.find((x) => !x.derived)!;
    o.value = o.value * 10 + 7;
    expect(caught(data, 'value')).toBe(true);
  });

  it('catches a derived value that its formula does not give', () => {
    const data = copy();
    const o = data.observations.find((x) => x.derived)!;
    o.value *= 1.1;
    expect(caught(data, 'derived')).toBe(true);
  });

  it('catches a duplicate id, a dangling reference and a stray coordinate', () => {
    const data = copy();
    data.observations[1]!.id = data.observations[0]!.id;
    data.observations[2]!.place = 'atlantis';
    data.places[0]!.lat = -30;
    expect(caught(data, 'unique')).toBe(true);
    expect(caught(data, 'reference')).toBe(true);
    expect(caught(data, 'coordinates')).toBe(true);
  });

  it('catches an unused indicator and a conflict group of one', () => {
    const data = copy();
    data.indicators.push({ ...data.indicators[0]!, id: 'never-used' });
    const o = data.observations.find((x) => !x.conflict)!;
    o.conflict = 'lonely';
    expect(caught(data, 'unused')).toBe(true);
    expect(caught(data, 'conflict')).toBe(true);
  });

  it('catches a range whose upper end the quote does not state, or that carries a qualifier', () => {
    const data = copy();
    const o = data.observations.find((x) => x.upper !== undefined)!;
    o.upper = o.upper! + 7;
    expect(caught(data, 'value')).toBe(true);
    const again = copy();
    again.observations.find((x) => x.upper !== undefined)!.qualifier = '>=';
    expect(caught(again, 'value')).toBe(true);
  });

  it('catches a derived value from rounded inputs that claims no range, or a range its inputs do not give', () => {
    const data = copy();
    const o = data.observations.find((x) => x.derived?.range)!;
    delete o.derived!.range;
    expect(caught(data, 'derived')).toBe(true);
    const again = copy();
    again.observations.find((x) => x.derived?.range)!.derived!.range = [1, 2];
    expect(caught(again, 'derived')).toBe(true);
  });

  it('catches a figure about an institution that does not say which, and a caveat naming no real check', () => {
    const data = copy();
    data.observations.find((x) => x.covers?.kind === 'institution')!.covers = { kind: 'institution' };
    expect(caught(data, 'text')).toBe(true);
    const again = copy();
    again.observations.find((x) => x.caveats?.some((c) => c.check))!.caveats![0]!.check = 'no-such-check';
    expect(caught(again, 'reference')).toBe(true);
  });

  it('catches a change of rank stored as a rank, and a check that names an unknown figure', () => {
    const data = copy();
    data.observations.find((x) => x.aggregation === 'rank-change')!.aggregation = 'rank';
    expect(caught(data, 'enum')).toBe(true);
    const again = copy();
    again.checks[0] = { id: 'x', kind: 'within', part: 'nowhere', whole: again.observations[0]!.id };
    expect(caught(again, 'check')).toBe(true);
  });

  it('catches English text with Chinese characters or full-width punctuation in it', () => {
    const data = copy();
    data.places[0]!.name.en = 'Chengdu（成都）';
    expect(caught(data, 'text')).toBe(true);
  });
});
