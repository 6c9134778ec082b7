import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { headlines, pickHeadline } from './figures';
import { observationFixture } from './observationFixture';
import type { Observation } from './types';

const obs = (id: string, patch: Partial<Observation>): Observation => observationFixture({ id, place: 'x', ...patch });

describe('pickHeadline', () => {
  it('prefers a full year over part of a year and over a cumulative total', () => {
    const partial = obs('p', { aggregation: 'partial-year', period: { label: { zh: '', en: '' }, start: '2024-01', end: '2024-03' } });
    const cumulative = obs('c', { aggregation: 'cumulative' });
    const annual = obs('a', {});
    expect(pickHeadline([partial, cumulative, annual])?.id).toBe('a');
    expect(pickHeadline([partial, cumulative])?.id).toBe('p');
  });

  it('never shows a target, a forecast or a derived value as what happened', () => {
    const candidates = [
      obs('t', { aggregation: 'target' }),
      obs('f', { aggregation: 'forecast' }),
      obs('d', { derived: { formula: '1', from: ['a'] } }),
    ];
    expect(pickHeadline(candidates)).toBeUndefined();
  });

  it('never lets an institution’s book, a single deal or a programme stand for the place', () => {
    const book = obs('b', { covers: { kind: 'institution', text: { zh: '交易中心', en: 'an exchange' } } });
    const deal = obs('d', { covers: { kind: 'deal', text: { zh: '单笔', en: 'one loan' } } });
    expect(pickHeadline([book, deal])).toBeUndefined();
    const narrower = obs('n', { covers: { kind: 'place', text: { zh: '仅商标专利', en: 'trademarks and patents only' } } });
    expect(pickHeadline([book, narrower])?.id).toBe('n');
  });

  it('prefers the exact figure of a conflicting pair over the approximate one', () => {
    expect(pickHeadline([obs('near', { qualifier: '~', value: 400 }), obs('exact', { value: 394.11 })])?.id).toBe('exact');
  });
});

describe('headlines on the bundled data', () => {
  const cities = dataset.places.filter((p) => p.level === 'city');
  const byCity = Object.fromEntries(headlines(dataset, 'ip-pledge-amount', cities).map((h) => [h.place.id, h]));

  it('shows Hangzhou’s and Ningbo’s 2023 pledge financing as full-year figures', () => {
    expect(byCity.hangzhou?.observation).toMatchObject({ value: 292, aggregation: 'annual' });
    expect(byCity.ningbo?.observation).toMatchObject({ value: 394.11, aggregation: 'annual' });
  });

  it('shows Chengdu’s Q1–Q3 2023 figure and says it is part of a year', () => {
    expect(byCity.chengdu?.observation).toMatchObject({ value: 48.52, aggregation: 'partial-year' });
  });

  it('leaves Kunming without a figure instead of drawing it as zero', () => {
    expect(byCity.kunming?.observation).toBeUndefined();
  });

  it('shows no figure for Guangzhou: its only pledge figures are the exchange centre’s and the zone’s', () => {
    expect(byCity.guangzhou?.observation).toBeUndefined();
  });
});
