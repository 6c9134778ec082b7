import { geoMercator, geoPath, type GeoProjection } from 'd3';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../state/view';
import { worldSize, type Size } from './camera';

/** A d3 Mercator projection that shows exactly what MapLibre shows for the same camera (see camera.ts). */
export function svgProjection(camera: Camera, size: Size): GeoProjection {
  return geoMercator()
    .scale(worldSize(camera.zoom) / (2 * Math.PI))
    .center([camera.lon, camera.lat])
    .translate([size.width / 2, size.height / 2])
    .clipExtent([
      [-8, -8],
      [size.width + 8, size.height + 8],
    ]);
}

/** The SVG path of a feature collection for a camera, or '' when nothing shows. */
export function svgPath(features: FeatureCollection, camera: Camera, size: Size): string {
  return geoPath(svgProjection(camera, size))(features) ?? '';
}
