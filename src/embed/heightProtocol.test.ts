import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedId, heightMessage, isHeightMessage, reportHeight } from './heightProtocol';

describe('reportHeight', () => {
  function fakeFrameWindow() {
    const posted: unknown[] = [];
    const parent = { postMessage: (m: unknown) => posted.push(m) };
    const win = { parent } as unknown as Window;
    let height = 400;
    let callback = () => {};
    const target = { getBoundingClientRect: () => ({ height }) } as Element;
    const stop = reportHeight(win, 'ip-atlas-x', target, (cb) => {
      callback = cb;
      return { observe: () => {}, disconnect: () => (callback = () => {}) };
    });
    return { posted, resize: (h: number) => ((height = h), callback()), stop };
  }

  it('posts the height on load and on every change, once per change', () => {
    const frame = fakeFrameWindow();
    frame.resize(400);
    frame.resize(612.4);
    expect(frame.posted).toEqual([
      { type: 'ip-atlas:height', id: 'ip-atlas-x', height: 400 },
      { sentinel: 'amp', type: 'embed-size', height: 400 },
      { type: 'ip-atlas:height', id: 'ip-atlas-x', height: 613 },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
  });

  it('stops when told, and does nothing outside an iframe', () => {
    const frame = fakeFrameWindow();
    frame.stop();
    frame.resize(900);
    expect(frame.posted).toHaveLength(2);
    const top = {} as Window & { parent: unknown };
    top.parent = top;
    expect(() => reportHeight(top as Window, 'x', {} as Element)()).not.toThrow();
  });
});

describe('isHeightMessage', () => {
  it('accepts only the documented shape and sane heights', () => {
    expect(isHeightMessage(heightMessage('a', 500))).toBe(true);
    expect(isHeightMessage({ type: 'ip-atlas:height', id: 'a', height: Infinity })).toBe(false);
    expect(isHeightMessage({ type: 'ip-atlas:height', id: 'a', height: 10 })).toBe(false);
    expect(isHeightMessage({ type: 'other', id: 'a', height: 500 })).toBe(false);
    expect(isHeightMessage('ip-atlas:height')).toBe(false);
  });
});

describe('embedId', () => {
  it('gives each view its own short id, the same on every run', () => {
    expect(embedId('?v=1&embed=1&panel=financing')).toBe('ip-atlas-lvqd9r');
    expect(embedId('?v=1&embed=1&panel=patents')).toBe('ip-atlas-1jw75qh');
  });
});

describe('public/embed.js', () => {
  const script = readFileSync(join(import.meta.dirname, '../../public/embed.js'), 'utf8');

  function host() {
    const ours = {
      src: 'https://atlas.example/?embed=1',
      contentWindow: { name: 'ours' },
      style: { height: '' },
      attrs: {} as Record<string, string>,
      setAttribute(k: string, v: string) {
        this.attrs[k] = v;
      },
    };
    const other = {
      ...ours,
      src: 'https://elsewhere.example/',
      contentWindow: { name: 'other' },
      style: { height: '' },
      attrs: {} as Record<string, string>,
    };
    let listener: (e: unknown) => void = () => {};
    const window: Record<string, unknown> = { addEventListener: (_: string, l: (e: unknown) => void) => (listener = l) };
    const document = { baseURI: 'https://news.example/article', getElementsByTagName: () => [ours, other] };
    runInNewContext(script, { window, document, URL });
    return { ours, other, send: (e: unknown) => listener(e) };
  }

  it('sizes the iframe the message came from', () => {
    const page = host();
    page.send({ data: heightMessage('x', 733), source: page.ours.contentWindow, origin: 'https://atlas.example' });
    expect(page.ours.style.height).toBe('733px');
    expect(page.other.style.height).toBe('');
  });

  it('ignores other messages, foreign origins and unknown sources', () => {
    const page = host();
    page.send({ data: { type: 'resize', height: 900 }, source: page.ours.contentWindow, origin: 'https://atlas.example' });
    page.send({ data: heightMessage('x', 900), source: page.ours.contentWindow, origin: 'https://evil.example' });
    page.send({ data: heightMessage('x', 900), source: { name: 'stranger' }, origin: 'https://atlas.example' });
    page.send({ data: heightMessage('x', 1e9), source: page.ours.contentWindow, origin: 'https://atlas.example' });
    expect(page.ours.style.height).toBe('');
  });
});
