import type { HtmlTagDescriptor } from 'vite';
import { DARK_BG, FONT_STACK as FONT, LIGHT } from '../src/lib/buildColours.ts';
import { renderPng } from './render-png.mjs';

/**
 * The files that make the app installable and its links shareable: icons, the
 * web manifest, favicon.ico, robots.txt and the site card shown when a link is
 * pasted into a chat. All are drawn here from SVG and rendered with resvg, which
 * needs no browser, using the system's Noto CJK fonts for the card's Chinese.
 */

const { accent: ACCENT, bg: LIGHT_BG, ink: INK, ink2: INK_2 } = LIGHT;

export const NAME = { zh: '知识产权城市图谱', en: 'IP Atlas' };
export const DESCRIPTION = {
  zh: '成都、昆明、广州、杭州、宁波如何建设知识产权体系：每个数字都可追溯到原文。',
  en: 'How five Chinese cities build their IP systems: Chengdu, Kunming, Guangzhou, Hangzhou and Ningbo. Every figure traces to its source sentence.',
};

/** The favicon's mark (a filled and a ringed city symbol) on the accent colour; a maskable icon keeps it inside the central safe circle. */
export function iconSvg(size: number, maskable = false): string {
  const inset = maskable ? 0.2 : 0;
  const scale = (1 - 2 * inset) / 32;
  const mark = `<g transform="translate(${size * inset} ${size * inset}) scale(${size * scale})"><circle cx="11" cy="13" r="4" fill="#fff"/><circle cx="21" cy="19" r="6" fill="none" stroke="#fff" stroke-width="2.5"/></g>`;
  const radius = maskable ? 0 : (size * 6) / 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>${mark}</svg>`;
}

// One size for every city: a card that sized them would state figures no sentence gives.
const CITIES = ['成都', '昆明', '广州', '杭州', '宁波'];

/** The 1200×630 card chat apps and social sites show for a shared link. */
export function cardSvg(): string {
  const dots = CITIES.map((city, i) => {
    const x = 140 + i * 150;
    return `<circle cx="${x}" cy="480" r="14" fill="${ACCENT}"/><text x="${x}" y="545" font-size="30" text-anchor="middle" fill="${INK}" font-family="${FONT}">${city}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${LIGHT_BG}"/>
<rect x="0" y="0" width="1200" height="12" fill="${ACCENT}"/>
<g transform="translate(80 78)">${iconSvg(72).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g>
<text x="172" y="130" font-size="64" font-weight="700" fill="${INK}" font-family="${FONT}">${NAME.zh}</text>
<text x="80" y="215" font-size="40" fill="${INK}" font-family="${FONT}">${NAME.en}</text>
<text x="80" y="285" font-size="30" fill="${INK_2}" font-family="${FONT}">五座城市如何建设知识产权体系：每个数字都可追溯到原文</text>
<text x="80" y="330" font-size="26" fill="${INK_2}" font-family="${FONT}">How five Chinese cities build their IP systems, every figure sourced</text>
<line x1="140" y1="480" x2="740" y2="480" stroke="${ACCENT}" stroke-opacity="0.3" stroke-width="2"/>
${dots}
</svg>`;
}

/** An ICO file holding PNG images, which every current browser reads. */
export function encodeIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

export const ICONS = [
  { fileName: 'icons/icon-192.png', size: 192, maskable: false },
  { fileName: 'icons/icon-512.png', size: 512, maskable: false },
  { fileName: 'icons/maskable-192.png', size: 192, maskable: true },
  { fileName: 'icons/maskable-512.png', size: 512, maskable: true },
  { fileName: 'icons/apple-touch-icon.png', size: 180, maskable: true },
] as const;

export function webManifest(): Record<string, unknown> {
  return {
    id: '/',
    name: `${NAME.zh} · ${NAME.en}`,
    short_name: NAME.en,
    description: DESCRIPTION.zh,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: LIGHT_BG,
    theme_color: ACCENT,
    categories: ['education', 'news', 'reference'],
    icons: ICONS.filter((i) => i.fileName.includes('-192') || i.fileName.includes('-512')).map((i) => ({
      src: `/${i.fileName}`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.maskable ? 'maskable' : 'any',
    })),
    // The manifest translations proposal: browsers that read it show the English name to English readers.
    translations: { en: { name: NAME.en, short_name: NAME.en, description: DESCRIPTION.en } },
  };
}

export const ROBOTS = 'User-agent: *\nAllow: /\n';
export const CARD = 'og-card.png';

/** Every generated file, by its path under the site root. */
export function siteFiles(): { fileName: string; source: Buffer | string }[] {
  const icons = ICONS.map((i) => ({ fileName: i.fileName, source: renderPng(iconSvg(i.size, i.maskable)) }));
  const ico = encodeIco([16, 32, 48].map((size) => ({ size, png: renderPng(iconSvg(size)) })));
  return [
    ...icons,
    { fileName: 'favicon.ico', source: ico },
    { fileName: 'manifest.webmanifest', source: `${JSON.stringify(webManifest(), null, 2)}\n` },
    { fileName: 'robots.txt', source: ROBOTS },
    { fileName: CARD, source: renderPng(cardSvg()) },
  ];
}

/**
 * The head tags for sharing and installing. `origin` is where the site is
 * published (IP_ATLAS_ORIGIN at build time): cards need absolute addresses, and
 * without one the tags fall back to paths on the page's own origin.
 */
export function headTags(origin: string, path = '/'): HtmlTagDescriptor[] {
  const at = (p: string) => `${origin}${p}`;
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head' });
  const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
  return [
    meta({ name: 'theme-color', content: LIGHT_BG, media: '(prefers-color-scheme: light)' }),
    meta({ name: 'theme-color', content: DARK_BG, media: '(prefers-color-scheme: dark)' }),
    link({ rel: 'canonical', href: at(path) }),
    link({ rel: 'manifest', href: '/manifest.webmanifest' }),
    link({ rel: 'icon', href: '/favicon.ico', sizes: '48x48' }),
    link({ rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' }),
    meta({ property: 'og:type', content: 'website' }),
    meta({ property: 'og:site_name', content: `${NAME.zh} IP Atlas` }),
    meta({ property: 'og:title', content: `${NAME.zh} · ${NAME.en}` }),
    meta({ property: 'og:description', content: DESCRIPTION.zh }),
    meta({ property: 'og:url', content: at(path) }),
    meta({ property: 'og:locale', content: 'zh_CN' }),
    meta({ property: 'og:locale:alternate', content: 'en_GB' }),
    meta({ property: 'og:image', content: at(`/${CARD}`) }),
    meta({ property: 'og:image:width', content: '1200' }),
    meta({ property: 'og:image:height', content: '630' }),
    meta({ property: 'og:image:alt', content: `${NAME.zh}：成都、昆明、广州、杭州、宁波` }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:title', content: `${NAME.zh} · ${NAME.en}` }),
    meta({ name: 'twitter:description', content: DESCRIPTION.en }),
    meta({ name: 'twitter:image', content: at(`/${CARD}`) }),
  ];
}
