import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './messages';

// Load every message and term table in the app, so the registry holds them all.
import.meta.glob(['../**/messages.ts', '../data/terms.ts', '../data/dates.ts'], { eager: true });

/** The switch to Chinese names Chinese in Chinese, in either language: the one place CJK belongs in English UI. */
const NAMES_OF_CHINESE = new Set(['中文', '切换到中文']);
const CJK = /[\u3400-\u9fff]/;
const FULL_WIDTH = /[，。：；（）、！？【】《》]/;

const texts = (m: unknown): string[] => (typeof m === 'string' ? [m] : typeof m === 'object' && m ? Object.values(m).flatMap(texts) : []);

describe('the string catalogue', () => {
  it('holds every feature’s table', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
  });

  it('has every message in both languages, never empty', () => {
    for (const { zh, en } of CATALOGUE) {
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      for (const text of [...texts(zh), ...texts(en)]) expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('writes English with half-width punctuation and no Chinese characters', () => {
    const leaks = CATALOGUE.flatMap(({ en }) =>
      Object.entries(en).flatMap(([key, m]) =>
        texts(m)
          .filter((t) => !NAMES_OF_CHINESE.has(t) && (CJK.test(t) || FULL_WIDTH.test(t)))
          .map((t) => `${key}: ${t}`),
      ),
    );
    expect(leaks).toEqual([]);
  });
});
