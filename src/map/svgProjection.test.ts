import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { project } from './camera';
import { svgPath, svgProjection } from './svgProjection';

describe('svgProjection', () => {
  it('puts every place where the overlay (and MapLibre) puts it', () => {
    const camera = { lon: 112.4, lat: 27.1, zoom: 4.6 };
    const size = { width: 712, height: 560 };
    const projection = svgProjection(camera, size);
    for (const place of dataset.places) {
      const [x, y] = projection([place.lon, place.lat])!;
      const [ex, ey] = project(camera, size, place.lon, place.lat);
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });
});

describe('svgPath', () => {
  const square = (w: number, s: number, e: number, n: number): FeatureCollection => ({
    type: 'FeatureCollection',
    // Clockwise, as d3-geo and world-atlas expect for an exterior ring.
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [w, n],
              [e, n],
              [e, s],
              [w, s],
            ],
          ],
        },
      },
    ],
  });

  it('draws land inside the view and leaves the rest to the sea', () => {
    const d = svgPath(square(110, 25, 115, 30), { lon: 112.5, lat: 27.5, zoom: 4 }, { width: 400, height: 300 });
    const xs = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(100);
    expect(Math.max(...xs)).toBeLessThan(300);
  });
});
