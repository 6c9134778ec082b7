import { describe, expect, it } from 'vitest';
import { medianScriptMs } from '../lib/scriptTime';
import { syntheticDataset } from '../data/synthetic';
import { overlayModel } from './overlay';
import { citySymbols, districtSymbols } from './symbols';


describe('the map at scale: 300 places × 40 indicators × 10 years', () => {
  const data = syntheticDataset(300, 40, 10);
  const indicator = data.indicators[0]!;

  it('sizes every symbol and places every label within one 16 ms frame', () => {
    let shown = 0;
    const ms = medianScriptMs(() => {
      const cities = citySymbols(data, indicator.id, null, 40);
      const districts = districtSymbols(data, indicator.id, null);
      const model = overlayModel({
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
      shown = cities.length + districts.length;
      expect(model).toBeTruthy();
    });
    expect(shown).toBe(300);
    expect(ms).toBeLessThan(16);
  });
});
