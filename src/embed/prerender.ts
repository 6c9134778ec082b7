import { render } from 'svelte/server';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { catalogOf } from '../state/view';
import { ViewState } from '../state/viewState.svelte';
import EmbedApp from './EmbedApp.svelte';
import { clauses } from '../i18n/punctuation';
import { figureLines, holdingLines, mapLines, sourceLines, staticImageSvg } from './staticImage';

export { deckPresets, PRESETS } from './presets';
export const CATALOG = catalogOf(dataset);

/** An embed as the server renders it, for scripts/prerender.mjs to write as a static page. */
export function renderEmbed(query: string): { head: string; body: string } {
  const { view } = parseView(query, catalogOf(dataset));
  return render(EmbedApp, { props: { viewState: new ViewState(view) } });
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The static embed's picture, as SVG: its title and subtitle as rendered, and the figures its chart holds. */
export function embedImage(query: string, body: string): string {
  const { view } = parseView(query, catalogOf(dataset));
  const { lang } = view;
  const title = unescape(/<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1] ?? '');
  const subtitle = unescape(/<p class="subtitle[^"]*">([^<]*)<\/p>/.exec(body)?.[1] ?? '');
  const ids = [...body.matchAll(/data-obs="([^"]+)"/g)].map((m) => m[1] ?? '');
  const lines =
    view.panel === 'designations'
      ? holdingLines(dataset, lang)
      : view.panel === 'sources'
        ? sourceLines(dataset, lang)
        : view.panel === 'map'
          ? mapLines(dataset, view.indicator, view.period, lang)
          : figureLines(dataset, ids, lang);
  const sources = clauses(
    lang,
    dataset.sources.map((s) => s.publisher[lang].replace(/[（(].*?[）)]/g, '').trim()),
  );
  return staticImageSvg({ title, subtitle, lines, sources }, lang);
}
