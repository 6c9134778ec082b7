import { newId } from '../state/savedViewRecord';
import type { StorageStatus } from '../state/savedViews.svelte';
import { indexedDbStore, type KeyValueStore } from '../state/storage';
import type { Catalog } from '../state/view';
import { importDeck, LIMITS, readDeck, type Deck, type DeckResult, type Slide } from './deck';

const PREFIX = 'deck:';

/**
 * The user's decks, kept in IndexedDB beside the saved views and mirrored here.
 * As with saved views: when storage fails the decks still work for this session,
 * the problem is said once, and unreadable records are skipped, never deleted.
 */
export class Decks {
  items = $state<Deck[]>([]);
  status = $state<StorageStatus>('loading');
  problem = $state<'unavailable' | 'skipped' | null>(null);
  skipped = $state(0);

  #store: KeyValueStore | null;
  #catalog: Catalog;
  #now: () => Date;
  #loading: Promise<void> | null = null;

  constructor(store: KeyValueStore | null, catalog: Catalog, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#catalog = catalog;
    this.#now = now;
  }

  /** Loads once; later calls wait for the same load. */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    if (!this.#store) return this.#fail();
    try {
      const rows = await this.#store.entries();
      const items: Deck[] = [];
      let skipped = 0;
      for (const [key, raw] of rows) {
        if (!key.startsWith(PREFIX)) continue;
        const read = readDeck(raw, this.#catalog);
        if (read.ok && PREFIX + read.value.id === key) items.push(read.value);
        else skipped++;
      }
      // Decks made before the load finished (storage is slow to open) are kept.
      this.items = sortByUpdate([...this.items, ...items.filter((d) => !this.items.some((i) => i.id === d.id))]);
      this.skipped = skipped;
      if (skipped > 0) this.problem = 'skipped';
      this.status = 'ready';
      for (const early of this.items.filter((d) => !items.some((i) => i.id === d.id))) await this.#write(early);
    } catch {
      this.#fail();
    }
  }

  find(id: string): Deck | undefined {
    return this.items.find((d) => d.id === id);
  }

  async create(title: string, slides: Slide[] = []): Promise<Deck> {
    const at = this.#now().toISOString();
    const deck: Deck = { v: 1, id: newId(), title: cleanTitle(title), slides: slides.slice(0, LIMITS.slides), created: at, updated: at };
    this.items = sortByUpdate([deck, ...this.items]);
    await this.#write(deck);
    return deck;
  }

  /** Replaces a deck's title and slides; a blank title keeps the old one. */
  async update(id: string, patch: { title?: string; slides?: Slide[] }): Promise<void> {
    const current = this.find(id);
    if (!current) return;
    const title = patch.title === undefined ? current.title : cleanTitle(patch.title) || current.title;
    const slides = (patch.slides ?? current.slides).slice(0, LIMITS.slides).map(cleanSlide);
    const deck: Deck = { ...current, title, slides, updated: this.#now().toISOString() };
    this.items = sortByUpdate(this.items.map((d) => (d.id === id ? deck : d)));
    await this.#write(deck);
  }

  async remove(id: string): Promise<void> {
    this.items = this.items.filter((d) => d.id !== id);
    if (this.status !== 'ready' || !this.#store) return;
    try {
      await this.#store.del(PREFIX + id);
    } catch {
      this.#fail();
    }
  }

  /** Imports an export file's text; on any problem nothing changes and the reason is returned. */
  async import(text: string): Promise<DeckResult<Deck>> {
    const read = importDeck(text, this.#catalog, newId());
    if (!read.ok) return read;
    const deck = { ...read.value, updated: this.#now().toISOString() };
    this.items = sortByUpdate([deck, ...this.items]);
    await this.#write(deck);
    return { ok: true, value: deck };
  }

  async #write(deck: Deck): Promise<void> {
    if (this.status !== 'ready' || !this.#store) return;
    try {
      await this.#store.set(PREFIX + deck.id, $state.snapshot(deck));
    } catch {
      this.#fail();
    }
  }

  #fail(): void {
    this.status = 'unavailable';
    this.problem = 'unavailable';
  }
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.deckTitle);
}

function cleanSlide(slide: Slide): Slide {
  return {
    view: slide.view,
    title: slide.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.slideTitle),
    notes: slide.notes.slice(0, LIMITS.notes),
  };
}

function sortByUpdate(items: Deck[]): Deck[] {
  return [...items].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}

let shared: Decks | null = null;

/**
 * The one deck list for the page, opened on first use: the deck dialog and the
 * presenter both read it, and neither owns the app's start-up.
 */
export function sharedDecks(catalog: Catalog): Decks {
  if (!shared) {
    let store: KeyValueStore | null = null;
    try {
      store = typeof indexedDB === 'undefined' ? null : indexedDbStore();
    } catch {
      store = null;
    }
    shared = new Decks(store, catalog);
    void shared.load();
  }
  return shared;
}
