import { styleUnit } from '../data/format';
import type { Dataset } from '../data/types';
import { citySymbols, mapNumberStyle } from '../map/symbols';
import { stateText } from '../state/messages';
import type { View } from '../state/view';
import { embedText } from './messages';

/** An embed's title and subtitle: what the live embed shows above the view, and what its static picture is headed with. */
export function embedHeading(view: View, data: Dataset): { title: string; subtitle: string } {
  const { lang } = view;
  const focus = view.focus ? data.places.find((p) => p.id === view.focus) : undefined;
  const title =
    view.panel === 'map'
      ? embedText(lang, 'mapTitle')
      : view.panel === 'profile' && focus
        ? focus.name[lang]
        : stateText(lang, `panel_${view.panel}`);
  if (view.panel !== 'map') return { title, subtitle: embedText(lang, `panelSubtitle_${view.panel}`) };
  const indicator = data.indicators.find((i) => i.id === view.indicator);
  const subtitle = indicator
    ? embedText(lang, 'mapSubtitle', {
        indicator: indicator.name[lang],
        unit: styleUnit(mapNumberStyle(citySymbols(data, indicator.id, view.period, 1), indicator, lang), indicator, lang),
      })
    : '';
  return { title, subtitle };
}
