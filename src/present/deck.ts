import type { Text } from '../data/types';
import { inBothLanguages } from '../i18n/messages';
import { isInstant } from '../lib/instant';
import { presentText } from './messages';
import { parseView, serializeView, type Reason } from '../state/codec';
import { DEFAULT_VIEW, type Catalog, type View } from '../state/view';

/**
 * Briefing decks (ARCHITECTURE.md §7): an ordered list of slides, each a view (a query
 * string from serializeView), a title, an optional one-line takeaway and speaker notes. Stored records and export
 * files have one shape and pass through one validator, so a hostile file and a
 * corrupt record are refused for the same reasons.
 */

export interface Slide {
  view: string;
  title: string;
  /** One line under the title saying what the slide shows; absent when the author gave none. */
  takeaway?: string;
  notes: string;
}

export interface Deck {
  v: 1;
  id: string;
  title: string;
  slides: Slide[];
  created: string;
  updated: string;
}

/** A deck ready to present: the built-in one resolved to a language, or a user's. */
export interface PresentedDeck {
  id: string;
  title: string;
  slides: Slide[];
}

export const DECK_VERSION = 1;
/** Marks an export file, so a random JSON file is told apart from a damaged deck. */
export const FILE_KIND = 'ip-atlas-deck';
export const BUILTIN_ID = 'builtin';
export const LIMITS = {
  fileBytes: 1_000_000,
  slides: 200,
  deckTitle: 120,
  slideTitle: 200,
  takeaway: 240,
  notes: 4000,
} as const;

const ID = /^[a-z0-9]{6,32}$/;

export type DeckResult<T> = { ok: true; value: T } | { ok: false; error: Reason };

const fail = (error: Reason): { ok: false; error: Reason } => ({ ok: false, error });

/**
 * The canonical form of a slide's view: an explore-mode view without language or
 * theme, which the presentation supplies. Unknown keys are dropped.
 */
export function slideQuery(view: View): string {
  return serializeView({
    ...view,
    mode: 'explore',
    slide: DEFAULT_VIEW.slide,
    deck: DEFAULT_VIEW.deck,
    lang: DEFAULT_VIEW.lang,
    theme: DEFAULT_VIEW.theme,
  });
}

/** Parses a slide's view; any notice means the view names something this app does not have. */
export function readSlideView(query: string, catalog: Catalog): DeckResult<View> {
  if (!query.startsWith('v=')) return fail(presentText.text('notAppView'));
  const parsed = parseView(query, catalog);
  const notice = parsed.notices[0];
  if (notice) return { ok: false, error: notice.reason };
  return { ok: true, value: parsed.view };
}

function readText(raw: unknown, max: number, allowEmpty: boolean): string | null {
  if (typeof raw !== 'string' || raw.length > max) return null;
  const clean = raw.trim();
  return clean === '' && !allowEmpty ? null : clean;
}

function readSlides(raw: unknown, catalog: Catalog): DeckResult<Slide[]> {
  if (!Array.isArray(raw)) return fail(presentText.text('noSlideList'));
  if (raw.length > LIMITS.slides) return fail(presentText.text('tooManySlides', { n: raw.length, max: LIMITS.slides }));
  const slides: Slide[] = [];
  for (const [i, item] of raw.entries()) {
    const n = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail(presentText.text('notASlide', { n }));
    const s = item as Record<string, unknown>;
    const title = readText(s.title, LIMITS.slideTitle, true);
    if (title === null) return fail(presentText.text('badSlideTitle', { n, max: LIMITS.slideTitle }));
    const takeaway = readText(s.takeaway ?? '', LIMITS.takeaway, true);
    if (takeaway === null) return fail(presentText.text('badSlideTakeaway', { n, max: LIMITS.takeaway }));
    const notes = readText(s.notes ?? '', LIMITS.notes, true);
    if (notes === null) return fail(presentText.text('badSlideNotes', { n, max: LIMITS.notes }));
    if (typeof s.view !== 'string') return fail(presentText.text('slideWithoutView', { n }));
    const view = readSlideView(s.view, catalog);
    if (!view.ok) return fail(inBothLanguages((lang) => presentText(lang, 'badSlideView', { n, reason: view.error[lang] })));
    slides.push({ view: slideQuery(view.value), title, ...(takeaway ? { takeaway } : {}), notes });
  }
  return { ok: true, value: slides };
}

/** Checks a deck read from storage or a file. Never throws; copies only known fields. */
export function readDeck(raw: unknown, catalog: Catalog): DeckResult<Deck> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(presentText.text('notADeck'));
  const r = raw as Record<string, unknown>;
  if (typeof r.v === 'number' && r.v > DECK_VERSION) return fail(presentText.text('newerDeck', { v: r.v }));
  if (r.v !== DECK_VERSION) return fail(presentText.text('unknownDeckVersion'));
  if (typeof r.id !== 'string' || !ID.test(r.id)) return fail(presentText.text('badDeckId'));
  const title = readText(r.title, LIMITS.deckTitle, false);
  if (title === null) return fail(presentText.text('badDeckTitle', { max: LIMITS.deckTitle }));
  if (!isInstant(r.created) || !isInstant(r.updated)) return fail(presentText.text('badDeckDates'));
  const slides = readSlides(r.slides, catalog);
  if (!slides.ok) return slides;
  return { ok: true, value: { v: 1, id: r.id, title, slides: slides.value, created: r.created, updated: r.updated } };
}

/** The text of an export file. */
export function exportDeck(deck: Deck): string {
  const { v, id, title, slides, created, updated } = deck;
  return `${JSON.stringify({ kind: FILE_KIND, v, id, title, slides, created, updated }, null, 2)}\n`;
}

export function exportFileName(deck: Deck): string {
  const stem =
    Array.from(deck.title, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'deck';
  return `${stem}.ip-atlas-deck.json`;
}

/**
 * Reads an import file: size, JSON, kind, then the deck itself. The deck gets a
 * fresh id so that an import never overwrites a deck already here.
 */
export function importDeck(text: string, catalog: Catalog, id: string): DeckResult<Deck> {
  if (text.length > LIMITS.fileBytes) return fail(presentText.text('fileTooLarge'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(presentText.text('notJson'));
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>).kind !== FILE_KIND)
    return fail(presentText.text('notDeckFile'));
  return readDeck({ ...(raw as Record<string, unknown>), id }, catalog);
}

/**
 * A deck file's text. Editors on Windows still save UTF-16 with a byte-order
 * mark; everything else is read as UTF-8 (a UTF-8 BOM dropped). Bytes that are
 * not valid text become U+FFFD, which the JSON parser then refuses.
 */
export function decodeDeckFile(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

export function fileTooLarge(bytes: number): boolean {
  return bytes > LIMITS.fileBytes;
}

/** Moves slide `from` by `by` places, clamped to the deck; returns a new list. */
export function moveSlide(slides: Slide[], from: number, by: number): Slide[] {
  const to = Math.min(slides.length - 1, Math.max(0, from + by));
  if (to === from || from < 0 || from >= slides.length) return slides;
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The built-in deck keeps both languages; a presentation picks one. */
export interface BuiltinDeck {
  id: typeof BUILTIN_ID;
  title: Text;
  slides: { view: string; title: Text; takeaway: Text; notes: Text }[];
}

export function resolveBuiltin(deck: BuiltinDeck, lang: keyof Text): PresentedDeck {
  return {
    id: deck.id,
    title: deck.title[lang],
    slides: deck.slides.map((s) => ({ view: s.view, title: s.title[lang], takeaway: s.takeaway[lang], notes: s.notes[lang] })),
  };
}
