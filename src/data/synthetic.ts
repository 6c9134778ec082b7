import type { Aggregation, Dataset, Indicator, Observation, Place } from './types';

/**
 * A synthetic dataset of the given size, shaped like the real one (cities with
 * districts, mixed aggregations, some targets and derived values), for scale tests
 * and the benchmark. Deterministic: the same sizes always give the same data.
 */
export function syntheticDataset(places = 300, indicators = 40, years = 10): Dataset {
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const placeList: Place[] = Array.from({ length: places }, (_, i) => {
    const city = i % 10 === 0;
    return {
      id: `p${i}`,
      name: { zh: `地点${i}`, en: `Place ${i}` },
      level: city ? 'city' : 'district',
      ...(city ? {} : { parent: `p${i - (i % 10)}` }),
      province: { zh: '省', en: 'Province' },
      lon: 100 + (i % 30) * 0.7,
      lat: 22 + Math.floor(i / 30) * 1.2,
    };
  });
  const indicatorList: Indicator[] = Array.from({ length: indicators }, (_, i) => ({
    id: `i${i}`,
    name: { zh: `指标${i}`, en: `Indicator ${i}` },
    category: (['financing', 'patents', 'trademarks', 'awards'] as const)[i % 4] ?? 'financing',
    unit: i % 4 === 0 ? 'yi-yuan' : 'item',
    definition: { zh: '合成指标。', en: 'A synthetic indicator.' },
  }));
  const aggregations: Aggregation[] = ['annual', 'annual', 'annual', 'partial-year', 'stock', 'cumulative', 'target'];
  const observations: Observation[] = [];
  for (const p of placeList)
    for (const ind of indicatorList)
      for (let y = 0; y < years; y++) {
        const year = 2014 + y;
        const aggregation = aggregations[Math.floor(random() * aggregations.length)] ?? 'annual';
        observations.push({
          id: `${p.id}-${ind.id}-${year}`,
          place: p.id,
          indicator: ind.id,
          value: Math.round(random() * 100000) / 100,
          period: {
            label: { zh: `${year}年`, en: `${year}` },
            start: `${year}-01`,
            end: aggregation === 'partial-year' ? `${year}-09` : `${year}-12`,
          },
          aggregation,
          source: { file: 'synthetic.txt', quote: 'synthetic' },
        });
      }
  return { places: placeList, indicators: indicatorList, observations, designations: [], events: [], sources: [], checks: [] };
}
