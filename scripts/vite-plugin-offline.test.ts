import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BUILD_META } from '../src/offline/protocol';
import { buildId, CACHE_PREFIX, precacheManifest, serviceWorkerSource, stampHtml } from './vite-plugin-offline';

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
    expect(precacheManifest(build).files.map((f) => f.url)).toEqual([
      '/assets/index-a1.js',
      '/assets/maplibre-b2.js',
      '/favicon.svg',
      '/geo/land.json',
      '/index.html',
    ]);
  });

  it('prefixes the base path', () => {
    expect(precacheManifest(build, '/atlas/').files[0]?.url).toBe('/atlas/assets/index-a1.js');
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

describe('the build id', () => {
  it('is what the cache is named after', () => {
    expect(precacheManifest(build).cacheName).toBe(CACHE_PREFIX + buildId(build));
  });

  it('goes into index.html as a meta tag, inside the head', () => {
    const html = stampHtml('<!doctype html><html><head><title>x</title></head><body></body></html>', 'abc123');
    expect(html).toContain(`<meta name="${BUILD_META}" content="abc123">\n  </head>`);
  });

  it('gives each file the SHA-256 of its content, so the worker can refuse a file from another build', () => {
    const js = precacheManifest(build).files.find((f) => f.url === '/assets/index-a1.js');
    expect(js?.sha256).toBe(createHash('sha256').update('console.log(1)').digest('hex'));
  });
});

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource(precacheManifest(build));

  it('is valid JavaScript that embeds the cache name and the list', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain(precacheManifest(build).cacheName);
    expect(source).toContain('"url":"/geo/land.json"');
  });

  it('checks every file against its digest before storing any, and takes over only when asked', () => {
    expect(source).toContain("crypto.subtle.digest('SHA-256'");
    expect(source).toContain('if (digest !== sha256) throw');
    expect(source).toContain('self.skipWaiting()');
    expect(source).not.toMatch(/addEventListener\('install'[^]*skipWaiting[^]*addEventListener\('message'/);
  });

  it('precaches past the HTTP cache, matches despite Vary: Origin and serves navigations the cached index.html', () => {
    expect(source).toContain("cache: 'reload'");
    expect(source).toContain('ignoreVary: true');
    expect(source).toContain('const INDEX = "/index.html"');
  });
});

/** Runs the generated worker against fake caches and a fake server that sends `served[url]`. */
function worker(source: string, served: Map<string, string | Uint8Array>) {
  const listeners = new Map<string, (event: unknown) => void>();
  const stores = new Map<string, Map<string, Response>>();
  let skipped = 0;
  const self = {
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    location: { origin: 'http://atlas.test' },
    skipWaiting: () => void skipped++,
  };
  const caches = {
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return { put: async (url: string, response: Response) => void store.set(url, response) };
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  class FakeRequest {
    constructor(readonly url: string) {}
  }
  const fetch = async (request: FakeRequest) => {
    const body = served.get(request.url);
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(typeof body === 'string' ? body : new Blob([new Uint8Array(body)]));
  };
  new Function('self', 'caches', 'fetch', 'crypto', 'Request', source)(self, caches, fetch, globalThis.crypto, FakeRequest);
  return {
    install: () =>
      new Promise<void>((resolve, reject) => listeners.get('install')?.({ waitUntil: (p: Promise<void>) => p.then(resolve, reject) })),
    message: (data: unknown) => listeners.get('message')?.({ data }),
    stores,
    skipped: () => skipped,
  };
}

describe('the generated worker', () => {
  const manifest = precacheManifest(build);
  const source = serviceWorkerSource(manifest);
  const complete = () =>
    new Map(build.filter((f) => manifest.files.some((e) => e.url === `/${f.fileName}`)).map((f) => [`/${f.fileName}`, f.content]));

  it('installs a complete build into the cache named after it', async () => {
    const sw = worker(source, complete());
    await sw.install();
    expect([...(sw.stores.get(manifest.cacheName)?.keys() ?? [])].sort()).toEqual(manifest.files.map((f) => f.url));
  });

  it('refuses a half-finished deploy: another build’s index.html beside this build’s files', async () => {
    const served = complete();
    served.set('/index.html', '<!doctype html><script src="/assets/index-OLD.js"></script>');
    const sw = worker(source, served);
    await expect(sw.install()).rejects.toThrow('/index.html is not the file of build');
    expect(sw.stores.get(manifest.cacheName)?.size ?? 0).toBe(0);
  });

  it('refuses a set with a missing file', async () => {
    const served = complete();
    served.delete('/geo/land.json');
    await expect(worker(source, served).install()).rejects.toThrow('/geo/land.json: HTTP 404');
  });

  it('takes over only when a page asks it to', () => {
    const sw = worker(source, complete());
    sw.message({ type: 'something-else' });
    expect(sw.skipped()).toBe(0);
    sw.message({ type: 'ip-atlas:activate' });
    expect(sw.skipped()).toBe(1);
  });
});
