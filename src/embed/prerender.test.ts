import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { embedImage, PRESETS, renderEmbed } from './prerender';

const text = (html: string) => parse(html).textContent.replace(/\s+/g, ' ').trim();

describe('the static embeds', () => {
  it('are one page per panel and language, each pinned', () => {
    expect(PRESETS.map((p) => p.slug)).toEqual([
      'map-zh',
      'map-en',
      'financing-zh',
      'financing-en',
      'patents-zh',
      'patents-en',
      'designations-zh',
      'designations-en',
      'plan-zh',
      'plan-en',
      'sources-zh',
      'sources-en',
    ]);
    expect(PRESETS.find((p) => p.slug === 'financing-en')?.query).toBe(
      'v=1&embed=1&panel=financing&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=en&theme=auto&title=1&bg=theme&static=0',
    );
  });

  it('render the chart’s figures, their caveats and the sources, with no script', () => {
    const financing = text(renderEmbed(PRESETS.find((p) => p.slug === 'financing-zh')!.query).body);
    expect(financing).toContain('知识产权金融');
    expect(financing).toContain('394.11亿元');
    expect(financing).toContain('一家机构的数字');
    expect(financing).toContain('资料来源：消费质量报');
    const map = text(renderEmbed(PRESETS.find((p) => p.slug === 'map-en')!.query).body);
    expect(map).toContain('CNY 39.4 bn');
    expect(map).toContain('The map needs JavaScript');
    const mapHtml = parse(renderEmbed(PRESETS.find((p) => p.slug === 'map-en')!.query).body);
    // Without a script the map cannot draw: its box goes, and the table of figures stands in.
    expect(mapHtml.querySelector('.map-box')?.hasAttribute('data-needs-script')).toBe(true);
    expect(map).toContain('Open the full view');
  });

  it('link to the app’s own page for the full view, whatever page they sit on', () => {
    const { body } = renderEmbed(PRESETS.find((p) => p.slug === 'patents-en')!.query);
    const href = parse(body).querySelector('a.full')?.getAttribute('href');
    expect(href).toMatch(/^\/\?v=1&panel=patents&lang=en$/);
  });
});

describe('embedImage', () => {
  it('draws the page’s own title and the figures its chart holds', () => {
    const preset = PRESETS.find((p) => p.slug === 'financing-en')!;
    const svg = embedImage(preset.query, renderEmbed(preset.query).body);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="\d+"/);
    expect(svg).toContain('>IP financing</text>');
    expect(svg).toContain('>CNY 39.41 bn</text>');
    expect(svg).toContain(">institution's own book</text>");
  });
});

describe('staticPage', () => {
  it('finds the page the build wrote for a view, whatever its embed options and theme, and none for another view', async () => {
    const { readStaticIndex, staticPage } = await import('./presets');
    const { DEFAULT_VIEW } = await import('../state/view');
    const financing = { ...DEFAULT_VIEW, mode: 'embed' as const, panel: 'financing' as const };
    const index = readStaticIndex(Object.fromEntries(PRESETS.map((p) => [p.query, p.slug])));
    expect(staticPage(index, financing)).toBe('/embeds/financing-zh.html');
    expect(staticPage(index, { ...financing, lang: 'en', theme: 'dark', title: false, background: 'transparent', still: true })).toBe(
      '/embeds/financing-en.html',
    );
    expect(staticPage(index, { ...financing, places: ['chengdu'] })).toBeNull();
    expect(staticPage(new Map(), financing)).toBeNull();
  });

  it('reads the index as outside input: only query → slug pairs count', async () => {
    const { readStaticIndex } = await import('./presets');
    expect(readStaticIndex('nope').size).toBe(0);
    expect(readStaticIndex([1, 2]).size).toBe(0);
    expect([...readStaticIndex({ a: 'ok-1', b: 42, c: '../../x', d: 'BAD' })]).toEqual([['a', 'ok-1']]);
  });
});

describe('deckPresets', () => {
  it('gives each built-in slide a page in both languages, once, and none for a view a panel preset has', async () => {
    // As scripts/prerender.mjs reads them: from the server build's entry.
    const { BUILTIN_DECK } = await import('../present/builtinDeck');
    const { CATALOG, deckPresets } = await import('./prerender');
    const slides = deckPresets(
      BUILTIN_DECK.slides.map((s) => s.view),
      CATALOG,
    );
    expect(slides.some((p) => p.slug === 'slide-1-zh')).toBe(false);
    expect(slides.find((p) => p.slug === 'slide-2-en')?.query).toMatch(/panel=financing&places=hangzhou~ningbo&.*cmp=1&.*lang=en/);
    expect(new Set(slides.map((p) => p.query)).size).toBe(slides.length);
    expect(slides.every((p) => !PRESETS.some((q) => q.query === p.query))).toBe(true);
  });
});
