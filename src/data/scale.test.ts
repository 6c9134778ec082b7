import { describe, expect, it } from 'vitest';
import { headlines } from './figures';
import { comparableGroups } from './comparability';
import { observationsFor } from './lookup';
import { syntheticDataset } from './synthetic';

// Times belong to `npm run bench` (scale.bench.ts); these check that the same work gives the right answer at scale.
describe('selections at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);

  it('holds the 120,000 observations the scale test asks for', () => {
    expect(data.observations).toHaveLength(120_000);
    expect(observationsFor(data, 'p7', 'i3')).toHaveLength(10);
  });

  it('picks a headline for every place on an indicator', () => {
    const picked = headlines(data, 'i5', data.places, null);
    expect(picked).toHaveLength(300);
    expect(picked.every((h) => h.observation === undefined || h.observation.indicator === 'i5')).toBe(true);
  });

  it('groups one indicator’s figures into comparable sets that cover every figure once', () => {
    const figures = data.places.flatMap((p) => observationsFor(data, p.id, 'i9'));
    const groups = comparableGroups(figures);
    expect(groups.reduce((n, g) => n + g.observations.length, 0)).toBe(figures.length);
  });
});
