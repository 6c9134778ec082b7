import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { readSeeds } from '../data/seeds.node';
import { describe as describeTarget, gloss, locateQuote, withoutMarkers } from './provenance';

const seeds = readSeeds();

describe('locateQuote', () => {
  it('splits the paragraph around the quote', () => {
    const text = '第一段。\n前文，2023年质押金额292.0亿元，后文。\n第三段。';
    expect(locateQuote(text, '质押金额292.0亿元')).toEqual({
      header: null,
      before: '前文，2023年',
      quote: '质押金额292.0亿元',
      after: '，后文。',
    });
  });

  it('returns null for a quote the text does not hold', () => {
    expect(locateQuote('abc', 'xyz')).toBeNull();
    expect(locateQuote('abc', '')).toBeNull();
  });

  it('brings the header row along with a row of Pidu’s plan table', () => {
    const o = dataset.observations.find((x) => x.id === 's002-pidu-ip-pledge-amount-2025-target')!;
    const ctx = locateQuote(seeds[o.source.file]!, o.source.quote)!;
    expect(ctx.header).toBe('序号 │ 指标名称 │ “十三五”末(2020年) │ “十四五”末(2025年)');
    expect(ctx.quote).toContain('3');
  });

  it('finds every quote in the dataset inside one paragraph of its seed', () => {
    const sources = [
      ...dataset.observations.map((o) => o.source),
      ...dataset.designations.flatMap((d) => d.holders.map((h) => h.source)),
      ...dataset.events.map((e) => e.source),
    ];
    for (const source of sources) {
      const ctx = locateQuote(seeds[source.file]!, source.quote);
      expect(ctx, source.quote).not.toBeNull();
      expect(`${ctx!.before}${ctx!.quote}${ctx!.after}`).toContain(source.quote);
    }
  });

  it('drops word-processor bookmarks from the context but never from the quote', () => {
    expect(withoutMarkers('[bookmark: _GoBack]知识产权')).toBe('知识产权');
  });
});

describe('describe and gloss', () => {
  it('describes a derived figure with the figures it comes from', () => {
    const d = describeTarget(dataset, { kind: 'observation', id: 's004-nb-ip-pledge-amount-2022' })!;
    expect(d.kind).toBe('observation');
    if (d.kind !== 'observation') return;
    expect(d.from.map((o) => o.id).sort()).toEqual(['s004-nb-ip-pledge-amount-2023', 's004-nb-ip-pledge-amount-growth-2023']);
    expect(d.doc.file).toBe('004_3cd9b77ff44413dc.txt');
  });

  it('glosses the figure in English and says what kind of figure it is', () => {
    const d = describeTarget(dataset, { kind: 'observation', id: 's000-chengdu-ip-pledge-amount-2023-q1-q3' })!;
    expect(gloss(d)).toBe('Chengdu, IP pledge financing: CNY 4.852 bn, Q1–Q3 2023 (part of a year; trademark and patent pledges only).');
  });

  it('describes a title held by a district and an event', () => {
    const h = describeTarget(dataset, { kind: 'holding', designation: 'ip-service-cluster-demo', place: 'binjiang' })!;
    expect(h.kind === 'holding' && h.place.name.zh).toBe('滨江区');
    expect(gloss(h)).toMatch(/^Binjiang District holds the title .+ \(first batch\), held by 2023\.$/);
    const typicalCase = describeTarget(dataset, { kind: 'holding', designation: 'ip-pledge-insurance-typical-case', place: 'chengdu' })!;
    expect(gloss(typicalCase)).toMatch(/^A case from Chengdu was selected as a Typical Case/);
    const e = describeTarget(dataset, { kind: 'event', id: dataset.events[0]!.id })!;
    expect(e.kind).toBe('event');
  });

  it('returns null for something the dataset does not hold', () => {
    expect(describeTarget(dataset, { kind: 'observation', id: 'nope' })).toBeNull();
    expect(describeTarget(dataset, { kind: 'document', file: 'nope.txt' })).toBeNull();
  });
});
