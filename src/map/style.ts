import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';

/** MapLibre's style type, taken from its own MapOptions (the style-spec package is only a transitive dependency). */
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

export type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

/** Colours read from the design tokens (app.css) of the current theme. */
export interface MapColors {
  sea: string;
  land: string;
  coast: string;
  boundary: string;
}

export const TOKEN_FOR: Record<keyof MapColors, string> = {
  sea: '--sea',
  land: '--land',
  coast: '--rule',
  boundary: '--ink-3',
};

export interface Basemap {
  land: FeatureCollection;
  water: FeatureCollection | null;
  boundaries: FeatureCollection | null;
}

/**
 * The whole style: sea, land, major lakes and rivers, coastline and, only when
 * an approved layer is installed, boundaries. No `glyphs`, no `sprite` and no
 * tile URLs: the sources are inline GeoJSON the app has already fetched from its
 * own origin, and all text is drawn in the DOM, so MapLibre requests nothing.
 */
export function mapStyle({ land, water, boundaries }: Basemap, colors: MapColors): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land, tolerance: 0.5 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land, 'fill-antialias': true } },
    ],
  };
  if (water) {
    style.sources.water = { type: 'geojson', data: water, tolerance: 0.5 };
    style.layers.push(
      { id: 'lakes', type: 'fill', source: 'water', filter: ['==', ['get', 'kind'], 'lake'], paint: { 'fill-color': colors.sea } },
      {
        id: 'rivers',
        type: 'line',
        source: 'water',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': colors.sea, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 7, 1, 10, 1.8] },
      },
    );
  }
  style.layers.push({
    id: 'coast',
    type: 'line',
    source: 'land',
    paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 9, 1.2] },
  });
  if (boundaries) {
    style.sources.boundaries = { type: 'geojson', data: boundaries };
    style.layers.push({
      id: 'boundaries',
      type: 'line',
      source: 'boundaries',
      paint: { 'line-color': colors.boundary, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    });
  }
  return style;
}

/** The paint properties to set when the theme changes, so the map follows it without reloading its data. */
export function themePaint(
  colors: MapColors,
  withWater: boolean,
  withBoundaries: boolean,
): [layer: string, property: PaintProperty, value: string][] {
  return [
    ['sea', 'background-color', colors.sea],
    ['land', 'fill-color', colors.land],
    ['coast', 'line-color', colors.coast],
    ...(withWater
      ? [
          ['lakes', 'fill-color', colors.sea] as [string, PaintProperty, string],
          ['rivers', 'line-color', colors.sea] as [string, PaintProperty, string],
        ]
      : []),
    ...(withBoundaries ? [['boundaries', 'line-color', colors.boundary] as [string, PaintProperty, string]] : []),
  ];
}
