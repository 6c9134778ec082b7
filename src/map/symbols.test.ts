import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { observationFixture } from '../data/observationFixture';
import type { Dataset, Observation } from '../data/types';
import {
  HOLLOW_RADIUS,
  MIN_RADIUS,
  citySymbols,
  districtSymbols,
  mapIndicators,
  markOf,
  maxRadiusFor,
  mixedFigures,
  radiusScale,
  roundDown,
  sizeKey,
} from './symbols';

const obs = (patch: Partial<Observation>): Observation => observationFixture({ place: 'chengdu', ...patch });

describe('radiusScale', () => {
  it('makes area, not radius, proportional to the value', () => {
    const r = radiusScale(400, 20);
    expect(r(400)).toBeCloseTo(20);
    expect(r(100)).toBeCloseTo(10);
  });

  it('keeps the smallest figure visible', () => {
    expect(radiusScale(1e6, 20)(1)).toBe(MIN_RADIUS);
  });
});

describe('maxRadiusFor', () => {
  it('grows with the container, within limits', () => {
    expect(maxRadiusFor(343)).toBe(13);
    expect(maxRadiusFor(712)).toBe(27);
    expect(maxRadiusFor(2000)).toBe(30);
  });
});

describe('markOf', () => {
  it('dashes part-year and cumulative figures and leaves missing ones hollow', () => {
    expect(markOf(obs({ aggregation: 'annual' }))).toBe('solid');
    expect(markOf(obs({ aggregation: 'stock' }))).toBe('solid');
    expect(markOf(obs({ aggregation: 'partial-year' }))).toBe('dashed');
    expect(markOf(obs({ aggregation: 'cumulative' }))).toBe('dashed');
    expect(markOf(undefined)).toBe('hollow');
  });
});

describe('citySymbols', () => {
  it('gives each of the five cities a symbol, sized by its headline figure', () => {
    const symbols = citySymbols(dataset, 'ip-pledge-amount', null, 30);
    expect(symbols.map((s) => s.place.id)).toEqual(['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo']);
    const byId = Object.fromEntries(symbols.map((s) => [s.place.id, s]));
    expect(byId.ningbo!.radius).toBeCloseTo(30);
    expect(byId.hangzhou!.radius).toBeCloseTo(30 * Math.sqrt(292 / 394.11));
  });

  it('draws a city without a figure hollow, never as zero', () => {
    const kunming = citySymbols(dataset, 'ip-pledge-amount', null, 30).find((s) => s.place.id === 'kunming')!;
    expect(kunming.mark).toBe('hollow');
    expect(kunming.headline.observation).toBeUndefined();
    expect(kunming.radius).toBe(HOLLOW_RADIUS);
  });

  it('marks Chengdu’s part-year figure and Hangzhou’s full-year figure differently', () => {
    const symbols = citySymbols(dataset, 'ip-pledge-amount', null, 30);
    expect(symbols.find((s) => s.place.id === 'chengdu')!.mark).toBe('dashed');
    expect(symbols.find((s) => s.place.id === 'hangzhou')!.mark).toBe('solid');
  });

  it('never gives a city its zone’s figure, nor an institution’s book, as its own', () => {
    const grants = citySymbols(dataset, 'invention-patent-grants', null, 30).find((s) => s.place.id === 'guangzhou')!;
    expect(grants.headline.observation).toBeUndefined();
    const pledge = citySymbols(dataset, 'ip-pledge-amount', null, 30).find((s) => s.place.id === 'guangzhou')!;
    expect(pledge.mark).toBe('hollow');
  });

  it('restricts figures to a year when one is set', () => {
    const symbols = citySymbols(dataset, 'ip-pledge-amount', 2021, 30);
    expect(symbols.find((s) => s.place.id === 'hangzhou')!.mark).toBe('hollow');
    const pidu = districtSymbols(dataset, 'ip-pledge-amount', 2020).find((s) => s.place.id === 'pidu')!;
    expect(pidu.observation?.period.end).toBe('2020-12');
  });

  it('does not size a growth rate as an amount', () => {
    const data: Dataset = {
      ...dataset,
      observations: [obs({ place: 'chengdu', aggregation: 'growth', value: -5 }), obs({ id: 'b', place: 'kunming', value: 10 })],
    };
    const chengdu = citySymbols(data, 'ip-pledge-amount', null, 30).find((s) => s.place.id === 'chengdu')!;
    expect(chengdu.mark).toBe('hollow');
    expect(chengdu.radius).toBe(HOLLOW_RADIUS);
  });
});

describe('districtSymbols', () => {
  it('covers every district and zone with its own figure where the sources give one', () => {
    const districts = districtSymbols(dataset, 'invention-patent-grants', null);
    expect(districts.every((d) => d.place.level !== 'city')).toBe(true);
    expect(districts.find((d) => d.place.id === 'gz-devzone')!.observation?.value).toBe(5464);
    expect(districts.find((d) => d.place.id === 'binjiang')!.observation).toBeUndefined();
    // The zone's only pledge figures are the exchange centre's book and a single loan: neither stands for the zone.
    expect(districtSymbols(dataset, 'ip-pledge-amount', null).find((d) => d.place.id === 'gz-devzone')!.observation).toBeUndefined();
  });
});

describe('mapIndicators', () => {
  const groups = mapIndicators(dataset);
  const ids = groups.flatMap((g) => g.indicators.map((i) => i.indicator.id));

  it('lists only measures two or more cities have a drawable figure for, grouped by category, with the count', () => {
    expect(ids).toContain('ip-pledge-amount');
    expect(ids).toContain('valid-invention-patents');
    expect(groups[0]!.category).toBe('financing');
    for (const g of groups) expect(g.indicators.every((i) => i.indicator.category === g.category && i.cities >= 2)).toBe(true);
    const pledge = groups.flatMap((g) => g.indicators).find((i) => i.indicator.id === 'ip-pledge-amount');
    expect(pledge?.cities).toBe(3);
    expect(ids.length).toBeLessThan(30);
  });

  it('leaves out the measures only one city reports', () => {
    expect(ids).not.toContain('ip-financing-platform-amount');
  });

  it('leaves out ranks, which are not amounts', () => {
    expect(ids).not.toContain('gii-cluster-rank');
    expect(ids).not.toContain('patent-agencies-rank');
  });
});

describe('mixedFigures', () => {
  it('warns when the cities’ figures cover different periods', () => {
    expect(mixedFigures(citySymbols(dataset, 'ip-pledge-amount', null, 30))).toBe(true);
  });

  it('does not warn when one figure is drawn', () => {
    expect(mixedFigures(citySymbols(dataset, 'ip-financing-platform-amount', null, 30))).toBe(false);
  });
});

describe('sizeKey', () => {
  it('shows the largest figure and a round quarter of it, on the same scale as the map', () => {
    const key = sizeKey(citySymbols(dataset, 'ip-pledge-amount', null, 30), 30);
    expect(key.map((k) => k.value)).toEqual([394.11, 50]);
    expect(key[0]!.radius).toBeCloseTo(30);
    expect(key[1]!.radius).toBeCloseTo(30 * Math.sqrt(50 / 394.11));
  });

  it('is empty when no city has a figure', () => {
    expect(sizeKey(citySymbols(dataset, 'ip-pledge-amount', 1999, 30), 30)).toEqual([]);
  });
});

describe('roundDown', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect(roundDown(98.5)).toBe(50);
    expect(roundDown(38250)).toBe(20000);
    expect(roundDown(0.3)).toBe(0.2);
    expect(roundDown(7)).toBe(5);
  });
});
