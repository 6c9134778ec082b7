import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { headlines } from '../data/figures';
import { markLabel, tooltipContent } from './describe';
import { cities } from './symbols';

const indicator = (id: string) => dataset.indicators.find((i) => i.id === id)!;
const headline = (indicatorId: string, place: string) =>
  headlines(dataset, indicatorId, cities(dataset)).find((h) => h.place.id === place)!;

describe('markLabel', () => {
  it('names the place, the indicator, the value and its period', () => {
    const chengdu = headline('ip-pledge-amount', 'chengdu');
    expect(markLabel(chengdu, indicator('ip-pledge-amount'), 'zh', false)).toBe('成都：知识产权质押融资金额 48.52亿元，2023年前三季度');
    expect(markLabel(chengdu, indicator('ip-pledge-amount'), 'en', true)).toMatch(
      /^Chengdu: IP pledge financing CNY 4\.852 bn, .+, selected$/,
    );
  });

  it('says "not stated", never zero, for a city the sources say nothing about', () => {
    const label = markLabel(headline('ip-pledge-amount', 'kunming'), indicator('ip-pledge-amount'), 'zh', false);
    expect(label).toBe('昆明：知识产权质押融资金额 原文未给出');
  });

  it('gives Guangzhou no pledge figure: the exchange centre’s book is not the city’s', () => {
    const guangzhou = headline('ip-pledge-amount', 'guangzhou');
    expect(markLabel(guangzhou, indicator('ip-pledge-amount'), 'en', false)).toBe('Guangzhou: IP pledge financing not stated');
  });
});

describe('tooltipContent', () => {
  it('gives the value, the period and kind of figure, and the source document', () => {
    const tip = tooltipContent(headline('ip-pledge-amount', 'hangzhou'), indicator('ip-pledge-amount'), dataset, 'zh');
    expect(tip.value).toBe('292亿元');
    expect(tip.period).toBe('2023年 · 全年');
    const source = dataset.sources.find((s) => s.places.includes('hangzhou'))!;
    expect(tip.source).toBe(source.title.zh);
  });

  it('says why a city has no figure when the sources give only an institution’s or a deal’s', () => {
    const tip = tooltipContent(headline('ip-pledge-amount', 'guangzhou'), indicator('ip-pledge-amount'), dataset, 'en');
    expect(tip.value).toBe('The sources state no figure for the place as a whole');
    expect(tip.notes.join(' ')).toContain('one institution’s book');
  });

  it('carries what a narrower figure covers, and the caveats of a figure', () => {
    const chengdu = tooltipContent(headline('ip-pledge-amount', 'chengdu'), indicator('ip-pledge-amount'), dataset, 'en');
    expect(chengdu.notes).toContain('trademark and patent pledges only');
    const patents = tooltipContent(headline('valid-invention-patents', 'chengdu'), indicator('valid-invention-patents'), dataset, 'en');
    expect(patents.caveats.map((c) => c.kind)).toEqual(['inconsistent']);
  });

  it('has no period or source when there is no figure', () => {
    const tip = tooltipContent(headline('ip-pledge-amount', 'kunming'), indicator('ip-pledge-amount'), dataset, 'en');
    expect(tip).toMatchObject({ value: 'The sources state no figure for the place as a whole', period: null, source: null, notes: [] });
  });
});
