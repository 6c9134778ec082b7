import type { Dataset, Lang } from '../data/types';
import { t } from '../i18n/strings';
import type { View } from '../state/view';

/**
 * A one-line summary of what a view shows, e.g. "IP financing · Hangzhou, Ningbo ·
 * comparable only": the presenter view's "up next" and the deck editor's slide rows.
 */
export function describeView(view: View, data: Pick<Dataset, 'places' | 'indicators'>, lang: Lang): string {
  const parts = [t(lang, `panel_${view.panel}`)];
  if (view.panel === 'map' || view.panel === 'financing' || view.panel === 'patents') {
    const indicator = data.indicators.find((i) => i.id === view.indicator);
    if (indicator && (view.panel === 'map' || view.indicator !== 'ip-pledge-amount')) parts.push(indicator.name[lang]);
  }
  const names = view.places.map((id) => data.places.find((p) => p.id === id)?.name[lang]).filter((n): n is string => Boolean(n));
  if (names.length > 0) parts.push(names.join(lang === 'zh' ? '、' : ', '));
  if (view.period !== null) parts.push(lang === 'zh' ? `${view.period}年` : String(view.period));
  if (view.comparable) parts.push(lang === 'zh' ? '仅可比数据' : 'comparable only');
  return parts.join(' · ');
}
