import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { BUILTIN_DECK } from './builtinDeck';
import { LIMITS, resolveBuiltin } from './deck';
import { catalogOf } from '../state/view';
import { newSession, readMessage, viewSession, VIEW_WINDOW_PREFIX } from './protocol';

const catalog = catalogOf(dataset);
const session = 'abc123def456';
const deck = resolveBuiltin(BUILTIN_DECK, 'en');

describe('readMessage', () => {
  it('accepts each message of the protocol', () => {
    expect(readMessage({ type: 'hello', session }, session, catalog)).toEqual({ type: 'hello', session });
    expect(readMessage({ type: 'go', session, slide: 3 }, session, catalog)).toEqual({ type: 'go', session, slide: 3 });
    expect(readMessage({ type: 'slide', session, slide: 2, startedAt: 1_760_000_000_000 }, session, catalog)).toEqual({
      type: 'slide',
      session,
      slide: 2,
      startedAt: 1_760_000_000_000,
    });
    expect(readMessage({ type: 'reset-timer', session }, session, catalog)).toEqual({ type: 'reset-timer', session });
    expect(readMessage({ type: 'bye', session }, session, catalog)).toEqual({ type: 'bye', session });
    expect(readMessage({ type: 'deck', session, lang: 'en', deck }, session, catalog)).toEqual({ type: 'deck', session, lang: 'en', deck });
  });

  it('ignores messages from another presentation', () => {
    expect(readMessage({ type: 'go', session: 'zzz999zzz999', slide: 3 }, session, catalog)).toBeNull();
  });

  it('ignores malformed slides and extra fields', () => {
    expect(readMessage({ type: 'go', session, slide: 0 }, session, catalog)).toBeNull();
    expect(readMessage({ type: 'go', session, slide: 2.5 }, session, catalog)).toBeNull();
    expect(readMessage({ type: 'go', session, slide: '3' }, session, catalog)).toBeNull();
    expect(readMessage({ type: 'slide', session, slide: 2, startedAt: Number.NaN }, session, catalog)).toBeNull();
    expect(readMessage({ type: 'hello', session, evil: '<img>' }, session, catalog)).toEqual({ type: 'hello', session });
  });

  it('ignores a deck that is too large or has an invalid slide', () => {
    const huge = { ...deck, slides: Array.from({ length: LIMITS.slides + 1 }, () => deck.slides[0]) };
    expect(readMessage({ type: 'deck', session, lang: 'en', deck: huge }, session, catalog)).toBeNull();
    const bad = { ...deck, slides: [{ view: 'v=1&places=nowhere', title: 'x', notes: '' }] };
    expect(readMessage({ type: 'deck', session, lang: 'en', deck: bad }, session, catalog)).toBeNull();
    expect(readMessage({ type: 'deck', session, lang: 'fr', deck }, session, catalog)).toBeNull();
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('hello', 'deck', 'slide', 'go'),
            session: fc.constant(session),
            slide: fc.anything(),
            deck: fc.anything(),
            lang: fc.anything(),
            startedAt: fc.anything(),
          }),
        ),
        (data) => {
          const message = readMessage(data, session, catalog);
          if (message) expect(message.session).toBe(session);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('sessions', () => {
  it('a presenter view window is named after its session; other windows are not views', () => {
    const s = newSession();
    expect(viewSession(VIEW_WINDOW_PREFIX + s)).toBe(s);
    expect(viewSession('')).toBeNull();
    expect(viewSession(`${VIEW_WINDOW_PREFIX}../../x`)).toBeNull();
  });
});
