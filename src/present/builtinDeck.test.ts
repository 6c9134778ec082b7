import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { BUILTIN_DECK } from './builtinDeck';
import { LIMITS, readDeck, resolveBuiltin, slideQuery } from './deck';
import { catalogOf } from '../state/view';

const catalog = catalogOf(dataset);

/** Numbers a note may state: dataset values, 亿元 values read as CNY bn or CNY m, and the 10,000 of "per 10,000". */
function allowedNumbers(): number[] {
  const values = dataset.observations.map((o) => o.value);
  return [...values, ...values.map((v) => v / 10), ...values.map((v) => Math.round(v * 100 * 1e6) / 1e6), 10000];
}

/** Each number a text states, with how many decimals it is rounded to. */
function numbersIn(text: string): { n: number; decimals: number }[] {
  const found: { n: number; decimals: number }[] = [];
  for (const match of text.matchAll(/(\d[\d,]*(?:\.(\d+))?)(万)?/g)) {
    const n = Number(match[1]!.replace(/,/g, ''));
    found.push(match[3] ? { n: Math.round(n * 10000), decimals: 0 } : { n, decimals: match[2]?.length ?? 0 });
  }
  return found;
}

const roundTo = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

describe('the built-in deck', () => {
  it('tells the story in 8 to 12 slides, each titled and annotated in both languages', () => {
    expect(BUILTIN_DECK.slides.length).toBeGreaterThanOrEqual(8);
    expect(BUILTIN_DECK.slides.length).toBeLessThanOrEqual(12);
    for (const slide of BUILTIN_DECK.slides) {
      for (const lang of ['zh', 'en'] as const) {
        expect(slide.title[lang].length).toBeGreaterThan(0);
        expect(slide.title[lang].length).toBeLessThanOrEqual(LIMITS.slideTitle);
        expect(slide.notes[lang].length).toBeGreaterThan(40);
        expect(slide.notes[lang].length).toBeLessThanOrEqual(LIMITS.notes);
      }
    }
  });

  it.each(BUILTIN_DECK.slides.map((s, i) => [i + 1, s.view] as const))(
    'slide %i parses without a notice and is written canonically: %s',
    (_n, view) => {
      const parsed = parseView(view, catalog);
      expect(parsed.notices).toEqual([]);
      expect(parsed.unknown).toEqual([]);
      expect(slideQuery(parsed.view)).toBe(view);
    },
  );

  it('shows each view once', () => {
    const views = BUILTIN_DECK.slides.map((s) => s.view);
    expect(new Set(views).size).toBe(views.length);
  });

  it('passes the same validation as a stored deck, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const resolved = resolveBuiltin(BUILTIN_DECK, lang);
      const at = '2026-01-01T00:00:00.000Z';
      expect(readDeck({ v: 1, id: 'builtin0', title: resolved.title, slides: resolved.slides, created: at, updated: at }, catalog).ok).toBe(
        true,
      );
    }
  });

  it('states in its notes only numbers the dataset holds', () => {
    const allowed = allowedNumbers();
    for (const [i, slide] of BUILTIN_DECK.slides.entries()) {
      for (const lang of ['zh', 'en'] as const) {
        for (const { n, decimals } of numbersIn(slide.notes[lang])) {
          const isYear = Number.isInteger(n) && n >= 2011 && n <= 2025;
          const stated = allowed.some((v) => (decimals > 0 ? roundTo(v, decimals) === n : v === n));
          expect(isYear || stated, `slide ${i + 1} (${lang}) says ${n}`).toBe(true);
        }
      }
    }
  });
});
