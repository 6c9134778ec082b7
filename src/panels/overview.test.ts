import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { overviewModel } from './overview';

describe('overviewModel', () => {
  const cards = overviewModel(dataset);
  const card = (id: string) => cards.find((c) => c.summary.place.id === id)!;

  it('has a card per city with its districts and zones, nested ones included', () => {
    expect(cards.map((c) => c.summary.place.id)).toEqual(['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo']);
    expect(card('guangzhou').children.map((c) => c.place.id)).toEqual(['gz-devzone', 'gz-knowledge-city']);
  });

  it('counts national titles held anywhere in the city, districts included', () => {
    const expected = dataset.designations
      .filter((d) => d.level === 'national')
      .flatMap((d) => d.holders)
      .filter((h) => ['kunming', 'guandu', 'xishan', 'chenggong', 'anning'].includes(h.place)).length;
    expect(card('kunming').nationalTitles).toBe(expected);
  });

  it('shows Kunming without a pledge figure rather than zero', () => {
    expect(card('kunming').pledge.observation).toBeUndefined();
    expect(card('ningbo').pledge.observation?.value).toBe(394.11);
  });
});
