import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { byYear, span, timelineItems, timelineLayout } from './timeline';

describe('span', () => {
  it('stands a bare year for the whole year and a month for the whole month, in UTC', () => {
    expect(span('2023')).toEqual({ precision: 'year', start: new Date('2023-01-01T00:00:00Z'), end: new Date('2023-12-31T00:00:00Z') });
    expect(span('2024-02').end).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(span('2023-04-20').precision).toBe('day');
  });
});

describe('timelineItems', () => {
  const { dated, undated } = timelineItems(dataset);
  const holdings = dataset.designations.flatMap((d) => d.holders);

  it('places every event and every dated holding, and keeps the undated ones apart', () => {
    expect(dated.filter((i) => i.kind === 'event')).toHaveLength(dataset.events.length);
    expect(dated.filter((i) => i.kind === 'designation')).toHaveLength(holdings.filter((h) => h.year !== undefined).length);
    expect(undated).toHaveLength(holdings.filter((h) => h.year === undefined).length);
  });

  it('runs in date order and files district items under their city', () => {
    const times = dated.map((i) => i.start.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(dated.find((i) => i.place.id === 'gz-knowledge-city')!.city.id).toBe('guangzhou');
  });
});

describe('byYear', () => {
  it('lists each year’s dated items first and those known only by year last', () => {
    const { dated } = timelineItems(dataset);
    for (const { year, items } of byYear(dated)) {
      expect(items.every((i) => i.date.startsWith(year))).toBe(true);
      const yearOnly = items.map((i) => i.precision === 'year');
      expect(yearOnly).toEqual([...yearOnly].sort((a, b) => Number(a) - Number(b)));
    }
    expect(byYear(dated).reduce((n, y) => n + y.items.length, 0)).toBe(dated.length);
  });
});

describe('timelineLayout', () => {
  const { dated } = timelineItems(dataset);
  const cities = dataset.places.filter((p) => p.level === 'city');
  const layout = timelineLayout(dated, cities, 600, 80);

  it('keeps every mark inside the chart and stacks overlapping ones', () => {
    for (const { x, width } of layout.items) {
      expect(x).toBeGreaterThanOrEqual(80);
      expect(x + width).toBeLessThanOrEqual(600);
    }
    const hz2023 = layout.items.filter((i) => i.item.city.id === 'hangzhou' && i.item.precision === 'year' && i.item.date === '2023');
    expect(new Set(hz2023.map((i) => i.y)).size).toBe(hz2023.length);
  });

  it('gives each city a lane, one below the other', () => {
    expect(layout.lanes.map((l) => l.city.id)).toEqual(cities.map((c) => c.id));
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
  });
});
