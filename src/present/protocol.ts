import type { Lang } from '../data/types';
import type { Catalog } from '../state/view';
import { LIMITS, readDeck, type PresentedDeck } from './deck';

/**
 * The messages between the presentation window and the presenter view, over
 * BroadcastChannel(CHANNEL). Each carries the session of the presentation it
 * belongs to, so two presentations in two tabs do not steer each other. Everything
 * received is shape- and size-checked before use.
 */

export const CHANNEL = 'ip-atlas-present';
/** The presenter view's window.name starts with this, followed by the session. */
export const VIEW_WINDOW_PREFIX = 'ip-atlas-presenter-view:';
const SESSION = /^[a-z0-9]{6,32}$/;
/** A deck message holds a whole deck; nothing else comes near this. */
const MAX_MESSAGE_CHARS = LIMITS.fileBytes + 10_000;

export type Message =
  /** View → presentation: send me the deck and the slide. */
  | { type: 'hello'; session: string }
  /** Presentation → view: the deck being presented, in the presentation's language. */
  | { type: 'deck'; session: string; lang: Lang; deck: PresentedDeck }
  /** Presentation → view: where the presentation is, and when its clock started (ms since epoch). */
  | { type: 'slide'; session: string; slide: number; startedAt: number }
  /** View → presentation: go to this slide. */
  | { type: 'go'; session: string; slide: number }
  /** View → presentation: restart the clock. */
  | { type: 'reset-timer'; session: string }
  /** Presentation → view: the presentation has ended. */
  | { type: 'bye'; session: string };

const isSlideNumber = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= LIMITS.slides;

/** Returns the message, or null for anything malformed, oversized or from another session. */
export function readMessage(data: unknown, session: string, catalog: Catalog): Message | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.session !== 'string' || !SESSION.test(m.session) || m.session !== session) return null;
  switch (m.type) {
    case 'hello':
    case 'reset-timer':
    case 'bye':
      return { type: m.type, session };
    case 'go':
      return isSlideNumber(m.slide) ? { type: 'go', session, slide: m.slide } : null;
    case 'slide':
      return isSlideNumber(m.slide) && typeof m.startedAt === 'number' && Number.isFinite(m.startedAt) && m.startedAt > 0
        ? { type: 'slide', session, slide: m.slide, startedAt: m.startedAt }
        : null;
    case 'deck':
      return readDeckMessage(m, session, catalog);
    default:
      return null;
  }
}

function readDeckMessage(m: Record<string, unknown>, session: string, catalog: Catalog): Message | null {
  if (m.lang !== 'zh' && m.lang !== 'en') return null;
  let size: number;
  try {
    size = JSON.stringify(m.deck)?.length ?? Infinity;
  } catch {
    return null;
  }
  if (size > MAX_MESSAGE_CHARS || typeof m.deck !== 'object' || m.deck === null) return null;
  const d = m.deck as Record<string, unknown>;
  // The deck validator wants a stored record; the id and dates are not part of a presented deck.
  const at = '2000-01-01T00:00:00.000Z';
  const read = readDeck({ v: 1, id: 'presented', title: d.title, slides: d.slides, created: at, updated: at }, catalog);
  if (!read.ok || typeof d.id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(d.id)) return null;
  return { type: 'deck', session, lang: m.lang, deck: { id: d.id, title: read.value.title, slides: read.value.slides } };
}

export function newSession(random: () => number = Math.random): string {
  return Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
}

/** The session a presenter-view window belongs to, from its window.name, or null for any other window. */
export function viewSession(windowName: string): string | null {
  if (!windowName.startsWith(VIEW_WINDOW_PREFIX)) return null;
  const session = windowName.slice(VIEW_WINDOW_PREFIX.length);
  return SESSION.test(session) ? session : null;
}
