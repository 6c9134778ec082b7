import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapStyle, themePaint, type MapColors } from './style';

const land: FeatureCollection = { type: 'FeatureCollection', features: [] };
const colors: MapColors = { sea: '#f7f5f0', land: '#ebe7de', coast: '#dedad2', boundary: '#6b7079' };

describe('mapStyle', () => {
  it('asks for no glyphs, sprites or tiles, so nothing leaves the origin', () => {
    const style = mapStyle({ land, water: null, boundaries: null }, colors);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    expect(Object.values(style.sources).every((s) => s.type === 'geojson' && typeof s.data === 'object')).toBe(true);
  });

  it('draws sea, land and coast only, with no symbol layer (text is drawn in the DOM)', () => {
    const style = mapStyle({ land, water: null, boundaries: null }, colors);
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'coast']);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('takes its colours from the theme', () => {
    const style = mapStyle({ land, water: null, boundaries: null }, colors);
    expect(style.layers[0]).toMatchObject({ paint: { 'background-color': '#f7f5f0' } });
    expect(style.layers[1]).toMatchObject({ paint: { 'fill-color': '#ebe7de' } });
  });

  it('adds the boundary layer only when an approved one is installed', () => {
    const style = mapStyle({ land, water: null, boundaries: land }, colors);
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'coast', 'boundaries']);
    expect(style.sources.boundaries).toMatchObject({ type: 'geojson', data: land });
  });
});

describe('the water layers', () => {
  it('draw lakes as sea and rivers as lines in the sea colour, under the coast', () => {
    const style = mapStyle({ land, water: land, boundaries: null }, colors);
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'lakes', 'rivers', 'coast']);
    expect(style.layers[2]).toMatchObject({ type: 'fill', filter: ['==', ['get', 'kind'], 'lake'], paint: { 'fill-color': '#f7f5f0' } });
    expect(style.layers[3]).toMatchObject({ type: 'line', filter: ['==', ['get', 'kind'], 'river'], paint: { 'line-color': '#f7f5f0' } });
  });
});

describe('themePaint', () => {
  it('names every layer whose colour follows the theme', () => {
    const layers = (water: boolean, boundaries: boolean) =>
      mapStyle({ land, water: water ? land : null, boundaries: boundaries ? land : null }, colors)
        .layers.map((l) => l.id)
        .sort();
    for (const water of [false, true])
      for (const boundaries of [false, true])
        expect(
          themePaint(colors, water, boundaries)
            .map(([layer]) => layer)
            .sort(),
        ).toEqual(layers(water, boundaries));
  });
});
