import { createStore, del, entries, get, set } from 'idb-keyval';

/** The little of IndexedDB the app uses; tests pass an in-memory, failing or hanging store. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

/** Saved views and decks live in one IndexedDB store, keyed "view:<id>" and "deck:<id>". */
function indexedDbStore(): KeyValueStore {
  const store = createStore('ip-atlas', 'records');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async () => (await entries(store)).map(([k, v]) => [String(k), v]),
  };
}

let opened: KeyValueStore | null | undefined;

/** The page's one IndexedDB store, opened on first use; null where the browser has none or refuses it. */
export function openStore(): KeyValueStore | null {
  if (opened === undefined) {
    try {
      opened = typeof indexedDB === 'undefined' ? null : indexedDbStore();
    } catch {
      opened = null;
    }
  }
  return opened;
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
