import type { FeatureCollection } from 'geojson';

/**
 * The basemap's files, as scripts/build-basemap.mjs writes them. The manifest is
 * read first and shape-checked, and only the files it names are fetched, so a
 * missing optional layer (water, boundaries) never produces a 404.
 */

export interface BoundaryLayer {
  /** Path relative to the site's base. */
  url: string;
  source: string;
  /** 审图号, e.g. GS(2024)0650号. */
  reviewNumber: string;
  date: string;
}

export interface GeoManifest {
  land: string;
  /** Major lakes and rivers, for context at city zoom; absent in a basemap built without them. */
  water: string | null;
  landSource: string;
  boundaries: BoundaryLayer | null;
}

export interface Geo {
  manifest: GeoManifest;
  land: FeatureCollection;
  water: FeatureCollection | null;
  boundaries: FeatureCollection | null;
}

const MAX_TEXT = 200;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT;

/** A same-origin relative path: no scheme, no leading slash, no way out of the site. */
function isLocalPath(v: unknown): v is string {
  return isText(v) && /^[a-z0-9][a-z0-9/_.-]*\.(geo)?json$/i.test(v) && !v.includes('..');
}

export function parseManifest(raw: unknown): GeoManifest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.version !== 1 || !isLocalPath(m.land) || !isText(m.landSource)) return null;
  if (m.water !== undefined && m.water !== null && !isLocalPath(m.water)) return null;
  let boundaries: BoundaryLayer | null = null;
  if (m.boundaries !== null) {
    const b = m.boundaries as Record<string, unknown> | undefined;
    if (!b || !isLocalPath(b.url) || !isText(b.source) || !isText(b.reviewNumber) || !isText(b.date)) return null;
    boundaries = { url: b.url, source: b.source, reviewNumber: b.reviewNumber, date: b.date };
  }
  return { land: m.land, water: isLocalPath(m.water) ? m.water : null, landSource: m.landSource, boundaries };
}

export function isFeatureCollection(raw: unknown): raw is FeatureCollection {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((raw as { features?: unknown }).features)
  );
}

/** Fetches the manifest, the land and, if installed, the boundary layer. Rejects with a reason when a file is malformed. */
export async function loadGeo(base: string, get: (url: string) => Promise<unknown> = getJson): Promise<Geo> {
  const manifest = parseManifest(await get(`${base}geo/manifest.json`));
  if (!manifest) throw new Error('geo/manifest.json is malformed');
  const land = await get(`${base}${manifest.land}`);
  if (!isFeatureCollection(land)) throw new Error(`${manifest.land} is not a GeoJSON FeatureCollection`);
  let water: FeatureCollection | null = null;
  if (manifest.water) {
    const raw = await get(`${base}${manifest.water}`);
    if (!isFeatureCollection(raw)) throw new Error(`${manifest.water} is not a GeoJSON FeatureCollection`);
    water = raw;
  }
  let boundaries: FeatureCollection | null = null;
  if (manifest.boundaries) {
    const raw = await get(`${base}${manifest.boundaries.url}`);
    if (!isFeatureCollection(raw)) throw new Error(`${manifest.boundaries.url} is not a GeoJSON FeatureCollection`);
    boundaries = raw;
  }
  return { manifest, land, water, boundaries };
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}
