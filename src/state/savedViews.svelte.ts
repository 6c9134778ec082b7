import type { KeyValueStore } from './storage';
import { cleanName, newId, readSavedView, type SavedView } from './savedViewRecord';

const PREFIX = 'view:';

export type StorageStatus = 'loading' | 'ready' | 'unavailable';

/**
 * Saved views, kept in IndexedDB and mirrored here. When storage fails (private
 * mode, blocked, full, corrupt) the list still works for this session, the problem
 * is said once, and valid records are never overwritten or deleted because of it.
 */
export class SavedViews {
  items = $state<SavedView[]>([]);
  status = $state<StorageStatus>('loading');
  /** Said once: why storage is not being used, or which records were skipped. */
  problem = $state<'unavailable' | 'skipped' | null>(null);
  skipped = $state(0);

  #store: KeyValueStore | null;
  #now: () => Date;

  constructor(store: KeyValueStore | null, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  async load(): Promise<void> {
    if (!this.#store) return this.#fail();
    try {
      const rows = await this.#store.entries();
      const items: SavedView[] = [];
      let skipped = 0;
      for (const [key, raw] of rows) {
        if (!key.startsWith(PREFIX)) continue;
        const read = readSavedView(raw);
        if (read.ok) items.push(read.record);
        else skipped++;
      }
      this.items = sortByUpdate(items);
      this.skipped = skipped;
      if (skipped > 0) this.problem = 'skipped';
      this.status = 'ready';
    } catch {
      this.#fail();
    }
  }

  async save(name: string, query: string): Promise<SavedView> {
    const at = this.#now().toISOString();
    const record: SavedView = { v: 1, id: newId(), name: cleanName(name) || query, query, created: at, updated: at };
    this.items = sortByUpdate([record, ...this.items]);
    await this.#write(record);
    return record;
  }

  async rename(id: string, name: string): Promise<void> {
    const clean = cleanName(name);
    const current = this.items.find((v) => v.id === id);
    if (!current || !clean) return;
    const record = { ...current, name: clean, updated: this.#now().toISOString() };
    this.items = sortByUpdate(this.items.map((v) => (v.id === id ? record : v)));
    await this.#write(record);
  }

  async remove(id: string): Promise<void> {
    this.items = this.items.filter((v) => v.id !== id);
    if (this.status !== 'ready' || !this.#store) return;
    try {
      await this.#store.del(PREFIX + id);
    } catch {
      this.#fail();
    }
  }

  async #write(record: SavedView): Promise<void> {
    if (this.status !== 'ready' || !this.#store) return;
    try {
      await this.#store.set(PREFIX + record.id, $state.snapshot(record));
    } catch {
      this.#fail();
    }
  }

  #fail(): void {
    this.status = 'unavailable';
    this.problem = 'unavailable';
  }
}

function sortByUpdate(items: SavedView[]): SavedView[] {
  return [...items].sort((a, b) => b.updated.localeCompare(a.updated) || a.name.localeCompare(b.name));
}
