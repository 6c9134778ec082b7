import { describe, expect, it } from 'vitest';
import { formatChange, formatFigure, formatTick, formatValue, numberStyle, styleUnit } from './format';

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

describe('numberStyle: one unit and scale for the figures shown together', () => {
  const item = { unit: 'item' as const };
  const money = { unit: 'yi-yuan' as const };
  const fig = (value: number) => ({ value });

  it('puts a row of counts in 万 once one reaches ten thousand, in Chinese', () => {
    const style = numberStyle([50100, 100593], 'item', 'zh');
    expect([50100, 100593].map((v) => formatFigure(fig(v), item, 'zh', style))).toEqual(['5.01万件', '10.06万件']);
    expect(styleUnit(style, item, 'zh')).toBe('万件');
    expect(formatFigure(fig(8000), item, 'zh', numberStyle([8000, 9000], 'item', 'zh'))).toBe('8,000件');
  });

  it('keeps every amount of money in 亿元 in Chinese: 0.8亿元 beside 292亿元, not 8000万元', () => {
    const style = numberStyle([0.8, 292], 'yi-yuan', 'zh');
    expect([0.8, 292, 394.11].map((v) => formatFigure(fig(v), money, 'zh', style))).toEqual(['0.8亿元', '292亿元', '394.11亿元']);
    expect(styleUnit(style, money, 'zh')).toBe('亿元');
  });

  it('writes money in CNY bn in English, with one decimal, or two when a figure is under CNY 1 bn, never padded', () => {
    const two = numberStyle([394.11, 292], 'yi-yuan', 'en');
    expect([394.11, 292].map((v) => formatFigure(fig(v), money, 'en', two))).toEqual(['CNY 39.4 bn', 'CNY 29.2 bn']);
    const small = numberStyle([394.11, 292, 48.52, 0.8], 'yi-yuan', 'en');
    expect([394.11, 292, 48.52, 0.8].map((v) => formatFigure(fig(v), money, 'en', small))).toEqual([
      'CNY 39.41 bn',
      'CNY 29.2 bn',
      'CNY 4.85 bn',
      'CNY 0.08 bn',
    ]);
    expect(styleUnit(small, money, 'en')).toBe('CNY bn');
  });

  it('keeps qualifiers and ranges in the style', () => {
    const style = numberStyle([46414, 55000], 'item', 'zh');
    expect(formatFigure({ value: 55000, qualifier: '>=' }, item, 'zh', style)).toBe('至少5.5万件');
    expect(formatFigure({ value: 8000, upper: 12000 }, item, 'zh', numberStyle([8000, 12000], 'item', 'zh'))).toBe('0.8–1.2万件');
  });
});

describe('formatChange', () => {
  it('writes a change of a percentage in percentage points, and any other in per cent', () => {
    expect(formatChange({ kind: 'points', value: 0.28 }, 'zh')).toBe('+0.28个百分点');
    expect(formatChange({ kind: 'points', value: 0.28 }, 'en')).toBe('+0.28 percentage points');
    expect(formatChange({ kind: 'points', value: -1 }, 'en')).toBe('−1 percentage point');
    expect(formatChange({ kind: 'percent', value: 275 }, 'en')).toBe('+275%');
  });
});

describe('numberStyle with a small figure beside large ones', () => {
  it('adds decimals rather than round a small figure away: CNY 0.005 bn, not CNY 0.01 bn', () => {
    const values = [394.11, 292, 0.05];
    const style = numberStyle(values, 'yi-yuan', 'en');
    expect(values.map((value) => formatFigure({ value }, { unit: 'yi-yuan' }, 'en', style))).toEqual([
      'CNY 39.411 bn',
      'CNY 29.2 bn',
      'CNY 0.005 bn',
    ]);
  });
});
