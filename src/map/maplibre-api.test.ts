import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as maplibre from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

/**
 * The MapLibre GL API that MapLibreView.svelte relies on, checked against the
 * installed package at run time: the module imports in Node, so the exports and
 * prototypes are inspected directly. (Option names and event payloads are
 * checked at compile time by svelte-check against maplibre-gl.d.ts.) An upgrade
 * that renames or drops any of these fails here rather than in a browser.
 */

/**
 * Every method the view calls on a map instance, read from its source, so a new
 * call cannot go unchecked: variables declared as a MapLibreMap, then each
 * `name.method(` and `name?.method(` on them.
 */
function methodsCalled(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/(\w+)\s*(?::\s*MapLibreMap\b|=\s*\$state\.raw<MapLibreMap|=\s*new MapLibreMap\b)/g)) names.add(m[1]!);
  const methods = new Set<string>();
  for (const name of names) for (const m of source.matchAll(new RegExp(`\\b${name}\\??\\.(\\w+)\\(`, 'g'))) methods.add(m[1]!);
  return [...methods].sort();
}

const MAP_METHODS = methodsCalled(readFileSync(new URL('./MapLibreView.svelte', import.meta.url), 'utf8'));

describe('methodsCalled', () => {
  it('finds the calls on every variable that holds a map, and only those', () => {
    const source = 'let map = $state.raw<MapLibreMap | null>(null); const m: MapLibreMap = x; map?.resize(); m.flyTo({}); other.remove();';
    expect(methodsCalled(source)).toEqual(['flyTo', 'resize']);
  });

  it('reads the view’s own calls, resize among them', () => {
    expect(MAP_METHODS).toEqual(expect.arrayContaining(['resize', 'jumpTo', 'flyTo', 'on', 'once', 'getCanvas']));
  });
});

describe('maplibre-gl', () => {
  it('is major version 6', () => {
    expect(maplibre.getVersion()).toMatch(/^6\./);
  });

  it('exports the constructor, the worker setter and the WebGL error', () => {
    expect(typeof maplibre.Map).toBe('function');
    expect(typeof maplibre.setWorkerUrl).toBe('function');
    expect(typeof maplibre.GPUInitializationError).toBe('function');
    expect(new maplibre.GPUInitializationError({}, null)).toBeInstanceOf(Error);
  });

  it.each(MAP_METHODS)('Map.prototype.%s exists', (method) => {
    expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method]).toBe('function');
  });

  it('lets touch and keyboard handlers turn rotation off, since the overlay assumes north up', () => {
    expect(typeof maplibre.TwoFingersTouchZoomRotateHandler.prototype.disableRotation).toBe('function');
    expect(typeof maplibre.KeyboardHandler.prototype.disableRotation).toBe('function');
  });

  it('stores the worker URL it is given', () => {
    const before = maplibre.getWorkerUrl();
    maplibre.setWorkerUrl('/assets/worker.js');
    expect(maplibre.getWorkerUrl()).toBe('/assets/worker.js');
    maplibre.setWorkerUrl(before);
  });

  it('ships the worker module and the stylesheet the view imports', () => {
    const resolve = createRequire(import.meta.url).resolve;
    expect(existsSync(resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'))).toBe(true);
    expect(existsSync(resolve('maplibre-gl/dist/maplibre-gl.css'))).toBe(true);
  });
});
