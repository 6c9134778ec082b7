import { descendants } from '../data/places';
import type { Place } from '../data/types';
import type { Camera } from '../state/view';

/**
 * Web Mercator camera maths, shared by the MapLibre view and the SVG fallback so
 * both frame the same view and the overlay of symbols lines up with either. It
 * matches MapLibre's own transform for a map with no pitch or bearing: 512-pixel
 * tiles, the camera centre in the middle of the container.
 */

export const TILE_SIZE = 512;

export interface Size {
  width: number;
  height: number;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How far the map may pan: the five cities with enough context around them. The basemap is clipped a degree wider. */
export const REGION: Bounds = { west: 92, south: 14, east: 131, north: 44 };

export const MAX_ZOOM = 11;

/** From this zoom on, every district and zone is drawn; below it only those of a selected city. */
export const DISTRICT_ZOOM = 7.5;

/** Fraction of the world's width, 0 at 180°W. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Fraction of the world's height, 0 at the top. */
export function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function lonOf(x: number): number {
  return x * 360 - 180;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** Screen position of a point, in pixels from the container's top left. */
export function project(camera: Camera, size: Size, lon: number, lat: number): [number, number] {
  const world = worldSize(camera.zoom);
  return [
    (mercatorX(lon) - mercatorX(camera.lon)) * world + size.width / 2,
    (mercatorY(lat) - mercatorY(camera.lat)) * world + size.height / 2,
  ];
}

export function unproject(camera: Camera, size: Size, x: number, y: number): [number, number] {
  const world = worldSize(camera.zoom);
  return [lonOf(mercatorX(camera.lon) + (x - size.width / 2) / world), latOf(mercatorY(camera.lat) + (y - size.height / 2) / world)];
}

export function boundsOf(points: { lon: number; lat: number }[]): Bounds {
  return {
    west: Math.min(...points.map((p) => p.lon)),
    south: Math.min(...points.map((p) => p.lat)),
    east: Math.max(...points.map((p) => p.lon)),
    north: Math.max(...points.map((p) => p.lat)),
  };
}

/**
 * Padding that leaves room for symbols and labels, but never more than a third
 * of the container on any side, so a tiny container still gets a usable view.
 */
export function framePadding(size: Size, wanted: Padding): Padding {
  const cap = (v: number, extent: number) => Math.max(0, Math.min(v, extent / 3));
  return {
    top: cap(wanted.top, size.height),
    bottom: cap(wanted.bottom, size.height),
    left: cap(wanted.left, size.width),
    right: cap(wanted.right, size.width),
  };
}

/** The camera that shows `bounds` inside the padded container, at no more than `maxZoom`. */
export function fitBounds(bounds: Bounds, size: Size, padding: Padding, maxZoom = MAX_ZOOM): Camera {
  const x0 = mercatorX(bounds.west);
  const x1 = mercatorX(bounds.east);
  const y0 = mercatorY(bounds.north);
  const y1 = mercatorY(bounds.south);
  const innerWidth = Math.max(1, size.width - padding.left - padding.right);
  const innerHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(innerWidth / spanX, innerHeight / spanY) / TILE_SIZE));
  const world = worldSize(zoom);
  // Centre the bounds in the padded box, then step back to the container's centre.
  const cx = (x0 + x1) / 2 + (padding.right - padding.left) / 2 / world;
  const cy = (y0 + y1) / 2 + (padding.bottom - padding.top) / 2 / world;
  return { lon: lonOf(cx), lat: latOf(cy), zoom };
}

/** The lowest zoom at which the container still lies inside `region`. */
export function minZoomFor(size: Size, region: Bounds = REGION): number {
  const spanX = mercatorX(region.east) - mercatorX(region.west);
  const spanY = mercatorY(region.south) - mercatorY(region.north);
  return Math.log2(Math.max(size.width / spanX, size.height / spanY) / TILE_SIZE);
}

/** Keeps a camera inside the region: zoomed in far enough, and centred so no edge of the region shows. */
export function clampCamera(camera: Camera, size: Size, region: Bounds = REGION): Camera {
  const zoom = Math.min(MAX_ZOOM, Math.max(camera.zoom, minZoomFor(size, region)));
  const world = worldSize(zoom);
  const halfX = size.width / 2 / world;
  const halfY = size.height / 2 / world;
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
  const x = clamp(mercatorX(camera.lon), mercatorX(region.west) + halfX, mercatorX(region.east) - halfX);
  const y = clamp(mercatorY(camera.lat), mercatorY(region.north) + halfY, mercatorY(region.south) - halfY);
  return { lon: lonOf(x), lat: latOf(y), zoom };
}

/**
 * Room around the five cities: the largest symbol's radius plus a label's width
 * on the sides (labels sit beside symbols), a line of text above and below.
 */
export function cityPadding(size: Size, maxRadius: number): Padding {
  const label = size.width < 560 ? 32 : 96;
  return framePadding(size, { top: maxRadius + 28, bottom: maxRadius + 36, left: maxRadius + label, right: maxRadius + label });
}

/** The default view: the five cities framed in the container. */
export function fitCities(cities: Place[], size: Size, maxRadius: number): Camera {
  return clampCamera(fitBounds(boundsOf(cities), size, cityPadding(size, maxRadius)), size);
}

/** The view a place flies to when chosen: a city with all its districts and zones, or a district at street-block zoom. */
export function placeCamera(places: Place[], id: string, size: Size, current: Camera): Camera | null {
  const place = places.find((p) => p.id === id);
  if (!place) return null;
  if (place.level !== 'city') {
    return clampCamera({ lon: place.lon, lat: place.lat, zoom: Math.max(current.zoom, 10) }, size);
  }
  const family = [place, ...descendants(places, place.id)];
  const side = size.width < 560 ? 40 : 96;
  const padding = framePadding(size, { top: 48, bottom: 48, left: side, right: side });
  const fitted = fitBounds(boundsOf(family), size, padding, 10);
  return clampCamera({ ...fitted, zoom: Math.max(fitted.zoom, DISTRICT_ZOOM + 0.5) }, size);
}

/** Whether two cameras show the same view, within what the URL keeps (codec.ts rounds to 1e-3° and 1e-2 zoom). */
export function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.lon - b.lon) < 2e-3 && Math.abs(a.lat - b.lat) < 2e-3 && Math.abs(a.zoom - b.zoom) < 2e-2;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * A scale bar for the camera: the longest round distance (1, 2 or 5 × 10ⁿ km)
 * whose bar fits in `maxPx`, measured at the centre's latitude (Web Mercator
 * stretches distances away from the equator, so the bar holds near the centre).
 */
export function scaleBar(camera: Camera, maxPx = 100): { km: number; px: number } {
  const metresPerPx = (EARTH_CIRCUMFERENCE_M * Math.cos((camera.lat * Math.PI) / 180)) / worldSize(camera.zoom);
  const maxKm = (maxPx * metresPerPx) / 1000;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * magnitude).find((d) => d <= maxKm) ?? magnitude;
  return { km, px: Math.round((km * 1000) / metresPerPx) };
}
