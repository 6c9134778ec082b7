import { describe, expect, it } from 'vitest';
import { linkTo, startUrlSync } from './urlSync';
import type { Catalog, View } from './view';
import { ViewState } from './viewState.svelte';

const catalog: Catalog = {
  places: new Set(['chengdu', 'hangzhou', 'pidu']),
  indicators: new Set(['ip-pledge-amount', 'valid-invention-patents']),
};

/** A window with just what urlSync touches: location, history, document.title and popstate. */
function fakeWindow(search = '') {
  const entries: { url: string; step: 'push' | 'replace' }[] = [];
  let listener: (() => void) | null = null;
  const location = { origin: 'https://atlas.example', pathname: '/', search, hash: '' };
  const navigate = (url: string) => {
    const parsed = new URL(url, location.origin);
    location.pathname = parsed.pathname;
    location.search = parsed.search;
    location.hash = parsed.hash;
  };
  const win = {
    location,
    document: { title: '' },
    history: {
      pushState: (_: unknown, __: string, url: string) => (entries.push({ url, step: 'push' }), navigate(url)),
      replaceState: (_: unknown, __: string, url: string) => (entries.push({ url, step: 'replace' }), navigate(url)),
    },
    addEventListener: (type: string, l: () => void) => type === 'popstate' && (listener = l),
    removeEventListener: () => (listener = null),
  };
  const back = (url: string) => {
    navigate(url);
    listener?.();
  };
  return { win: win as unknown as Window, entries, location, back };
}

const title = (view: View) => `title ${view.lang} ${view.panel}`;

describe('startUrlSync', () => {
  it('reads the URL once, writes it back canonically as a replacement, and keeps unknown keys', () => {
    const { win, entries, location } = fakeWindow('?lang=en&zz=1&places=atlantis~chengdu');
    const state = new ViewState();
    startUrlSync(state, catalog, title, win);
    expect(state.current).toMatchObject({ lang: 'en', places: ['chengdu'] });
    expect(entries).toEqual([{ url: '/?v=1&places=chengdu&lang=en&zz=1', step: 'replace' }]);
    expect(location.search).toBe('?v=1&places=chengdu&lang=en&zz=1');
    expect(state.notices.map((n) => n.key)).toEqual(['places']);
    expect(win.document.title).toBe('title en map');
  });

  it('pushes a meaningful step: a place, an indicator, a panel, the language', () => {
    const { win, entries } = fakeWindow();
    const state = new ViewState();
    startUrlSync(state, catalog, title, win);
    state.selectPlace('hangzhou');
    state.setIndicator('valid-invention-patents');
    state.setPanel('patents');
    state.setLang('en');
    expect(entries.slice(1).map((e) => e.step)).toEqual(['push', 'push', 'push', 'push']);
    expect(entries.at(-1)?.url).toBe('/?v=1&panel=patents&places=hangzhou&focus=hangzhou&ind=valid-invention-patents&lang=en');
  });

  it('replaces for a continuous change or a slide, so Back does not step through them', () => {
    const { win, entries } = fakeWindow('?v=1');
    const state = new ViewState();
    startUrlSync(state, catalog, title, win);
    state.setCamera({ lon: 120.2, lat: 30.3, zoom: 7.5 });
    state.setCamera({ lon: 120.4, lat: 30.1, zoom: 8 });
    state.setMode('present');
    state.setSlide(3);
    expect(entries.map((e) => e.step)).toEqual(['replace', 'replace', 'push', 'replace']);
    expect(entries.at(-1)?.url).toBe('/?v=1&mode=present&cam=120.4~30.1~8&slide=3');
  });

  it('writes nothing when a change leaves the view as it was', () => {
    const { win, entries } = fakeWindow('?v=1&panel=patents');
    const state = new ViewState();
    startUrlSync(state, catalog, title, win);
    state.setPanel('patents');
    expect(entries).toEqual([]);
  });

  it('restores the view on Back without writing a new entry', () => {
    const { win, entries, back } = fakeWindow('?v=1');
    const state = new ViewState();
    startUrlSync(state, catalog, title, win);
    state.selectPlace('chengdu');
    back('/?v=1');
    expect(state.current.places).toEqual([]);
    expect(entries.map((e) => e.step)).toEqual(['push']);
  });

  it('pins every key in embed mode, so a published embed never follows a new default', () => {
    const { win, entries } = fakeWindow('?embed=1&panel=financing');
    startUrlSync(new ViewState(), catalog, title, win);
    expect(entries[0]?.url).toBe(
      '/?v=1&embed=1&panel=financing&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=zh&theme=auto&title=1&bg=theme&static=0',
    );
  });

  it('stops listening when told to', () => {
    const { win, entries } = fakeWindow('?v=1');
    const state = new ViewState();
    const stop = startUrlSync(state, catalog, title, win);
    stop();
    state.setPanel('plan');
    expect(entries).toEqual([]);
  });
});

describe('linkTo', () => {
  it('links to a view on this site, pinned when asked', () => {
    const { win } = fakeWindow();
    const state = new ViewState();
    state.selectPlace('pidu');
    expect(linkTo(state.current, {}, win)).toBe('https://atlas.example/?v=1&places=pidu&focus=pidu');
    expect(linkTo(state.current, { pin: true }, win)).toBe(
      'https://atlas.example/?v=1&mode=explore&panel=map&places=pidu&focus=pidu&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=zh&theme=auto',
    );
  });
});
