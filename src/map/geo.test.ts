import { describe, expect, it } from 'vitest';
import { loadGeo, parseManifest } from './geo';

const land = { type: 'FeatureCollection', features: [] };
const manifest = { version: 1, land: 'geo/land.json', landSource: 'Natural Earth', boundaries: null };
const boundaries = {
  url: 'boundaries/boundaries.geojson',
  source: '自然资源部标准地图服务',
  reviewNumber: 'GS(2024)0650号',
  date: '2024-01',
};

describe('parseManifest', () => {
  it('reads a manifest without a boundary layer', () => {
    expect(parseManifest(manifest)).toEqual({ land: 'geo/land.json', water: null, landSource: 'Natural Earth', boundaries: null });
  });

  it('reads a boundary layer with its review number', () => {
    expect(parseManifest({ ...manifest, boundaries })?.boundaries).toEqual(boundaries);
  });

  it('refuses a boundary layer without a review number', () => {
    expect(parseManifest({ ...manifest, boundaries: { ...boundaries, reviewNumber: '' } })).toBeNull();
  });

  it('refuses paths that leave the origin or the site', () => {
    expect(parseManifest({ ...manifest, land: 'https://example.com/land.json' })).toBeNull();
    expect(parseManifest({ ...manifest, land: '/etc/land.json' })).toBeNull();
    expect(parseManifest({ ...manifest, land: 'geo/../../land.json' })).toBeNull();
  });

  it('refuses anything that is not a version-1 manifest', () => {
    expect(parseManifest(null)).toBeNull();
    expect(parseManifest('geo/land.json')).toBeNull();
    expect(parseManifest({ ...manifest, version: 2 })).toBeNull();
  });
});

describe('loadGeo', () => {
  it('fetches only the files the manifest names', async () => {
    const asked: string[] = [];
    const files: Record<string, unknown> = { '/base/geo/manifest.json': manifest, '/base/geo/land.json': land };
    const geo = await loadGeo('/base/', async (url) => (asked.push(url), files[url]));
    expect(asked).toEqual(['/base/geo/manifest.json', '/base/geo/land.json']);
    expect(geo.boundaries).toBeNull();
  });

  it('fetches the lakes and rivers when the manifest names them, and refuses a water path that leaves the site', async () => {
    const files: Record<string, unknown> = {
      '/geo/manifest.json': { ...manifest, water: 'geo/water.json' },
      '/geo/land.json': land,
      '/geo/water.json': land,
    };
    expect((await loadGeo('/', async (url) => files[url])).water).toEqual(land);
    expect(parseManifest({ ...manifest, water: 'https://example.com/water.json' })).toBeNull();
  });

  it('fetches the boundary layer when one is installed', async () => {
    const files: Record<string, unknown> = {
      '/geo/manifest.json': { ...manifest, boundaries },
      '/geo/land.json': land,
      '/boundaries/boundaries.geojson': land,
    };
    const geo = await loadGeo('/', async (url) => files[url]);
    expect(geo.boundaries).toEqual(land);
    expect(geo.manifest.boundaries?.reviewNumber).toBe('GS(2024)0650号');
  });

  it('rejects land that is not GeoJSON', async () => {
    await expect(loadGeo('/', async (url) => (url.endsWith('manifest.json') ? manifest : { type: 'Topology' }))).rejects.toThrow(
      /FeatureCollection/,
    );
  });
});
