import { createStore, del, entries, get, set } from 'idb-keyval';

/** The little of IndexedDB the app uses; tests pass an in-memory or failing store. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

/** Saved views and decks live in one IndexedDB store, keyed "view:<id>" and "deck:<id>". */
export function indexedDbStore(): KeyValueStore {
  const store = createStore('ip-atlas', 'records');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async () => (await entries(store)).map(([k, v]) => [String(k), v]),
  };
}

export function memoryStore(initial: [string, unknown][] = []): KeyValueStore {
  const map = new Map(initial);
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    entries: async () => [...map].map(([k, v]) => [k, structuredClone(v)]),
  };
}
