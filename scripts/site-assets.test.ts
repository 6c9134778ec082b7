import { describe, expect, it } from 'vitest';
import { renderPng } from './render-png.mjs';
import { encodeIco, headTags, iconSvg, siteFiles, webManifest } from './site-assets';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('site assets', () => {
  it('renders each icon at its size, and the card at 1200×630', () => {
    const files = new Map(siteFiles().map((f) => [f.fileName, f.source]));
    expect(pngSize(files.get('icons/icon-512.png') as Buffer)).toEqual({ width: 512, height: 512 });
    expect(pngSize(files.get('icons/maskable-192.png') as Buffer)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files.get('og-card.png') as Buffer)).toEqual({ width: 1200, height: 630 });
    expect(files.get('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('writes an ICO whose directory points at each PNG it holds', () => {
    const pngs = [16, 32].map((size) => ({ size, png: renderPng(iconSvg(size)) }));
    const ico = encodeIco(pngs);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    const second = { width: ico.readUInt8(22), length: ico.readUInt32LE(22 + 8), offset: ico.readUInt32LE(22 + 12) };
    expect(second.width).toBe(32);
    expect(ico.subarray(second.offset, second.offset + second.length).equals(pngs[1]!.png)).toBe(true);
  });

  it('keeps a maskable icon’s mark inside the safe circle', () => {
    const svg = iconSvg(512, true);
    expect(svg).toContain('translate(102.4 102.4)');
    expect(svg).toContain('rx="0"');
  });

  it('names the app in both languages and lists icons of 192 and 512 px, maskable too', () => {
    const m = webManifest();
    expect(m.name).toBe('知识产权城市图谱 · IP Atlas');
    expect(m.translations).toMatchObject({ en: { name: 'IP Atlas' } });
    expect(m.icons).toEqual(
      expect.arrayContaining([
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ]),
    );
  });

  it('gives cards absolute addresses when the site’s origin is known', () => {
    const tags = headTags('https://atlas.example');
    const image = tags.find((t) => t.attrs?.property === 'og:image');
    expect(image?.attrs?.content).toBe('https://atlas.example/og-card.png');
    expect(tags.find((t) => t.attrs?.rel === 'canonical')?.attrs?.href).toBe('https://atlas.example/');
  });
});
