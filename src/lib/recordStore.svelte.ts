import type { KeyValueStore } from './keyValueStore';

/**
 * Records of one kind kept in the page's IndexedDB store (saved views, decks),
 * mirrored in memory. The list is keyed by storage key, never by a field inside
 * a record, and every change goes to that key. Each record is validated when
 * read; an invalid one is skipped and reported, never touched. Every storage call
 * has a time limit: a store that hangs or fails leaves the list working in
 * memory, says so, and never reports a write that did not happen as done.
 */

export type StoreStatus = 'loading' | 'ready' | 'unavailable';
/** Why a write did not reach storage. */
export type WriteFailure = 'quota' | 'unavailable' | 'timeout' | 'failed';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

export interface Stored<T> {
  key: string;
  record: T;
}

export interface Skipped {
  key: string;
  reason: string;
}

export interface RecordKind<T> {
  /** The key prefix, e.g. "view:". */
  prefix: string;
  /** Validates a stored value completely; anything it refuses is skipped. */
  read(raw: unknown, key: string): { ok: true; record: T } | { ok: false; reason: string };
  /** The list's order. */
  order(a: T, b: T): number;
}

/** How long a storage call may take before the app stops waiting and works in memory. */
export const STORAGE_TIMEOUT_MS = 2000;

class StorageTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeout('storage did not answer')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function failureOf(error: unknown): WriteFailure {
  if (error instanceof StorageTimeout) return 'timeout';
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message ?? ''))) return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

export class RecordStore<T> {
  /** Replaced wholesale on every change: a deep proxy over thousands of records would cost more than it gives. */
  items = $state.raw<Stored<T>[]>([]);
  status = $state<StoreStatus>('loading');
  skipped = $state.raw<Skipped[]>([]);
  /** The last write that did not reach storage, or null. */
  failure = $state<WriteFailure | null>(null);

  #store: KeyValueStore | null;
  #kind: RecordKind<T>;
  #timeout: number;
  #loading: Promise<void> | null = null;

  constructor(store: KeyValueStore | null, kind: RecordKind<T>, timeout = STORAGE_TIMEOUT_MS) {
    this.#store = store;
    this.#kind = kind;
    this.#timeout = timeout;
  }

  /** Loads once; later calls wait for the same load. Never rejects. */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  get(key: string): T | undefined {
    return this.items.find((i) => i.key === key)?.record;
  }

  keyFor(id: string): string {
    return this.#kind.prefix + id;
  }

  /**
   * Adds or replaces the record at `key`: in memory at once, before anything is
   * awaited, so a caller need not wait; the promise says whether storage has it.
   */
  async put(key: string, record: T): Promise<WriteResult> {
    const plain = $state.snapshot(record) as T;
    this.items = this.#sorted([...this.items.filter((i) => i.key !== key), { key, record: plain }]);
    return this.#write(() => this.#store?.set(key, plain));
  }

  /**
   * Deletes the record at `key`. The list drops it once storage has (or when there
   * is no storage to keep it), so a reload never brings back what the list stopped showing.
   */
  async remove(key: string): Promise<WriteResult> {
    const result = await this.#write(() => this.#store?.del(key));
    if (result.ok || this.status !== 'ready') this.items = this.items.filter((i) => i.key !== key);
    return result;
  }

  async #load(): Promise<void> {
    if (!this.#store) return this.#unavailable();
    const entries = this.#store.entries();
    let rows: [string, unknown][];
    try {
      rows = await withTimeout(entries, this.#timeout);
    } catch (error) {
      this.#unavailable();
      // Storage that is only slow (a busy machine, a large store) may still answer: then the list is read after all.
      if (error instanceof StorageTimeout) entries.then((late) => this.#recover(late)).catch(() => {});
      return;
    }
    this.#apply(rows);
  }

  /** Storage answered after the time limit: read what it holds, and store what was made in memory meanwhile. */
  #recover(rows: [string, unknown][]): void {
    const madeMeanwhile = [...this.items];
    this.#apply(rows);
    this.failure = null;
    for (const { key, record } of madeMeanwhile) void this.#write(() => this.#store?.set(key, record));
  }

  #apply(rows: [string, unknown][]): void {
    const read: Stored<T>[] = [];
    const skipped: Skipped[] = [];
    for (const [key, raw] of rows) {
      if (!key.startsWith(this.#kind.prefix)) continue;
      try {
        const result = this.#kind.read(raw, key);
        if (result.ok) read.push({ key, record: result.record });
        else skipped.push({ key, reason: result.reason });
      } catch {
        skipped.push({ key, reason: 'unreadable' });
      }
    }
    // Records made before the load finished (storage can be slow to open) are kept; their own writes follow the load.
    const early = this.items.filter((i) => !read.some((r) => r.key === i.key));
    this.items = this.#sorted([...read, ...early]);
    this.skipped = skipped;
    this.status = 'ready';
  }

  async #write(call: () => Promise<void> | undefined): Promise<WriteResult> {
    if (this.status === 'loading') await this.load();
    if (this.status !== 'ready') return this.#failed('unavailable');
    try {
      await withTimeout(call() ?? Promise.resolve(), this.#timeout);
      return { ok: true };
    } catch (error) {
      const reason = failureOf(error);
      if (reason === 'unavailable' || reason === 'timeout') this.status = 'unavailable';
      return this.#failed(reason);
    }
  }

  #failed(reason: WriteFailure): WriteResult {
    this.failure = reason;
    return { ok: false, reason };
  }

  #unavailable(): void {
    this.status = 'unavailable';
  }

  #sorted(items: Stored<T>[]): Stored<T>[] {
    return [...items].sort((a, b) => this.#kind.order(a.record, b.record) || a.key.localeCompare(b.key));
  }
}
