import { render } from 'svelte/server';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { catalogOf } from '../state/view';
import { ViewState } from '../state/viewState.svelte';
import EmbedApp from './EmbedApp.svelte';

export { PRESETS } from './presets';

/** An embed as the server renders it, for scripts/prerender.mjs to write as a static page. */
export function renderEmbed(query: string): { head: string; body: string } {
  const { view } = parseView(query, catalogOf(dataset));
  return render(EmbedApp, { props: { viewState: new ViewState(view) } });
}
