import { presentText } from './messages';
import { enumeration } from '../i18n/punctuation';
import { stateText } from '../state/messages';
import type { Dataset, Lang } from '../data/types';
import type { View } from '../state/view';

/**
 * A one-line summary of what a view shows, e.g. "IP financing · Hangzhou, Ningbo ·
 * comparable only": the presenter view's "up next" and the deck editor's slide rows.
 */
export function describeView(view: View, data: Pick<Dataset, 'places' | 'indicators'>, lang: Lang): string {
  const parts = [stateText(lang, `panel_${view.panel}`)];
  if (view.panel === 'map' || view.panel === 'financing' || view.panel === 'patents') {
    const indicator = data.indicators.find((i) => i.id === view.indicator);
    if (indicator && (view.panel === 'map' || view.indicator !== 'ip-pledge-amount')) parts.push(indicator.name[lang]);
  }
  const names = view.places.map((id) => data.places.find((p) => p.id === id)?.name[lang]).filter((n): n is string => Boolean(n));
  if (names.length > 0) parts.push(enumeration(lang, names));
  if (view.period !== null) parts.push(presentText(lang, 'yearOnly', { year: view.period }));
  if (view.comparable) parts.push(presentText(lang, 'comparableOnly'));
  return parts.join(' · ');
}
