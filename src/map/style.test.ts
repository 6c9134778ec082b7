import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapStyle, themePaint, type MapColors } from './style';

const land: FeatureCollection = { type: 'FeatureCollection', features: [] };
const colors: MapColors = { sea: '#f7f5f0', land: '#ebe7de', coast: '#dedad2', boundary: '#6b7079' };

describe('mapStyle', () => {
  it('asks for no glyphs, sprites or tiles, so nothing leaves the origin', () => {
    const style = mapStyle(land, null, colors);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    expect(Object.values(style.sources).every((s) => s.type === 'geojson' && typeof s.data === 'object')).toBe(true);
  });

  it('draws sea, land and coast only, with no symbol layer (text is drawn in the DOM)', () => {
    const style = mapStyle(land, null, colors);
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'coast']);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('takes its colours from the theme', () => {
    const style = mapStyle(land, null, colors);
    expect(style.layers[0]).toMatchObject({ paint: { 'background-color': '#f7f5f0' } });
    expect(style.layers[1]).toMatchObject({ paint: { 'fill-color': '#ebe7de' } });
  });

  it('adds the boundary layer only when an approved one is installed', () => {
    const style = mapStyle(land, land, colors);
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'coast', 'boundaries']);
    expect(style.sources.boundaries).toMatchObject({ type: 'geojson', data: land });
  });
});

describe('themePaint', () => {
  it('names every layer whose colour follows the theme', () => {
    const ids = mapStyle(land, land, colors).layers.map((l) => l.id);
    expect(themePaint(colors, true).map(([layer]) => layer)).toEqual(ids);
    expect(themePaint(colors, false).map(([layer]) => layer)).toEqual(ids.slice(0, 3));
  });
});
