import type { KeyValueStore } from '../lib/keyValueStore';
import { systemClock } from '../lib/instant';
import { RecordStore, type Stored, type WriteResult } from '../lib/recordStore.svelte';
import { cleanName, newId, readSavedView, type SavedView } from './savedViewRecord';

/**
 * Saved views: named links kept in the browser. A thin layer over the shared
 * record store, which lists them by storage key, validates each one, and keeps
 * them working in memory when storage fails.
 */
export class SavedViews {
  readonly store: RecordStore<SavedView>;
  #now: () => Date;

  constructor(store: KeyValueStore | null, now: () => Date = systemClock, timeout?: number) {
    this.store = new RecordStore(store, { prefix: 'view:', read: readSavedView, order: newestFirst }, timeout);
    this.#now = now;
  }

  get items(): Stored<SavedView>[] {
    return this.store.items;
  }

  load(): Promise<void> {
    return this.store.load();
  }

  async save(name: string, query: string): Promise<WriteResult> {
    const at = this.#now().toISOString();
    const id = newId();
    return this.store.put(this.store.keyFor(id), { v: 1, id, name: cleanName(name) || query, query, created: at, updated: at });
  }

  async rename(key: string, name: string): Promise<WriteResult | null> {
    const clean = cleanName(name);
    const current = this.store.get(key);
    if (!current || !clean) return null;
    return this.store.put(key, { ...current, name: clean, updated: this.#now().toISOString() });
  }

  remove(key: string): Promise<WriteResult> {
    return this.store.remove(key);
  }
}

function newestFirst(a: SavedView, b: SavedView): number {
  return b.updated.localeCompare(a.updated) || a.name.localeCompare(b.name);
}
