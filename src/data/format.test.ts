import { describe, expect, it } from 'vitest';
import { formatFigure, formatTick, formatValue } from './format';

describe('formatValue', () => {
  it('reads 亿元 amounts as 亿元 in zh and as CNY billions in en', () => {
    expect(formatValue(292, 'yi-yuan', 'zh')).toBe('292亿元');
    expect(formatValue(292, 'yi-yuan', 'en')).toBe('CNY 29.2 bn');
    expect(formatValue(48.52, 'yi-yuan', 'en')).toBe('CNY 4.852 bn');
    expect(formatValue(115.89, 'yi-yuan', 'zh')).toBe('115.89亿元');
  });

  it('reads sums below 1亿 in 万元 and CNY millions, without rounding them', () => {
    expect(formatValue(0.771, 'yi-yuan', 'zh')).toBe('7710万元');
    expect(formatValue(0.771, 'yi-yuan', 'en')).toBe('CNY 77.1 m');
    expect(formatValue(0.517636, 'yi-yuan', 'zh')).toBe('5176.36万元');
  });

  it('keeps every digit of a count unless 万 states it exactly', () => {
    expect(formatValue(100593, 'item', 'zh')).toBe('100,593件');
    expect(formatValue(153000, 'item', 'zh')).toBe('15.3万件');
    expect(formatValue(153000, 'item', 'en')).toBe('153,000');
    expect(formatValue(1790, 'enterprise', 'zh')).toBe('1,790家');
  });

  it('writes ranks, rates and qualifiers the way each language does', () => {
    expect(formatValue(24, 'rank', 'zh')).toBe('第24位');
    expect(formatValue(24, 'rank', 'en')).toBe('No. 24');
    expect(formatValue(2, 'rank', 'en', '<=')).toBe('top 2');
    expect(formatValue(2, 'rank', 'zh', '<=')).toBe('前2位');
    expect(formatValue(40, 'percent', 'zh', '>')).toBe('超40%');
    expect(formatValue(10.7, 'yi-yuan', 'en', '>')).toBe('more than CNY 1.07 bn');
    expect(formatValue(400, 'yi-yuan', 'zh', '~')).toBe('约400亿元');
    expect(formatValue(47.3, 'per-10k-people', 'en')).toBe('47.3 per 10k people');
    expect(formatValue(30, 'day', 'en')).toBe('30 days');
  });
});

describe('formatFigure', () => {
  it('uses the counter word the seed uses for a count', () => {
    expect(formatFigure({ value: 13 }, { unit: 'item', counter: '项' }, 'zh')).toBe('13项');
    expect(formatFigure({ value: 7 }, { unit: 'item', counter: '单' }, 'zh')).toBe('7单');
    expect(formatFigure({ value: 14492 }, { unit: 'item' }, 'zh')).toBe('14,492件');
    expect(formatFigure({ value: 13 }, { unit: 'item', counter: '项' }, 'en')).toBe('13');
  });
});

describe('formatFigure: what a figure means, not just its digits', () => {
  const percent = { unit: 'percent' as const };
  it('shows a stated range with both ends and the unit once', () => {
    expect(formatFigure({ value: 50, upper: 60 }, percent, 'zh')).toBe('50–60%');
    expect(formatFigure({ value: 3, upper: 6 }, { unit: 'month' }, 'en')).toBe('3–6 months');
    expect(formatFigure({ value: 1, upper: 2, counter: '个' }, { unit: 'item' }, 'zh')).toBe('1–2个');
  });

  it('shows a change of rank as a change, never as a rank', () => {
    expect(formatFigure({ value: 23, aggregation: 'rank-change' }, { unit: 'places' }, 'zh')).toBe('上升23位');
    expect(formatFigure({ value: 23, aggregation: 'rank-change' }, { unit: 'places' }, 'en')).toBe('up 23 places');
  });

  it('rounds a value derived from a rounded multiple to what its inputs allow, and says it is approximate', () => {
    const derived = (value: number, range: [number, number]) => ({ value, derived: { formula: '', from: [], range } });
    expect(formatFigure(derived(4933, [4857, 5012]), { unit: 'item' }, 'zh')).toBe('约4,900件');
    expect(formatFigure(derived(164.9, [164.55, 165.25]), { unit: 'yi-yuan' }, 'zh')).toBe('约165亿元');
    expect(formatFigure(derived(14.44, [14.433, 14.443]), { unit: 'per-10k-people' }, 'en')).toBe('about 14.44 per 10k people');
    expect(formatFigure({ ...derived(46414, [46393, 46434]), qualifier: '>=' }, { unit: 'item' }, 'en')).toBe('at least about 46,400');
  });

  it('writes the counter word of the figure, an average annual rate as one, and 以上 as “at least”', () => {
    expect(formatFigure({ value: 3, counter: '次' }, { unit: 'item' }, 'zh')).toBe('3次');
    expect(formatFigure({ value: 26, average: 'annual' }, percent, 'zh')).toBe('年均26%');
    expect(formatFigure({ value: 26, average: 'annual' }, percent, 'en')).toBe('26% a year');
    expect(formatFigure({ value: 50, qualifier: '>=' }, { unit: 'yi-yuan' }, 'zh')).toBe('至少50亿元');
  });
});

describe('formatTick', () => {
  it('keeps axis labels short', () => {
    expect(formatTick(300, 'yi-yuan', 'zh')).toBe('300亿');
    expect(formatTick(300, 'yi-yuan', 'en')).toBe('30 bn');
    expect(formatTick(150000, 'item', 'zh')).toBe('15万');
    expect(formatTick(150000, 'item', 'en')).toBe('150k');
  });
});
