import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { BUILTIN_DECK } from './builtinDeck';
import { LIMITS, readDeck, resolveBuiltin, slideQuery } from './deck';
import { catalogOf } from '../state/view';
import { graphicFigures, slideGraphic } from './slideGraphic';

const catalog = catalogOf(dataset);

/** Numbers a text may state about some figures: their values, 亿元 read as CNY bn or CNY m, and the 10,000 of "per 10,000". */
function allowedNumbers(values = dataset.observations.map((o) => o.value)): number[] {
  return [...values, ...values.map((v) => v / 10), ...values.map((v) => Math.round(v * 100 * 1e6) / 1e6), 10000];
}

function statesOnly(text: string, allowed: number[]): number[] {
  return numbersIn(text)
    .filter(({ n, decimals }) => {
      const isYear = Number.isInteger(n) && n >= 2011 && n <= 2025;
      return !isYear && !allowed.some((v) => (decimals > 0 ? roundTo(v, decimals) === n : v === n));
    })
    .map(({ n }) => n);
}

/** Each number a text states, with how many decimals it is rounded to. */
function numbersIn(text: string): { n: number; decimals: number }[] {
  const found: { n: number; decimals: number }[] = [];
  // A month (10月) is a date, not a figure.
  for (const match of text.replace(/\d{1,2}月/g, '').matchAll(/(\d[\d,]*(?:\.(\d+))?)(万)?/g)) {
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
        // One line on a projected slide: about two lines of the frame at most.
        expect(slide.takeaway[lang].length).toBeGreaterThan(10);
        expect(slide.takeaway[lang].length).toBeLessThanOrEqual(lang === 'zh' ? 60 : 160);
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
        expect(statesOnly(slide.notes[lang], allowed), `slide ${i + 1} (${lang})`).toEqual([]);
      }
    }
  });

  it.each(BUILTIN_DECK.slides.map((s, i) => [i + 1, s] as const))(
    'slide %i’s takeaway states only figures its graphic draws',
    (n, slide) => {
      for (const lang of ['zh', 'en'] as const) {
        const view = { ...parseView(slide.view, catalog).view, lang };
        const drawn = graphicFigures(slideGraphic(dataset, view)).map((o) => o.value);
        expect(statesOnly(slide.takeaway[lang], allowedNumbers(drawn)), `slide ${n} (${lang})`).toEqual([]);
      }
    },
  );
});
