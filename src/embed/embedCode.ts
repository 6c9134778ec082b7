import { esc } from '../export/compose';
import { embedId } from './heightProtocol';

/**
 * The HTML a journalist pastes into an article, in three forms: an iframe that
 * sizes itself with the tiny host script, an iframe of fixed height for hosts
 * that strip scripts, and AMP's amp-iframe, which resizes on the embed's own request.
 */
export const EMBED_VARIANTS = ['responsive', 'fixed', 'amp'] as const;
export type EmbedVariant = (typeof EMBED_VARIANTS)[number];

export interface EmbedOptions {
  /** The pinned embed URL (every view key spelled out). */
  url: string;
  /** The app's origin, where embed.js is served. */
  origin: string;
  title: string;
  /** Height used until the host script receives the real one, and without it. */
  height: number;
  /** A fixed width in px, or null to fill the article column. */
  width: number | null;
  /** Where a reader goes when the page cannot show the iframe at all (feed readers, script-stripping apps). */
  /**
   * A link for pages that show no iframe at all. Where the iframe shows but its
   * scripts cannot run, a preset's static page is the fallback, so this stays a
   * line of text: a picture here would show twice on a page with scripts off.
   */
  fallback: { url: string; text: string };
  variant?: EmbedVariant;
}

// The embed needs no camera, microphone or payment; it may go full screen and save its CSV.
const IFRAME_POLICY = 'allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"';

export function embedCode({ url, origin, title, height, width, fallback, variant = 'responsive' }: EmbedOptions): string {
  const h = Math.round(height);
  if (variant === 'amp')
    return [
      `<amp-iframe src="${esc(url)}" title="${esc(title)}" layout="fixed-height" height="${h}" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" resizable frameborder="0">`,
      `  <button overflow type="button">${esc(fallback.text)}</button>`,
      `</amp-iframe>`,
    ].join('\n');
  // The embed computes its id from its own location.search, so the code hashes the same string.
  const id = embedId(new URL(url).search);
  const widthAttr = width ? `width="${width}"` : 'width="100%"';
  const iframe = `<iframe id="${id}" src="${esc(url)}" title="${esc(title)}" ${widthAttr} height="${h}" loading="lazy" frameborder="0" ${IFRAME_POLICY}></iframe>`;
  if (variant === 'fixed') return iframe;
  return [
    iframe,
    `<script src="${esc(origin)}/embed.js" async></script>`,
    `<noscript><a href="${esc(fallback.url)}">${esc(fallback.text)}</a></noscript>`,
  ].join('\n');
}
