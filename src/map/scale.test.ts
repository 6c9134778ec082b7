import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../data/synthetic';
import { project } from './camera';
import { overlayModel } from './overlay';
import { citySymbols, districtSymbols } from './symbols';

// Times belong to `npm run bench` (scale.bench.ts); this checks that the same work gives a whole overlay at scale.
describe('the map at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);
  const indicator = data.indicators[0]!;
  const camera = { lon: 110, lat: 27, zoom: 6 };
  const size = { width: 1000, height: 700 };

  it('sizes a symbol for every place and draws and labels every city in view', () => {
    const cities = citySymbols(data, indicator.id, null, 40);
    const districts = districtSymbols(data, indicator.id, null);
    const model = overlayModel({
      camera,
      size,
      lang: 'zh',
      indicator,
      cities,
      districts,
      chosen: new Set(cities.map((c) => c.place.id)),
      places: data.places,
      fontScale: 1,
    });
    expect(cities.length + districts.length).toBe(300);
    const inView = cities.filter((c) => {
      const [x, y] = project(camera, size, c.place.lon, c.place.lat);
      return x >= 0 && x <= size.width && y >= 0 && y <= size.height;
    });
    expect(inView.length).toBeGreaterThan(5);
    const drawn = new Set(model.cities.map((c) => c.id));
    expect(inView.filter((c) => !drawn.has(c.place.id))).toEqual([]);
    expect(model.cities.every((c) => c.label.lines.length > 0)).toBe(true);
  });
});
