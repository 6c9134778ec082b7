import { embedId } from './heightProtocol';

/** The HTML a journalist pastes into an article: a pinned iframe plus the tiny host script that sizes it. */
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
}

export function embedCode({ url, origin, title, height, width }: EmbedOptions): string {
  // The embed computes its id from its own location.search, so the code hashes the same string.
  const id = embedId(new URL(url).search);
  const widthAttr = width ? `width="${width}"` : 'width="100%"';
  return [
    `<iframe id="${id}" src="${escapeAttr(url)}" title="${escapeAttr(title)}" ${widthAttr} height="${Math.round(height)}" loading="lazy" frameborder="0"></iframe>`,
    `<script src="${escapeAttr(origin)}/embed.js" async></script>`,
  ].join('\n');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
