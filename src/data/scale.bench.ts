import { bench, describe } from 'vitest';
import { headlines } from './figures';
import { comparableGroups } from './comparability';
import { observationsFor } from './lookup';
import { syntheticDataset } from './synthetic';

describe('selections at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);
  bench('headline for every place', () => {
    headlines(data, 'i5', data.places, null);
  });
  bench('comparable groups of one indicator', () => {
    comparableGroups(data.places.flatMap((p) => observationsFor(data, p.id, 'i9')));
  });
});
