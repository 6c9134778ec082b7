import { render } from 'svelte/server';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { catalogOf } from '../state/view';
import { ViewState } from '../state/viewState.svelte';
import EmbedApp from './EmbedApp.svelte';
import { clauses } from '../i18n/punctuation';
import { publisherName } from '../data/publisher';
import { embedHeading } from './heading';
import { figureLines, holdingLines, mapLines, sourceLines, staticImageSvg } from './staticImage';

export { deckPresets, PRESETS } from './presets';
export const CATALOG = catalogOf(dataset);

/** An embed as the server renders it, and its title, for scripts/prerender.mjs to write as a static page. */
export function renderEmbed(query: string): { head: string; body: string; title: string } {
  const { view } = parseView(query, CATALOG);
  const { head, body } = render(EmbedApp, { props: { viewState: new ViewState(view) } });
  return { head, body, title: embedHeading(view, dataset).title };
}

/** The static embed's picture, as SVG: the embed's own heading, and the figures its chart holds. */
export function embedImage(query: string, body: string): string {
  const { view } = parseView(query, CATALOG);
  const { lang } = view;
  const { title, subtitle } = embedHeading(view, dataset);
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
    dataset.sources.map((s) => publisherName(s, lang)),
  );
  return staticImageSvg({ title, subtitle, lines, sources }, lang);
}
