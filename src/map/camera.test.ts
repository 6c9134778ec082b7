import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import {
  scaleBar,
  DISTRICT_ZOOM,
  REGION,
  boundsOf,
  clampCamera,
  cityPadding,
  fitBounds,
  fitCities,
  framePadding,
  minZoomFor,
  placeCamera,
  project,
  sameCamera,
  unproject,
  worldSize,
} from './camera';
import { cities } from './symbols';

const five = cities(dataset);
const SIZES = [
  { width: 712, height: 560 },
  { width: 343, height: 420 },
  { width: 1200, height: 700 },
  { width: 300, height: 240 },
];

describe('project', () => {
  it('puts the camera centre in the middle of the container', () => {
    const camera = { lon: 110, lat: 28, zoom: 5 };
    expect(project(camera, { width: 600, height: 400 }, 110, 28)).toEqual([300, 200]);
  });

  it('moves one world width per 360° of longitude, as MapLibre does with 512-pixel tiles', () => {
    const camera = { lon: 0, lat: 0, zoom: 2 };
    const [x0] = project(camera, { width: 0, height: 0 }, -180, 0);
    const [x1] = project(camera, { width: 0, height: 0 }, 180, 0);
    expect(x1 - x0).toBeCloseTo(worldSize(2));
    expect(worldSize(0)).toBe(512);
  });

  it('round-trips with unproject', () => {
    const camera = { lon: 113.2, lat: 23.1, zoom: 7.3 };
    const size = { width: 500, height: 300 };
    const [x, y] = project(camera, size, 120.155, 30.274);
    const [lon, lat] = unproject(camera, size, x, y);
    expect(lon).toBeCloseTo(120.155, 9);
    expect(lat).toBeCloseTo(30.274, 9);
  });
});

describe('fitCities', () => {
  it.each(SIZES.filter((s) => s.width >= 700))('shows all five cities inside the padding of a $width×$height container', (size) => {
    const camera = fitCities(five, size, 24);
    const pad = cityPadding(size, 24);
    for (const city of five) {
      const [x, y] = project(camera, size, city.lon, city.lat);
      expect(x).toBeGreaterThanOrEqual(pad.left - 0.5);
      expect(x).toBeLessThanOrEqual(size.width - pad.right + 0.5);
      expect(y).toBeGreaterThanOrEqual(pad.top - 0.5);
      expect(y).toBeLessThanOrEqual(size.height - pad.bottom + 0.5);
    }
  });

  it.each(SIZES)('keeps every symbol whole on screen in a $width×$height container', (size) => {
    const camera = fitCities(five, size, 24);
    for (const city of five) {
      const [x, y] = project(camera, size, city.lon, city.lat);
      expect(Math.min(x, y, size.width - x, size.height - y)).toBeGreaterThanOrEqual(24);
    }
  });

  it('frames the five cities, not the whole country', () => {
    const camera = fitCities(five, { width: 712, height: 560 }, 24);
    const [, north] = unproject(camera, { width: 712, height: 560 }, 356, 0);
    expect(north).toBeLessThan(38);
    expect(camera.zoom).toBeGreaterThan(4);
  });

  it('fills the tighter dimension exactly', () => {
    const bounds = boundsOf(five);
    const size = { width: 800, height: 600 };
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    const camera = fitBounds(bounds, size, none);
    const [west] = project(camera, size, bounds.west, bounds.north);
    const [east] = project(camera, size, bounds.east, bounds.north);
    expect(east - west).toBeCloseTo(800, 3);
  });
});

describe('framePadding', () => {
  it('never takes more than a third of the container on a side', () => {
    expect(framePadding({ width: 90, height: 60 }, { top: 100, right: 100, bottom: 5, left: 100 })).toEqual({
      top: 20,
      right: 30,
      bottom: 5,
      left: 30,
    });
  });
});

describe('clampCamera', () => {
  it('zooms in until the container lies inside the region', () => {
    const size = { width: 800, height: 600 };
    const camera = clampCamera({ lon: 111, lat: 29, zoom: 2 }, size);
    expect(camera.zoom).toBeCloseTo(minZoomFor(size));
    const [west, north] = unproject(camera, size, 0, 0);
    const [east, south] = unproject(camera, size, 800, 600);
    expect(west).toBeGreaterThanOrEqual(REGION.west - 1e-6);
    expect(east).toBeLessThanOrEqual(REGION.east + 1e-6);
    expect(north).toBeLessThanOrEqual(REGION.north + 1e-6);
    expect(south).toBeGreaterThanOrEqual(REGION.south - 1e-6);
  });

  it('moves a camera aimed beyond the region back inside it', () => {
    const camera = clampCamera({ lon: 140, lat: 50, zoom: 6 }, { width: 400, height: 300 });
    expect(camera.lon).toBeLessThan(REGION.east);
    expect(camera.lat).toBeLessThan(REGION.north);
    expect(camera.zoom).toBe(6);
  });

  it('leaves a camera well inside the region alone', () => {
    const camera = { lon: 113, lat: 27, zoom: 6 };
    expect(sameCamera(clampCamera(camera, { width: 400, height: 300 }), camera)).toBe(true);
  });
});

describe('placeCamera', () => {
  const size = { width: 712, height: 560 };
  const current = { lon: 112, lat: 27, zoom: 4.5 };

  it('shows a city with all its districts and zones, zoomed in far enough to draw them', () => {
    const camera = placeCamera(dataset.places, 'hangzhou', size, current)!;
    expect(camera.zoom).toBeGreaterThanOrEqual(DISTRICT_ZOOM);
    for (const p of dataset.places.filter((q) => q.id === 'hangzhou' || q.parent === 'hangzhou')) {
      const [x, y] = project(camera, size, p.lon, p.lat);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(size.height);
    }
  });

  it('centres a district at street-block zoom', () => {
    const camera = placeCamera(dataset.places, 'pidu', size, current)!;
    expect(camera.zoom).toBe(10);
    expect(camera.lon).toBeCloseTo(103.887, 3);
  });

  it('returns null for a place it does not know', () => {
    expect(placeCamera(dataset.places, 'atlantis', size, current)).toBeNull();
  });
});

describe('sameCamera', () => {
  it('ignores differences smaller than the URL keeps', () => {
    expect(sameCamera({ lon: 110, lat: 30, zoom: 5 }, { lon: 110.0009, lat: 29.9991, zoom: 5.009 })).toBe(true);
    expect(sameCamera({ lon: 110, lat: 30, zoom: 5 }, { lon: 110.01, lat: 30, zoom: 5 })).toBe(false);
  });
});

describe('scaleBar', () => {
  it('gives a round distance that fits, and its length in pixels', () => {
    // At zoom 8 on the 30th parallel, one 512-px world tile is 40,075 km × cos 30° / 256.
    const bar = scaleBar({ lon: 120, lat: 30, zoom: 8 }, 100);
    expect([1, 2, 5, 10, 20, 50]).toContain(bar.km);
    expect(bar.px).toBeLessThanOrEqual(100);
    const metresPerPx = (40_075_016.686 * Math.cos(Math.PI / 6)) / (512 * 2 ** 8);
    expect(bar.px).toBe(Math.round((bar.km * 1000) / metresPerPx));
    expect(bar.km).toBe(20);
  });

  it('shrinks the distance as the map zooms in', () => {
    expect(scaleBar({ lon: 104, lat: 30.7, zoom: 4 }).km).toBeGreaterThan(scaleBar({ lon: 104, lat: 30.7, zoom: 10 }).km);
  });
});
