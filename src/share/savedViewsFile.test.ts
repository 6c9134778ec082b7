import { describe, expect, it } from 'vitest';
import { savedViewsFile, savedViewsFileName } from './savedViewsFile';

const view = (id: string, name: string, query: string) => ({
  v: 1 as const,
  id,
  name,
  query,
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
});

describe('the saved-views file', () => {
  it('lists each view by name with a link that reopens it', () => {
    const text = savedViewsFile(
      [view('aaaaaa', '杭州与宁波', 'v=1&places=hangzhou~ningbo'), view('bbbbbb', 'Patents', 'v=1&panel=patents&lang=en')],
      (q) => `https://atlas.example/?${q}`,
      'IP Atlas saved views',
    );
    expect(text).toBe(
      'IP Atlas saved views\n\n杭州与宁波\nhttps://atlas.example/?v=1&places=hangzhou~ningbo\n\nPatents\nhttps://atlas.example/?v=1&panel=patents&lang=en\n',
    );
  });

  it('is named by the UTC date', () => {
    expect(savedViewsFileName(new Date('2026-12-01T23:30:00Z'))).toBe('ip-atlas-saved-views_2026-12-01.txt');
  });
});
