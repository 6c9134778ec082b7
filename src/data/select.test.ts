import { describe, expect, it } from 'vitest';
import { cityOf, placeSummaries, placeTree } from './select';
import type { Dataset, Place } from './types';

const place = (id: string, parent?: string): Place => ({
  id,
  name: { zh: id, en: id },
  level: parent ? 'district' : 'city',
  ...(parent ? { parent } : {}),
  province: { zh: '省', en: 'Province' },
  lon: 110,
  lat: 30,
});

const places = [place('a'), place('b'), place('a1', 'a'), place('a1x', 'a1'), place('b1', 'b')];

describe('placeTree', () => {
  it('lists each city followed by its children, depth first', () => {
    expect(placeTree(places).map((p) => p.id)).toEqual(['a', 'a1', 'a1x', 'b', 'b1']);
  });
});

describe('cityOf', () => {
  it('walks up to the city, however deep the place is', () => {
    expect(cityOf(places, 'a1x')?.id).toBe('a');
    expect(cityOf(places, 'b')?.id).toBe('b');
    expect(cityOf(places, 'nowhere')).toBeUndefined();
  });
});

describe('placeSummaries', () => {
  it('counts figures, designation holdings and events per place', () => {
    const source = { file: 'f', quote: 'q' };
    const data = {
      places,
      observations: [{ place: 'a' }, { place: 'a' }, { place: 'b1' }],
      designations: [{ holders: [{ place: 'a1', source }, { place: 'a', source }] }],
      events: [{ place: 'b' }],
    } as unknown as Dataset;
    const byId = Object.fromEntries(placeSummaries(data).map((s) => [s.place.id, [s.figures, s.designations, s.events]]));
    expect(byId).toEqual({ a: [2, 1, 0], a1: [0, 1, 0], a1x: [0, 0, 0], b: [0, 0, 1], b1: [1, 0, 0] });
  });
});
