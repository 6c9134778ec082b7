import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { headlines } from '../data/figures';
import { markLabel, tooltipContent } from './describe';
import { cities } from './symbols';

const indicator = (id: string) => dataset.indicators.find((i) => i.id === id)!;
const headline = (indicatorId: string, place: string) => headlines(dataset, indicatorId, cities(dataset)).find((h) => h.place.id === place)!;

describe('markLabel', () => {
  it('names the place, the indicator, the value and its period', () => {
    const chengdu = headline('ip-pledge-amount', 'chengdu');
    expect(markLabel(chengdu, indicator('ip-pledge-amount'), 'zh', false)).toBe('成都：知识产权质押融资金额 48.52亿元，2023年前三季度');
    expect(markLabel(chengdu, indicator('ip-pledge-amount'), 'en', true)).toMatch(/^Chengdu: IP pledge financing CNY 4\.852 bn, .+, selected$/);
  });

  it('says "no data", never zero, for a city the sources say nothing about', () => {
    const label = markLabel(headline('ip-pledge-amount', 'kunming'), indicator('ip-pledge-amount'), 'zh', false);
    expect(label).toBe('昆明：知识产权质押融资金额 无数据');
  });

  it('says when Guangzhou’s figure is the Development Zone’s', () => {
    const guangzhou = headline('invention-patent-grants', 'guangzhou');
    expect(markLabel(guangzhou, indicator('invention-patent-grants'), 'zh', false)).toContain('数据来自广州开发区');
    expect(markLabel(guangzhou, indicator('invention-patent-grants'), 'en', false)).toContain('Figure for Guangzhou Development Zone');
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

  it('carries the scope note of a figure that covers more than the place', () => {
    const tip = tooltipContent(headline('ip-pledge-amount', 'guangzhou'), indicator('ip-pledge-amount'), dataset, 'en');
    expect(tip.notes.join(' ')).toContain('Guangzhou IP Exchange Centre');
    expect(tip.source).toMatch(/Guangzhou Development Zone/);
  });

  it('has no period or source when there is no figure', () => {
    const tip = tooltipContent(headline('ip-pledge-amount', 'kunming'), indicator('ip-pledge-amount'), dataset, 'en');
    expect(tip).toMatchObject({ value: 'The sources give no figure for this', period: null, source: null });
  });
});
