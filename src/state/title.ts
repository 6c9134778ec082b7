import { stateText } from './messages';
import type { Dataset } from '../data/types';
import type { View } from './view';

/** The document title for a view: the place or panel first, the app name last. */
export function titleFor(view: View, data: Pick<Dataset, 'places'>): string {
  const { lang } = view;
  const app = stateText(lang, 'appTitle');
  const place = view.focus ? data.places.find((p) => p.id === view.focus)?.name[lang] : undefined;
  const panel = view.panel === 'map' ? undefined : stateText(lang, `panel_${view.panel}`);
  const parts = [place, panel].filter(Boolean);
  return parts.length ? `${parts.join(' · ')} — ${app}` : app;
}
