import { describe, expect, it } from 'vitest';
import { comparabilityKey } from '../data/comparability';
import { dataset } from '../data/dataset';
import { coversWholePlace } from '../data/figures';
import { formatFigure } from '../data/format';
import type { Lang } from '../data/types';
import { keyComparison, KEY_INDICATORS, sharedTitles, storyModel, type Segment } from './story';

const read = (segments: Segment[], lang: Lang) =>
  segments
    .map((s) => ('text' in s ? s.text : 'figure' in s ? formatFigure(s.figure, s.indicator, lang, s.style) : s.place.name[lang]))
    .join('');
const ids = (list: { observation: { id: string } }[]) => list.map((r) => r.observation.id);

describe('the key comparisons', () => {
  it('rank only like-for-like figures about whole cities, from two or more cities', () => {
    for (const id of KEY_INDICATORS) {
      const c = keyComparison(dataset, id);
      expect(c.ranked.length, id).toBeGreaterThanOrEqual(2);
      expect(new Set(c.ranked.map((r) => comparabilityKey(r.observation))).size, id).toBe(1);
      expect(new Set(c.ranked.map((r) => r.place.id)).size, id).toBe(c.ranked.length);
      expect(c.ranked.every((r) => coversWholePlace(r.observation) && r.place.level === 'city' && !r.observation.derived)).toBe(true);
      const values = c.ranked.map((r) => r.observation.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });

  it('keeps pledge financing to the two full-year 2023 figures, with Ningbo’s second version, and says why the others are apart', () => {
    const c = keyComparison(dataset, 'ip-pledge-amount');
    expect(ids(c.ranked)).toEqual(['s004-nb-ip-pledge-amount-2023', 's004-hz-ip-pledge-amount-2023']);
    expect(c.ranked[0]?.twins.map((t) => [t.value, t.qualifier])).toEqual([[400, '~']]);
    expect(c.apart.map((a) => [a.place.id, a.figures[0]?.observation.aggregation])).toEqual([
      ['chengdu', 'partial-year'],
      ['guangzhou', 'cumulative'],
    ]);
    expect(c.missing.map((p) => p.id)).toEqual(['kunming']);
  });

  it('never lists a city twice, and names every city once across ranked, apart and missing', () => {
    for (const id of KEY_INDICATORS) {
      const c = keyComparison(dataset, id);
      const named = [...c.ranked.map((r) => r.place.id), ...c.apart.map((a) => a.place.id), ...c.missing.map((p) => p.id)];
      expect(named.sort()).toEqual(['chengdu', 'guangzhou', 'hangzhou', 'kunming', 'ningbo']);
    }
  });
});

describe('the story’s sentences', () => {
  it('say what the comparisons show, in both languages', () => {
    const sentences = (lang: Lang) => {
      const story = storyModel(dataset, lang);
      return [story.scope, ...story.comparisons.map((c) => [...c.ranked, ...c.rest]), ...story.titles].map((s) => read(s, lang));
    };
    const en = sentences('en');
    const zh = sentences('zh');
    expect(en[0]).toBe(
      'The five sources appeared between Apr 2022 and Apr 2024, and each counts over its own period and scope. Only 7 measures have like-for-like figures for two or more cities; 3 of them follow.',
    );
    expect(en[1]).toBe(
      'IP pledge financing, 2023: Ningbo CNY 39.4 bn (also given as about CNY 40 bn) and Hangzhou CNY 29.2 bn. Chengdu’s figure, CNY 4.9 bn (Q1–Q3 2023; trademark and patent pledges only), does not compare. Guangzhou’s figure, CNY 5.4 bn (cumulative to end-2021; one institution’s own book), does not compare. The sources for Kunming give no figure.',
    );
    expect(zh[1]).toBe(
      '2023年知识产权质押融资金额：宁波394.11亿元（原文另作约400亿元）和杭州292亿元。成都的数字48.52亿元（2023年前三季度；仅商标、专利质押融资）口径不同，不能直接比较。广州的数字54.41亿元（截至2021年（累计）；一家机构的业务量）口径不同，不能直接比较。昆明的原文未给出此项数字。',
    );
    for (const sentence of en) expect(sentence).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  it('make every number a figure that opens its source: the only other digits are in periods and names of measures', () => {
    for (const lang of ['zh', 'en'] as const) {
      const periods = [
        ...new Set([...dataset.observations.map((o) => o.period.label[lang]), ...dataset.indicators.map((i) => i.name[lang])]),
      ].sort((a, b) => b.length - a.length);
      for (const sentence of storyModel(dataset, lang).comparisons.flatMap((c) => [c.ranked, c.rest]))
        for (const s of sentence)
          if ('text' in s)
            expect(
              periods.reduce((t, p) => t.replaceAll(p, ''), s.text),
              s.text,
            ).not.toMatch(/\d/);
    }
  });

  it('name the national titles two or more cities hold themselves', () => {
    expect(sharedTitles(dataset).map((t) => [t.designation.title.en, t.holders.map((p) => p.id)])).toEqual([
      ['National IP Protection Demonstration Zone', ['chengdu', 'hangzhou', 'ningbo']],
      ['National IP Powerhouse Demonstration City', ['chengdu', 'ningbo']],
    ]);
  });
});
