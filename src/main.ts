import { mount } from 'svelte';
import './app.css';
import { dataset } from './data/dataset';
import { registerOffline } from './offline/register';
import { OfflineUpdates } from './offline/updates.svelte';
import { SavedViews } from './state/savedViews.svelte';
import { openStore } from './lib/keyValueStore';
import { titleFor } from './state/title';
import { startUrlSync } from './state/urlSync';
import { catalogOf } from './state/view';
import { ViewState } from './state/viewState.svelte';

const target = document.getElementById('app') ?? document.body;
// A static embed page (dist/embeds/) holds its view as the server rendered it, for readers without scripts.
const prerendered = target.dataset.prerendered;

/** The app takes over in the same frame the static copy goes, so nothing flashes. */
function takeOver() {
  if (prerendered === undefined) return;
  target.replaceChildren();
  delete document.documentElement.dataset.prerendered;
}

const state = new ViewState();
startUrlSync(state, catalogOf(dataset), (view) => titleFor(view, dataset), window, prerendered);
const updates = new OfflineUpdates();
registerOffline(state.current.mode, updates);

// An embed loads only what it shows: no app chrome, dialogs or briefing code.
if (state.current.mode === 'embed') {
  const { default: EmbedApp } = await import('./embed/EmbedApp.svelte');
  takeOver();
  mount(EmbedApp, { target, props: { viewState: state } });
} else {
  const { default: App } = await import('./App.svelte');
  takeOver();
  const saved = new SavedViews(openStore());
  void saved.load();
  mount(App, { target, props: { viewState: state, saved, updates } });
}
