import { formatFigure } from '../data/format';
import type { Dataset, Indicator, Lang, Observation, Place } from '../data/types';
import { AGGREGATION_NAMES } from '../i18n/strings';
import { mt } from './strings';

/**
 * What a mark says: the accessible name of its button and the lines of its
 * tooltip. A value never appears without its period, and a city's figure that
 * belongs to one of its zones says so.
 */

export interface MarkFigure {
  place: Place;
  observation?: Observation;
  /** The district or zone the figure belongs to, when it is not the place's own. */
  via?: Place;
}

export interface TooltipContent {
  title: string;
  indicator: string;
  value: string;
  /** Period label and kind of figure, e.g. "2023年前三季度 · 年内部分时期". */
  period: string | null;
  /** Scope notes: whose figure it is, what it covers. */
  notes: string[];
  /** The title of the document the figure is quoted from. */
  source: string | null;
}

const bare = (name: string) => name.replace(/\s*[（(].*[）)]\s*$/, '');

export function viaNote(via: Place, lang: Lang): string {
  return lang === 'zh' ? `数据来自${bare(via.name.zh)}` : `Figure for ${bare(via.name.en)}`;
}

export function markLabel(mark: MarkFigure, indicator: Indicator, lang: Lang, selected: boolean): string {
  const sep = lang === 'zh' ? '：' : ': ';
  const o = mark.observation;
  const value = o ? `${formatFigure(o, indicator, lang)}${lang === 'zh' ? '，' : ', '}${o.period.label[lang]}` : mt(lang, 'noData');
  const via = mark.via ? `${lang === 'zh' ? '（' : ' ('}${viaNote(mark.via, lang)}${lang === 'zh' ? '）' : ')'}` : '';
  return `${mark.place.name[lang]}${sep}${indicator.name[lang]} ${value}${via}${selected ? mt(lang, 'selectedSuffix') : ''}`;
}

export function tooltipContent(mark: MarkFigure, indicator: Indicator, data: Dataset, lang: Lang): TooltipContent {
  const o = mark.observation;
  const notes: string[] = [];
  if (mark.via) notes.push(viaNote(mark.via, lang));
  if (o?.scope) notes.push(o.scope[lang]);
  const doc = o ? data.sources.find((s) => s.file === o.source.file) : undefined;
  return {
    title: mark.place.name[lang],
    indicator: indicator.name[lang],
    value: o ? formatFigure(o, indicator, lang) : mt(lang, 'noDataLong'),
    period: o ? `${o.period.label[lang]} · ${AGGREGATION_NAMES[o.aggregation][lang]}` : null,
    notes,
    source: doc ? doc.title[lang] : null,
  };
}
