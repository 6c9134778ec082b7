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

describe('formatTick', () => {
  it('keeps axis labels short', () => {
    expect(formatTick(300, 'yi-yuan', 'zh')).toBe('300亿');
    expect(formatTick(300, 'yi-yuan', 'en')).toBe('30 bn');
    expect(formatTick(150000, 'item', 'zh')).toBe('15万');
    expect(formatTick(150000, 'item', 'en')).toBe('150k');
  });
});
