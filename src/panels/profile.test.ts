import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { CATEGORIES } from '../data/types';
import { profileModel } from './profile';

describe('profileModel', () => {
  it('holds every figure the seeds give for a place, one version per stated conflict', () => {
    const ningbo = profileModel(dataset, 'ningbo')!;
    const own = dataset.observations.filter((o) => o.place === 'ningbo');
    const shown = ningbo.categories.flatMap((c) => c.items).reduce((n, i) => n + 1 + i.twins.length, 0);
    expect(shown).toBe(own.length);
    const order = ningbo.categories.map((c) => CATEGORIES.indexOf(c.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('links a district to its city and a city to its districts', () => {
    expect(profileModel(dataset, 'pidu')!.parent!.id).toBe('chengdu');
    expect(profileModel(dataset, 'chengdu')!.children.map((p) => p.id)).toEqual(['pidu', 'cd-hitech']);
    expect(profileModel(dataset, 'gz-knowledge-city')!.parent!.id).toBe('gz-devzone');
  });

  it('lists a place’s titles and events', () => {
    const hz = profileModel(dataset, 'hangzhou')!;
    expect(hz.holdings.map((h) => h.designation.id)).toContain('ip-protection-demo-zone');
    expect(hz.events.length).toBe(dataset.events.filter((e) => e.place === 'hangzhou').length);
  });

  it('returns null for an unknown place', () => {
    expect(profileModel(dataset, 'atlantis')).toBeNull();
  });
});
