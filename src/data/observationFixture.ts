import type { Observation } from './types';

/** A plain stated figure for tests: 2023 full year, value 1; a test states only what it is about. */
export function observationFixture(patch: Partial<Observation> = {}): Observation {
  return {
    id: 'o',
    place: 'hangzhou',
    indicator: 'ip-pledge-amount',
    value: 1,
    period: { label: { zh: '2023年', en: '2023' }, start: '2023-01', end: '2023-12' },
    aggregation: 'annual',
    source: { file: 'f', quote: 'q' },
    ...patch,
  };
}
