import { figureNotes } from '../data/figureNotes';
import { headlineEligible } from '../data/figures';
import { formatFigure } from '../data/format';
import { observationsFor } from '../data/lookup';
import type { Caveat, Dataset, Indicator, Lang, Observation, Place } from '../data/types';
import { AGGREGATION_NAMES } from '../i18n/strings';
import { mt } from './strings';

/**
 * What a mark says: the accessible name of its button and the lines of its
 * tooltip. A value never appears without its period and what it covers, and a
 * caveat on the figure travels with it.
 */

export interface MarkFigure {
  place: Place;
  observation?: Observation;
}

export interface TooltipContent {
  title: string;
  indicator: string;
  value: string;
  /** Period label and kind of figure, e.g. "2023年前三季度 · 年内部分时期". */
  period: string | null;
  /** What the figure covers and is measured against, or why there is none. */
  notes: string[];
  caveats: Caveat[];
  /** The title of the document the figure is quoted from. */
  source: string | null;
}

export function markLabel(mark: MarkFigure, indicator: Indicator, lang: Lang, selected: boolean): string {
  const sep = lang === 'zh' ? '：' : ': ';
  const o = mark.observation;
  const value = o ? `${formatFigure(o, indicator, lang)}${lang === 'zh' ? '，' : ', '}${o.period.label[lang]}` : mt(lang, 'noData');
  return `${mark.place.name[lang]}${sep}${indicator.name[lang]} ${value}${selected ? mt(lang, 'selectedSuffix') : ''}`;
}

export function tooltipContent(mark: MarkFigure, indicator: Indicator, data: Dataset, lang: Lang): TooltipContent {
  const o = mark.observation;
  const others = o ? [] : observationsFor(data, mark.place.id, indicator.id).filter((x) => !headlineEligible(x));
  const notes = o ? figureNotes(o, lang) : others.length > 0 ? [mt(lang, 'partialOnly')] : [];
  const doc = o ? data.sources.find((s) => s.file === o.source.file) : undefined;
  return {
    title: mark.place.name[lang],
    indicator: indicator.name[lang],
    value: o ? formatFigure(o, indicator, lang) : mt(lang, 'noDataLong'),
    period: o ? `${o.period.label[lang]} · ${AGGREGATION_NAMES[o.aggregation][lang]}` : null,
    notes,
    caveats: o?.caveats ?? [],
    source: doc ? doc.title[lang] : null,
  };
}
