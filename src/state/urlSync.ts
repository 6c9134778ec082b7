import { parseView, serializeView } from './codec';
import type { Catalog, View } from './view';
import type { ViewState } from './viewState.svelte';

/**
 * The only module that writes `history` and `location` (ARCHITECTURE.md §3, §5); others may read `location`. It reads
 * the URL once on start, mirrors every change of the view state back to it (push
 * or replace, as the change says), and restores the view on Back and Forward.
 */
export function startUrlSync(
  state: ViewState,
  catalog: Catalog,
  title: (view: View) => string,
  win: Window = window,
  /** The view a page stands for when its URL names none: a static embed page's own. */
  pageView = '',
): () => void {
  let unknown: string[] = [];

  const readUrl = () => {
    const parsed = parseView(win.location.search || pageView, catalog);
    unknown = parsed.unknown;
    state.restore(parsed.view);
    win.document.title = title(state.current);
    return parsed;
  };

  const parsed = readUrl();
  state.notices = parsed.notices;
  // The URL becomes canonical at once, so what a person copies is what the view is.
  write('replace');

  function write(step: 'push' | 'replace') {
    // An embed keeps every key spelled out, so a published embed never follows a new default.
    const pin = state.current.mode === 'embed';
    const url = `${win.location.pathname}?${serializeView(state.current, { unknown, pin })}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      if (step === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    }
    win.document.title = title(state.current);
  }

  const stop = state.onChange(write);
  const onPop = () => readUrl();
  win.addEventListener('popstate', onPop);
  return () => {
    stop();
    win.removeEventListener('popstate', onPop);
  };
}

/**
 * An absolute link to a view on this site; `pin` spells out every key (embeds).
 * Rendered at build time, with no window, the link is relative to the site's root.
 */
export function linkTo(
  view: View,
  options: { pin?: boolean; path?: string } = {},
  win: Pick<Window, 'location'> | undefined = typeof window === 'undefined' ? undefined : window,
): string {
  const query = serializeView(view, { pin: options.pin });
  if (!win) return `${options.path ?? import.meta.env.BASE_URL}?${query}`;
  return `${win.location.origin}${options.path ?? win.location.pathname}?${query}`;
}
