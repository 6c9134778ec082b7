import { existsSync } from 'node:fs';
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

const MAP_METHODS = [
  'on',
  'once',
  'getCenter',
  'getZoom',
  'jumpTo',
  'flyTo',
  'setPaintProperty',
  'isStyleLoaded',
  'getCanvas',
  'remove',
  // The export's snapshot.
  'triggerRepaint',
  'getPixelRatio',
  'setPixelRatio',
] as const;

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
    expect(typeof maplibre.Map.prototype[method]).toBe('function');
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
