import { bench, describe } from 'vitest';
import { syntheticDataset } from '../data/synthetic';
import { required } from '../lib/required';
import { overlayModel } from './overlay';
import { citySymbols, districtSymbols } from './symbols';

describe('the map at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);
  const indicator = required(data.indicators[0], 'a synthetic indicator');
  bench('symbols, labels and collisions of the whole overlay', () => {
    const cities = citySymbols(data, indicator.id, null, 40);
    const districts = districtSymbols(data, indicator.id, null);
    overlayModel({
      camera: { lon: 110, lat: 27, zoom: 6 },
      size: { width: 1000, height: 700 },
      lang: 'zh',
      indicator,
      cities,
      districts,
      chosen: new Set(cities.map((c) => c.place.id)),
      places: data.places,
      fontScale: 1,
    });
  });
});
