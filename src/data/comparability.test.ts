import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { observationFixture } from './observationFixture';
import type { Observation } from './types';
import { isWithin } from './places';
import {
  comparabilityKey,
  comparableGroups,
  differences,
  figureClass,
  likeForLike,
  monthsSpanned,
  nests,
  splitConflicts,
} from './comparability';

const obs = (id: string, patch: Partial<Observation> = {}): Observation => observationFixture({ id, ...patch });
const pledge = dataset.observations.filter((o) => o.indicator === 'ip-pledge-amount');

describe('comparability', () => {
  it('ranks a full year only with full years of the same span', () => {
    const a = obs('a', {});
    const b = obs('b', { place: 'y' });
    const partial = obs('c', { aggregation: 'partial-year', period: { label: { zh: '', en: '' }, start: '2023-01', end: '2023-09' } });
    expect(comparabilityKey(a)).toBe(comparabilityKey(b));
    expect(differences(a, partial)).toEqual(['aggregation', 'period']);
    expect(comparableGroups([a, b, partial]).map((g) => g.observations.map((o) => o.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('ranks stocks only at the same month: October is not year-end', () => {
    const oct = obs('o', { aggregation: 'stock', period: { label: { zh: '', en: '' }, start: '2023-10', end: '2023-10' } });
    const dec = obs('d', { aggregation: 'stock', period: { label: { zh: '', en: '' }, start: '2023-12', end: '2023-12' } });
    const dec2 = obs('e', { place: 'y', aggregation: 'stock', period: { label: { zh: '', en: '' }, start: '2023-01', end: '2023-12' } });
    expect(differences(oct, dec)).toEqual(['period']);
    expect(differences(dec, dec2)).toEqual([]);
  });

  it('keeps a narrower or an institution’s figure apart from a whole-place figure', () => {
    const narrower = obs('s', { covers: { kind: 'place', text: { zh: '仅商标和专利', en: 'trademarks and patents only' } } });
    const book = obs('b', { covers: { kind: 'institution', text: { zh: '交易中心', en: 'an exchange' } } });
    expect(differences(obs('w', {}), narrower)).toEqual(['coverage']);
    expect(differences(obs('w', {}), book)).toEqual(['coverage']);
  });
});

describe('figureClass', () => {
  it('puts derived values in a class of their own, whatever they count', () => {
    expect(figureClass(obs('a', { derived: { formula: '1 + 1', from: ['x'] } }))).toBe('derived');
    expect(figureClass(obs('b', { aggregation: 'target' }))).toBe('target');
    expect(figureClass(obs('c'))).toBe('annual');
  });
});

describe('monthsSpanned', () => {
  it('counts the months a period spans', () => {
    expect(monthsSpanned(obs('q', { period: { label: { zh: '', en: '' }, start: '2023-01', end: '2023-09' } }))).toBe(9);
    expect(monthsSpanned(obs('y', { period: { label: { zh: '', en: '' }, start: '2016-01', end: '2020-12' } }))).toBe(60);
  });
});

describe('splitConflicts', () => {
  it('keeps Ningbo’s exact 394.11 and carries “近400亿元” as its twin', () => {
    const { kept, twins } = splitConflicts(pledge);
    const exact = kept.find((o) => o.id === 's004-nb-ip-pledge-amount-2023')!;
    expect(exact.value).toBe(394.11);
    expect(kept.some((o) => o.id === 's004-nb-ip-pledge-amount-2023-approx')).toBe(false);
    expect(twins.get(exact.id)?.map((o) => o.value)).toEqual([400]);
  });
});

describe('splitConflicts between two exact values', () => {
  it('keeps the more precise of Hangzhou’s 52.6 and 52.62', () => {
    const hz = dataset.observations.filter((o) => o.conflict === 'hangzhou-high-value-per-10k-2023');
    expect(splitConflicts(hz).kept.map((o) => o.value)).toEqual([52.62]);
  });
});

describe('nesting', () => {
  it('knows the Development Zone lies inside Guangzhou and Knowledge City inside the zone', () => {
    expect(isWithin(dataset.places, 'gz-devzone', 'guangzhou')).toBe(true);
    expect(isWithin(dataset.places, 'gz-knowledge-city', 'guangzhou')).toBe(true);
    expect(isWithin(dataset.places, 'gz-devzone', 'hangzhou')).toBe(false);
    expect(nests(dataset.places, ['guangzhou', 'gz-devzone'])).toBe(true);
    expect(nests(dataset.places, ['hangzhou', 'ningbo'])).toBe(false);
  });
});

describe('likeForLike on pledge financing', () => {
  const result = likeForLike(dataset.places, pledge);

  it('ranks only the 2023 full-year figures: Ningbo first, then Hangzhou', () => {
    expect(result.ranked.map((r) => [r.observation.place, r.observation.value, r.rank])).toEqual([
      ['ningbo', 394.11, 1],
      ['hangzhou', 292, 2],
    ]);
  });

  it('says why every other figure is left out', () => {
    const reasons = Object.fromEntries(result.excluded.map((e) => [e.observation.id, e.reasons]));
    expect(reasons['s000-chengdu-ip-pledge-amount-2023-q1-q3']).toEqual(['aggregation', 'period', 'coverage']);
    expect(reasons['s000-chengdu-ip-pledge-amount-2023-expected']).toContain('forecast');
    expect(reasons['s003-guangzhou-exchange-centre-ip-pledge-amount-2021']).toContain('coverage');
    expect(reasons['s004-nb-ip-pledge-amount-2023-approx']).toEqual(['conflict']);
    expect(reasons['s004-nb-ip-pledge-amount-2022']).toContain('derived');
    expect(reasons['s002-pidu-ip-pledge-amount-2025-target']).toContain('target');
    expect(reasons['s002-pidu-ip-pledge-amount-2020']).toEqual(['period']);
    expect(result.excluded).toHaveLength(pledge.length - 2);
  });

  it('never ranks a zone against the city that contains it', () => {
    const gz = pledge.filter((o) => o.id.includes('exchange-centre'));
    expect(gz).toHaveLength(2);
    const nested = likeForLike(dataset.places, gz);
    expect(nested.ranked).toEqual([]);
  });

  it('says so when no other place gives a like-for-like figure', () => {
    const pct = dataset.observations.filter((o) => o.indicator === 'pct-applications');
    const alone = likeForLike(dataset.places, pct);
    expect(alone.ranked).toEqual([]);
    expect(alone.excluded.map((e) => e.reasons)).toEqual(pct.map(() => ['unmatched']));
  });

  it('gives equal values the same rank', () => {
    const tie = likeForLike(dataset.places, [
      obs('a', { value: 5 }),
      obs('b', { place: 'ningbo', value: 5 }),
      obs('c', { place: 'chengdu', value: 3 }),
    ]);
    expect(tie.ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});
