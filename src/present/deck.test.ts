import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import {
  decodeDeckFile,
  exportDeck,
  exportFileName,
  FILE_KIND,
  importDeck,
  LIMITS,
  moveSlide,
  readDeck,
  slideQuery,
  type Deck,
} from './deck';
import { catalogOf } from '../state/view';
import { parseView } from '../state/codec';

const catalog = catalogOf(dataset);
const at = '2026-03-01T09:00:00.000Z';
const deck: Deck = {
  v: 1,
  id: 'abcdef123456',
  title: '三城融资简报',
  slides: [
    { view: 'v=1&panel=financing&places=hangzhou~ningbo&cmp=1', title: 'Hangzhou and Ningbo', notes: 'Full year 2023 only.' },
    { view: 'v=1&panel=plan&places=pidu&focus=pidu', title: '郫都区目标', notes: '' },
  ],
  created: at,
  updated: at,
};

describe('readDeck', () => {
  it('accepts a well-formed deck and copies only the known fields', () => {
    const read = readDeck({ ...deck, extra: '<script>', __proto__: { polluted: true } }, catalog);
    expect(read).toEqual({ ok: true, value: deck });
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const read = readDeck(raw, catalog);
        if (!read.ok) expect(read.error.zh && read.error.en).toBeTruthy();
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on decks with arbitrary slides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ view: fc.oneof(fc.string(), fc.constant('v=1&panel=patents')), title: fc.anything(), notes: fc.anything() })),
        (slides) => {
          const read = readDeck({ ...deck, slides }, catalog);
          if (read.ok) expect(read.value.slides).toHaveLength(slides.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses records from a newer version and says so', () => {
    const read = readDeck({ ...deck, v: 2 }, catalog);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.en).toContain('newer version');
  });

  it('keeps a slide’s takeaway, trimmed, and leaves it out when there is none', () => {
    const read = readDeck(
      {
        ...deck,
        slides: [
          { ...deck.slides[0]!, takeaway: '  One line.  ' },
          { ...deck.slides[1]!, takeaway: ' ' },
        ],
      },
      catalog,
    );
    expect(read.ok && read.value.slides.map((s) => s.takeaway)).toEqual(['One line.', undefined]);
    const long = readDeck({ ...deck, slides: [{ ...deck.slides[0]!, takeaway: 'x'.repeat(LIMITS.takeaway + 1) }] }, catalog);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.en).toContain('slide 1: the takeaway');
    expect(readDeck({ ...deck, slides: [{ ...deck.slides[0]!, takeaway: 42 }] }, catalog).ok).toBe(false);
  });

  it('refuses oversized text and too many slides', () => {
    expect(readDeck({ ...deck, title: 'x'.repeat(LIMITS.deckTitle + 1) }, catalog).ok).toBe(false);
    expect(readDeck({ ...deck, slides: [{ ...deck.slides[0]!, notes: 'x'.repeat(LIMITS.notes + 1) }] }, catalog).ok).toBe(false);
    expect(readDeck({ ...deck, slides: Array.from({ length: LIMITS.slides + 1 }, () => deck.slides[0]) }, catalog).ok).toBe(false);
  });

  it('refuses a slide whose view names a place the dataset does not have, naming the slide', () => {
    const read = readDeck({ ...deck, slides: [deck.slides[0], { ...deck.slides[1]!, view: 'v=1&places=atlantis' }] }, catalog);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.en).toMatch(/^slide 2: .*atlantis/);
      expect(read.error.zh).toMatch(/^第 2 张/);
    }
  });

  it('stores each slide view in canonical form, without mode, language or theme', () => {
    const read = readDeck(
      { ...deck, slides: [{ view: 'v=1&lang=en&theme=dark&mode=present&slide=4&panel=sources', title: '', notes: '' }] },
      catalog,
    );
    expect(read.ok && read.value.slides[0]!.view).toBe('v=1&panel=sources');
  });
});

describe('importDeck', () => {
  it('round-trips an export, under a fresh id', () => {
    const read = importDeck(exportDeck(deck), catalog, 'zzzzzz999999');
    expect(read).toEqual({ ok: true, value: { ...deck, id: 'zzzzzz999999' } });
  });

  it('round-trips any valid deck', () => {
    const views = [
      'v=1',
      'v=1&panel=financing&cmp=1',
      'v=1&panel=profile&places=gz-devzone&focus=gz-devzone',
      'v=1&ind=valid-invention-patents',
    ];
    const text = (max: number) => fc.string({ maxLength: max }).map((s) => s.trim());
    fc.assert(
      fc.property(
        text(LIMITS.deckTitle).filter(Boolean),
        fc.array(fc.record({ view: fc.constantFrom(...views), title: text(LIMITS.slideTitle), notes: text(300) }), { maxLength: 20 }),
        (title, slides) => {
          const original: Deck = { ...deck, title, slides };
          expect(importDeck(exportDeck(original), catalog, deck.id)).toEqual({ ok: true, value: original });
        },
      ),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ kind: FILE_KIND, v: 1, ...((typeof v === 'object' && v) || {}) })),
        ),
        (text) => {
          expect(typeof importDeck(text, catalog, deck.id).ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['not JSON', '{"kind": "ip-atlas-deck", ', 'not valid JSON'],
    ['another app’s JSON', '{"name": "my playlist", "slides": []}', 'not an IP Atlas deck file'],
    [
      'a deck without slides list',
      JSON.stringify({ kind: FILE_KIND, v: 1, title: 'x', created: at, updated: at }),
      'slide list is missing',
    ],
    ['a huge file', `{"kind":"ip-atlas-deck","pad":"${'x'.repeat(LIMITS.fileBytes)}"}`, 'too large'],
    [
      'a view that is not a query',
      exportDeck({ ...deck, slides: [{ view: 'javascript:alert(1)', title: 'x', notes: '' }] }),
      'not one of this app',
    ],
    [
      'a slide that is a string',
      JSON.stringify({ ...JSON.parse(exportDeck(deck)), slides: ['<img src=x onerror=alert(1)>'] }),
      'slide 1 is not a slide',
    ],
  ])('rejects %s with a reason in both languages', (_name, text, reason) => {
    const read = importDeck(text, catalog, deck.id);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.en).toContain(reason);
      expect(read.error.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('decodeDeckFile', () => {
  const text = '{"title":"杭州与宁波"}';
  const utf16 = (le: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes.set(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
    }
    return bytes;
  };

  it('reads UTF-8, with or without a byte-order mark, and UTF-16 in either byte order', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeDeckFile(utf8)).toBe(text);
    expect(decodeDeckFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeDeckFile(utf16(true))).toBe(text);
    expect(decodeDeckFile(utf16(false))).toBe(text);
  });

  it('leaves NUL bytes in, for the JSON parser to refuse', () => {
    const withNul = new TextEncoder().encode('{"kind":"ip-atlas-deck","title":"a\u0000b"}');
    expect(decodeDeckFile(withNul)).toContain('\u0000');
    expect(importDeck(decodeDeckFile(withNul), catalog, 'abcdef')).toMatchObject({
      ok: false,
      error: { en: 'the file is not valid JSON' },
    });
  });
});

describe('slides', () => {
  it('moveSlide moves one slide and clamps at the ends', () => {
    const s = ['a', 'b', 'c'].map((title) => ({ view: 'v=1', title, notes: '' }));
    expect(moveSlide(s, 0, 1).map((x) => x.title)).toEqual(['b', 'a', 'c']);
    expect(moveSlide(s, 2, -1).map((x) => x.title)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(s, 0, -1)).toBe(s);
    expect(moveSlide(s, 2, 1)).toBe(s);
  });

  it('slideQuery gives a view that parses back to itself', () => {
    const { view } = parseView('v=1&panel=patents&places=chengdu&lang=en&mode=present&slide=3', catalog);
    expect(slideQuery(view)).toBe('v=1&panel=patents&places=chengdu');
  });

  it('exportFileName keeps the title readable and safe', () => {
    expect(exportFileName({ ...deck, title: 'a/b: c?' })).toBe('a b c.ip-atlas-deck.json');
    expect(exportFileName(deck)).toBe('三城融资简报.ip-atlas-deck.json');
  });
});
