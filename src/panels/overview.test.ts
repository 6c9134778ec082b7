import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { overviewModel } from './overview';

describe('overviewModel', () => {
  const cards = overviewModel(dataset);
  const card = (id: string) => cards.find((c) => c.place.id === id)!;

  it('has a card per city with its districts and zones, nested ones included', () => {
    expect(cards.map((c) => c.place.id)).toEqual(['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo']);
    expect(card('guangzhou').children.map((c) => c.id)).toEqual(['gz-devzone', 'gz-knowledge-city']);
  });

  it('shows Kunming and Guangzhou without a pledge figure rather than zero or a stand-in', () => {
    expect(card('kunming').pledge.observation).toBeUndefined();
    expect(card('guangzhou').pledge.observation).toBeUndefined();
    expect(card('ningbo').pledge.observation?.value).toBe(394.11);
  });
});
