import { labelled, phrases } from '../i18n/punctuation';
import { kindName } from '../data/terms';
import { mapText } from './messages';
import { figureNotes } from '../data/figureNotes';
import { headlineEligible } from '../data/figures';
import { formatFigure } from '../data/format';
import { observationsFor } from '../data/lookup';
import type { Caveat, Dataset, Indicator, Lang, Observation, Place } from '../data/types';

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
  const o = mark.observation;
  const value = o ? phrases(lang, [formatFigure(o, indicator, lang), o.period.label[lang]]) : mapText(lang, 'noData');
  return `${labelled(lang, mark.place.name[lang], `${indicator.name[lang]} ${value}`)}${selected ? mapText(lang, 'selectedSuffix') : ''}`;
}

export function tooltipContent(mark: MarkFigure, indicator: Indicator, data: Dataset, lang: Lang): TooltipContent {
  const o = mark.observation;
  const others = o ? [] : observationsFor(data, mark.place.id, indicator.id).filter((x) => !headlineEligible(x));
  const notes = o ? figureNotes(o, lang) : others.length > 0 ? [mapText(lang, 'partialOnly')] : [];
  const doc = o ? data.sources.find((s) => s.file === o.source.file) : undefined;
  return {
    title: mark.place.name[lang],
    indicator: indicator.name[lang],
    value: o ? formatFigure(o, indicator, lang) : mapText(lang, 'noDataLong'),
    period: o ? `${o.period.label[lang]} · ${kindName(lang, o.aggregation)}` : null,
    notes,
    caveats: o?.caveats ?? [],
    source: doc ? doc.title[lang] : null,
  };
}
