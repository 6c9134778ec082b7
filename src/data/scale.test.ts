import { describe, expect, it } from 'vitest';
import { medianScriptMs } from '../lib/scriptTime';
import { comparableGroups, headlines } from './figures';
import { observationsFor } from './lookup';
import { syntheticDataset } from './synthetic';


describe('selections at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);

  it('holds the 120,000 observations the scale test asks for', () => {
    expect(data.observations).toHaveLength(120_000);
    expect(observationsFor(data, 'p7', 'i3')).toHaveLength(10);
  });

  it('picks every place’s headline for an indicator within one 16 ms frame', () => {
    const ms = medianScriptMs(() => headlines(data, 'i5', data.places, null));
    expect(ms).toBeLessThan(16);
  });

  it('groups one indicator’s figures into comparable sets within one frame', () => {
    const ms = medianScriptMs(() => comparableGroups(data.places.flatMap((p) => observationsFor(data, p.id, 'i9'))));
    expect(ms).toBeLessThan(16);
  });
});
