import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { cityOf, isWithin, placeTree } from './places';
import { placeCounts, titlesHeld } from './select';
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

describe('placeCounts', () => {
  it('counts a place’s own figures, titles and events, and the titles held inside it', () => {
    const source = { file: 'f', quote: 'q' };
    const data = {
      places,
      observations: [{ place: 'a' }, { place: 'a' }, { place: 'b1' }],
      designations: [
        {
          type: 'title',
          holders: [
            { place: 'a1', source },
            { place: 'a', source },
          ],
        },
        { type: 'case', holders: [{ place: 'b', source }] },
      ],
      events: [{ place: 'b' }],
    } as unknown as Dataset;
    const counts = (id: string) => Object.values(placeCounts(data, id));
    expect(['a', 'a1', 'a1x', 'b', 'b1'].map(counts)).toEqual([
      [2, 1, 1, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [1, 0, 0, 0],
    ]);
  });
});

describe('titlesHeld', () => {
  const source = { file: 'f', quote: 'q' };
  const data = {
    places,
    designations: [
      {
        id: 't1',
        type: 'title',
        level: 'national',
        holders: [
          { place: 'a1x', source },
          { place: 'a1', source },
        ],
      },
      { id: 't2', type: 'title', level: 'provincial', holders: [{ place: 'a', source }] },
      { id: 'c1', type: 'case', level: 'national', holders: [{ place: 'a', source }] },
    ],
  } as unknown as Dataset;

  it('counts a title held by a zone and the area containing it once, and nothing that is not a title', () => {
    expect(titlesHeld(data, 'a').map((t) => `${t.designation.id}@${t.holding.place}`)).toEqual(['t1@a1', 't2@a']);
    expect(titlesHeld(data, 'a', 'national')).toHaveLength(1);
    expect(titlesHeld(data, 'b')).toEqual([]);
  });

  it('gives the five cities the national titles their seeds confer', () => {
    const count = (id: string) => titlesHeld(dataset, id, 'national').length;
    expect({
      chengdu: count('chengdu'),
      kunming: count('kunming'),
      guangzhou: count('guangzhou'),
      hangzhou: count('hangzhou'),
      ningbo: count('ningbo'),
    }).toEqual({
      chengdu: 5,
      kunming: 6,
      guangzhou: 1,
      hangzhou: 5,
      ningbo: 4,
    });
  });
});

describe('isWithin', () => {
  it('is true for any depth of nesting and false for the place itself', () => {
    expect(isWithin(places, 'a1x', 'a')).toBe(true);
    expect(isWithin(places, 'a', 'a')).toBe(false);
    expect(isWithin(places, 'b1', 'a')).toBe(false);
  });
});
