import { openStore, type KeyValueStore } from '../lib/keyValueStore';
import { systemClock } from '../lib/instant';
import { RecordStore, type Stored, type WriteResult } from '../lib/recordStore.svelte';
import { newId } from '../state/savedViewRecord';
import type { Catalog } from '../state/view';
import { importDeck, LIMITS, readDeck, type Deck, type DeckResult, type Slide } from './deck';

const PREFIX = 'deck:';
/** A deck's id is the rest of its storage key, and names it in links (deck=<id>). */
const DECK_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The user's decks: a thin layer over the shared record store, beside the saved
 * views. The store lists them by key, validates each one, and keeps them working
 * in memory when storage fails; a deck's id is always its key's.
 */
export class Decks {
  readonly store: RecordStore<Deck>;
  #catalog: Catalog;
  #now: () => Date;

  constructor(store: KeyValueStore | null, catalog: Catalog, now: () => Date = systemClock, timeout?: number) {
    this.#catalog = catalog;
    this.#now = now;
    this.store = new RecordStore(store, { prefix: PREFIX, read: (raw, key) => this.#read(raw, key), order: newestFirst }, timeout);
  }

  get items(): Stored<Deck>[] {
    return this.store.items;
  }

  load(): Promise<void> {
    return this.store.load();
  }

  find(id: string): Deck | undefined {
    return this.store.get(PREFIX + id);
  }

  /** Makes a deck, at once; `saved` settles when storage has it, or says why not. */
  create(title: string, slides: Slide[] = []): { deck: Deck; saved: Promise<WriteResult> } {
    const at = this.#now().toISOString();
    const deck: Deck = { v: 1, id: newId(), title: cleanTitle(title), slides: slides.slice(0, LIMITS.slides), created: at, updated: at };
    return { deck, saved: this.store.put(PREFIX + deck.id, deck) };
  }

  /** Replaces a deck's title and slides; a blank title keeps the old one. */
  async update(id: string, patch: { title?: string; slides?: Slide[] }): Promise<WriteResult | null> {
    const current = this.find(id);
    if (!current) return null;
    const title = patch.title === undefined ? current.title : cleanTitle(patch.title) || current.title;
    const slides = (patch.slides ?? current.slides).slice(0, LIMITS.slides).map(cleanSlide);
    return this.store.put(PREFIX + id, { ...current, title, slides, updated: this.#now().toISOString() });
  }

  remove(id: string): Promise<WriteResult> {
    return this.store.remove(PREFIX + id);
  }

  /** Imports an export file's text; on a problem with the file nothing changes and the reason is returned. */
  import(text: string): DeckResult<{ deck: Deck; saved: Promise<WriteResult> }> {
    const read = importDeck(text, this.#catalog, newId());
    if (!read.ok) return read;
    const deck = { ...read.value, updated: this.#now().toISOString() };
    return { ok: true, value: { deck, saved: this.store.put(PREFIX + deck.id, deck) } };
  }

  #read(raw: unknown, key: string): { ok: true; record: Deck } | { ok: false; reason: string } {
    const id = key.slice(PREFIX.length);
    if (!DECK_ID.test(id)) return { ok: false, reason: 'bad key' };
    const read = readDeck(raw, this.#catalog);
    return read.ok ? { ok: true, record: { ...read.value, id } } : { ok: false, reason: read.error.en };
  }
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.deckTitle);
}

function cleanSlide(slide: Slide): Slide {
  const takeaway = slide.takeaway?.replace(/\s+/g, ' ').trim().slice(0, LIMITS.takeaway);
  return {
    view: slide.view,
    title: slide.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.slideTitle),
    ...(takeaway ? { takeaway } : {}),
    notes: slide.notes.slice(0, LIMITS.notes),
  };
}

function newestFirst(a: Deck, b: Deck): number {
  return b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title);
}

let shared: Decks | null = null;

/**
 * The one deck list for the page, opened on first use: the deck dialog and the
 * presenter both read it, and neither owns the app's start-up.
 */
export function sharedDecks(catalog: Catalog): Decks {
  if (!shared) {
    shared = new Decks(openStore(), catalog);
    void shared.load();
  }
  return shared;
}
