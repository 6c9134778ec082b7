/**
 * The embed height protocol (ARCHITECTURE.md §6). The embedded page posts
 * `{type: "ip-atlas:height", id, height}` to its parent on load and on every size
 * change; public/embed.js on the host page resizes the iframe whose contentWindow
 * is the message's source. AMP pages get the same height in AMP's own
 * `embed-size` message. The messages carry no data but a height, so they may go
 * to any origin: the host page's origin is not known to the embed.
 */
export const HEIGHT_MESSAGE = 'ip-atlas:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}

/** The request AMP's amp-iframe honours (it must be marked resizable), so an AMP page sizes the embed too. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** The same check embed.js applies: the documented shape and a sane height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE &&
    typeof m.id === 'string' &&
    m.id.length <= 64 &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 50 &&
    m.height <= 20000
  );
}

interface Observable {
  observe(target: Element): void;
  disconnect(): void;
}

/**
 * Posts the content height now and whenever it changes. Does nothing outside an
 * iframe. Returns a function that stops reporting.
 */
export function reportHeight(
  win: Window,
  id: string,
  target: Element,
  observe: (callback: () => void) => Observable = (cb) => new ResizeObserver(cb),
): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage(heightMessage(id, height), '*');
    win.parent.postMessage(ampSizeMessage(height), '*');
  };
  const observer = observe(post);
  observer.observe(target);
  post();
  return () => observer.disconnect();
}

/** A short id for an embed, stable for the same view so host pages can tell embeds apart. */
export function embedId(search: string): string {
  let h = 2166136261;
  for (let i = 0; i < search.length; i++) h = Math.imul(h ^ search.charCodeAt(i), 16777619);
  return `ip-atlas-${(h >>> 0).toString(36)}`;
}
