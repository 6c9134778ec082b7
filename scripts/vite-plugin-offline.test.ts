import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, precacheManifest, serviceWorkerSource } from './vite-plugin-offline';

const build = [
  { fileName: 'index.html', content: '<!doctype html><script src="/assets/index-a1.js"></script>' },
  { fileName: 'assets/index-a1.js', content: 'console.log(1)' },
  { fileName: 'assets/maplibre-b2.js', content: new Uint8Array([1, 2, 3]) },
  { fileName: 'assets/index-a1.js.map', content: '{}' },
  { fileName: 'geo/land.json', content: '{"type":"Topology"}' },
  { fileName: 'favicon.svg', content: '<svg/>' },
  { fileName: '.DS_Store', content: 'x' },
  { fileName: '.vite/manifest.json', content: '{}' },
];

describe('precacheManifest', () => {
  it('lists every file a page can ask for, sorted, and leaves out source maps, .vite/ and dotfiles', () => {
    expect(precacheManifest(build).urls).toEqual([
      '/assets/index-a1.js',
      '/assets/maplibre-b2.js',
      '/favicon.svg',
      '/geo/land.json',
      '/index.html',
    ]);
  });

  it('prefixes the base path', () => {
    expect(precacheManifest(build, '/atlas/').urls[0]).toBe('/atlas/assets/index-a1.js');
  });

  it('names the cache after the build, whatever order the files come in', () => {
    const a = precacheManifest(build);
    expect(a.cacheName).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
    expect(precacheManifest([...build].reverse()).cacheName).toBe(a.cacheName);
  });

  it('changes the cache name when a file changes but keeps its name (public files)', () => {
    const changed = build.map((f) => (f.fileName === 'geo/land.json' ? { ...f, content: '{"type":"Topology","v":2}' } : f));
    expect(precacheManifest(changed).cacheName).not.toBe(precacheManifest(build).cacheName);
  });

  it('changes the cache name when a file is added or removed', () => {
    const base = precacheManifest(build).cacheName;
    expect(precacheManifest(build.slice(1)).cacheName).not.toBe(base);
    expect(precacheManifest([...build, { fileName: 'geo/boundaries.json', content: '{}' }]).cacheName).not.toBe(base);
  });

  it('ignores a source map change, which no page fetches', () => {
    const changed = build.map((f) => (f.fileName.endsWith('.map') ? { ...f, content: '{"v":2}' } : f));
    expect(precacheManifest(changed).cacheName).toBe(precacheManifest(build).cacheName);
  });
});

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource(precacheManifest(build));

  it('is valid JavaScript that embeds the cache name and the list', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain(precacheManifest(build).cacheName);
    expect(source).toContain('"/geo/land.json"');
  });

  it('precaches past the HTTP cache, matches despite Vary: Origin and serves navigations the cached index.html', () => {
    expect(source).toContain("cache: 'reload'");
    expect(source).toContain('ignoreVary: true');
    expect(source).toContain('const INDEX = "/index.html"');
  });
});
