import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { dataset } from './data/dataset';
import { registerOffline } from './present/offline';
import { titleFor } from './state/title';
import { SavedViews } from './state/savedViews.svelte';
import { indexedDbStore, type KeyValueStore } from './state/storage';
import { startUrlSync } from './state/urlSync';
import { ViewState } from './state/viewState.svelte';

const state = new ViewState();
const catalog = {
  places: new Set(dataset.places.map((p) => p.id)),
  indicators: new Set(dataset.indicators.map((i) => i.id)),
};
startUrlSync(state, catalog, (view) => titleFor(view, dataset));
registerOffline(state.current.mode);

function openStore(): KeyValueStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDbStore();
  } catch {
    return null;
  }
}

const saved = new SavedViews(openStore());
void saved.load();

mount(App, { target: document.getElementById('app')!, props: { viewState: state, saved } });
