/**
 * The seed documents, each its own chunk, fetched only when a provenance dialog
 * first needs one (not eager: the app starts without 70 kB of text it may never show).
 */
const loaders = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default' });

const cache = new Map<string, Promise<string>>();

export function loadSeed(file: string): Promise<string> {
  const load = loaders[`/seeds/${file}`];
  if (!load) return Promise.reject(new Error(`no seed named ${file}`));
  let text = cache.get(file);
  if (!text) {
    text = load();
    cache.set(file, text);
    // A failed fetch (offline, a new deploy) is retried the next time instead of being remembered.
    text.catch(() => cache.delete(file));
  }
  return text;
}
