import { describe, expect, it } from 'vitest';
import { STRINGS, counted } from './strings';

describe('UI strings', () => {
  it('exist in both languages for every key, and none is empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    for (const lang of ['zh', 'en'] as const)
      for (const [key, text] of Object.entries(STRINGS[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
  });

  it('count nouns in English singular and plural, and leave Chinese alone', () => {
    expect(counted('en', 1, 'events')).toBe('event');
    expect(counted('en', 3, 'events')).toBe('events');
    expect(counted('en', 1, 'designations')).toBe('designation');
    expect(counted('zh', 1, 'events')).toBe('件大事');
  });
});
