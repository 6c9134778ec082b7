import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Observation } from '../data/types';
import { partOfYear } from '../data/dates';
import { badgeText, placeLabel } from './labels';

const within = (start: string, end: string, patch: Partial<Observation> = {}): Observation => ({
  id: 'x',
  place: 'x',
  indicator: 'i',
  value: 1,
  period: { label: { zh: '', en: '' }, start, end },
  aggregation: 'partial-year',
  source: { file: 'f', quote: 'q' },
  ...patch,
});

describe('partOfYear', () => {
  it('names quarters, halves and months the way each language does', () => {
    expect(partOfYear(within('2023-01', '2023-09').period, 'zh')).toBe('前三季度');
    expect(partOfYear(within('2023-01', '2023-09').period, 'en')).toBe('Q1–Q3');
    expect(partOfYear(within('2024-01', '2024-03').period, 'zh')).toBe('一季度');
    expect(partOfYear(within('2024-01', '2024-03').period, 'en')).toBe('Q1');
    expect(partOfYear(within('2024-01', '2024-06').period, 'zh')).toBe('上半年');
    expect(partOfYear(within('2023-04', '2023-04').period, 'zh')).toBe('4月');
    expect(partOfYear(within('2023-01', '2023-11').period, 'en')).toBe('Jan–Nov');
    expect(partOfYear(within('2022-06', '2023-05').period, 'en')).toBeNull();
  });
});

describe('badgeText', () => {
  it('badges targets, derived values and totals so they never pass for actual annual figures', () => {
    expect(badgeText(within('2025-01', '2025-12', { aggregation: 'target' }), 'zh')).toBe('目标');
    expect(badgeText(within('2022-01', '2022-12', { aggregation: 'annual', derived: { formula: 'a', from: [] } }), 'zh')).toBe('推算');
    expect(badgeText(within('2021-01', '2023-10', { aggregation: 'cumulative' }), 'en')).toBe('cumulative');
    expect(badgeText(within('2023-01', '2023-12', { aggregation: 'annual' }), 'zh')).toBe('全年');
  });
});

describe('placeLabel', () => {
  it('names the city of a district', () => {
    const pidu = dataset.places.find((p) => p.id === 'pidu')!;
    expect(placeLabel(dataset.places, pidu, 'zh')).toBe('成都 · 郫都区');
    expect(placeLabel(dataset.places, dataset.places[0]!, 'en')).toBe('Chengdu');
  });
});
