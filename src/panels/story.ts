import { likeForLike, rankable, splitConflicts, type ExclusionReason, type Ranked } from '../data/comparability';
import { monthYear } from '../data/dates';
import { numberStyle, type NumberStyle } from '../data/format';
import { coversWholePlace } from '../data/figures';
import { indicatorById } from '../data/lookup';
import type { SourceTarget } from '../data/refs';
import type { Aggregation, Dataset, Designation, Indicator, Lang, Observation, Place } from '../data/types';
import { coverageBrief } from '../data/figureNotes';
import { clauses, listParts } from '../i18n/punctuation';
import { required } from '../lib/required';
import { storyText } from './storyMessages';

/**
 * The overview's story: a few sentences and three key comparisons, generated from
 * the dataset, so every number in them is a figure with its source. Each
 * comparison ranks only like-for-like figures (comparability.ts decides), keeps a
 * stated conflict's other version beside the one it shows, and names the cities
 * whose figures do not compare, and why, and those the sources give none for.
 */

/** The measures the overview compares: the ones most cities report, in the order a reader meets them. */
export const KEY_INDICATORS = ['ip-pledge-amount', 'high-value-patents-per-10k', 'valid-invention-patents'] as const;

/** A piece of a sentence: text, a figure that opens its source, or a place that opens its profile. */
export type Segment =
  { text: string } | { figure: Observation; indicator: Indicator; style?: NumberStyle } | { place: Place; source?: SourceTarget };

export interface KeyComparison {
  indicator: Indicator;
  /** The like-for-like figures, largest first; equal values share a rank. */
  ranked: (Ranked & { place: Place; twins: Observation[] })[];
  /** Each city's figures that do not compare with the ranked ones, with the reasons, latest first. */
  apart: { place: Place; figures: { observation: Observation; reasons: ExclusionReason[] }[] }[];
  /** Cities the sources give no figure for. */
  missing: Place[];
}

export interface Story {
  /** What the sources are and how much of them compares. */
  scope: Segment[];
  /** Each key comparison with its sentence (what it ranks, then what it leaves out and why) and the number style they share. */
  comparisons: { comparison: KeyComparison; ranked: Segment[]; rest: Segment[]; style: NumberStyle }[];
  /** A sentence per national title that two or more cities hold themselves. */
  titles: Segment[][];
}

type SharedTitle = { designation: Designation; holders: Place[] };

const KIND_ORDER: Aggregation[] = ['annual', 'stock', 'partial-year', 'cumulative'];

const cities = (data: Dataset) => data.places.filter((p) => p.level === 'city');

export function keyComparison(data: Dataset, indicatorId: string): KeyComparison {
  const indicator = required(indicatorById(data.indicators, indicatorId), `indicator ${indicatorId}`);
  const list = cities(data);
  const own = data.observations.filter((o) => o.indicator === indicatorId && list.some((c) => c.id === o.place));
  const { twins } = splitConflicts(own);
  const { ranked, excluded } = likeForLike(
    list,
    own.filter((o) => coversWholePlace(o) && rankable(o)),
  );
  const rankedIds = new Set(ranked.map((r) => r.observation.id));
  const twinIds = new Set(ranked.flatMap((r) => (twins.get(r.observation.id) ?? []).map((t) => t.id)));
  const reasonsOf = new Map(excluded.map((e) => [e.observation.id, e.reasons]));
  const apart = list.flatMap((place) => {
    const figures = own
      .filter(
        (o) =>
          o.place === place.id && !rankedIds.has(o.id) && !twinIds.has(o.id) && o.aggregation !== 'target' && o.aggregation !== 'forecast',
      )
      .map((observation) => ({ observation, reasons: reasonsOf.get(observation.id) ?? ['coverage' as const] }))
      // The closest to the ranked figures first: fewest differences, then a level over a year before a multi-year total, then the latest.
      .sort(
        (a, b) =>
          a.reasons.length - b.reasons.length ||
          KIND_ORDER.indexOf(a.observation.aggregation) - KIND_ORDER.indexOf(b.observation.aggregation) ||
          b.observation.period.end.localeCompare(a.observation.period.end),
      );
    // A city with a figure in the ranking needs no second mention for its other years.
    return figures.length > 0 && !ranked.some((r) => r.observation.place === place.id) ? [{ place, figures }] : [];
  });
  const missing = list.filter((c) => !own.some((o) => o.place === c.id && o.aggregation !== 'target' && o.aggregation !== 'forecast'));
  return {
    indicator,
    ranked: ranked.map((r) => ({
      ...r,
      place: required(
        list.find((c) => c.id === r.observation.place),
        `city ${r.observation.place}`,
      ),
      twins: twins.get(r.observation.id) ?? [],
    })),
    apart,
    missing,
  };
}

/** National titles that two or more cities hold themselves (not through a district). */
export function sharedTitles(data: Dataset): SharedTitle[] {
  const list = cities(data);
  return data.designations
    .filter((d) => d.type === 'title' && d.level === 'national')
    .map((designation) => ({
      designation,
      holders: list.filter((c) => designation.holders.some((h) => h.place === c.id)),
    }))
    .filter((t) => t.holders.length >= 2)
    .sort((a, b) => b.holders.length - a.holders.length || a.designation.id.localeCompare(b.designation.id));
}

/** How many measures have like-for-like figures for two or more cities. */
export function comparableMeasures(data: Dataset): number {
  return data.indicators.filter((i) => keyComparison(data, i.id).ranked.length >= 2).length;
}

export function storyModel(data: Dataset, lang: Lang): Story {
  return {
    scope: scopeSentence(data, lang),
    comparisons: KEY_INDICATORS.map((id) => {
      const comparison = keyComparison(data, id);
      const style = numberStyle(
        [
          ...comparison.ranked.flatMap((r) => [r.observation.value, ...r.twins.map((t) => t.value)]),
          ...comparison.apart.flatMap((a) => a.figures.slice(0, 1).map((f) => f.observation.value)),
        ],
        comparison.indicator.unit,
        lang,
      );
      return { comparison, ranked: rankedClause(comparison, lang, style), rest: apartClauses(comparison, lang, style), style };
    }),
    titles: sharedTitles(data).map((t) => titleSentence(t, lang)),
  };
}

function scopeSentence(data: Dataset, lang: Lang): Segment[] {
  const dates = data.sources.map((s) => s.date).sort();
  const at = (date: string | undefined) => (date ? monthYear(lang, Number(date.slice(0, 4)), Number(date.slice(5, 7))) : '');
  return [
    {
      text: storyText(lang, 'scope', {
        from: at(dates[0]),
        to: at(dates.at(-1)),
        n: comparableMeasures(data),
        shown: KEY_INDICATORS.length,
      }),
    },
  ];
}

function figureWithTwins(figure: Observation, twins: Observation[], indicator: Indicator, lang: Lang, style: NumberStyle): Segment[] {
  const out: Segment[] = [{ figure, indicator, style }];
  for (const twin of twins)
    out.push({ text: storyText(lang, 'twinOpen') }, { figure: twin, indicator, style }, { text: storyText(lang, 'twinClose') });
  return out;
}

function list(lang: Lang, items: Segment[][]): Segment[] {
  return listParts(lang, items.length).flatMap((part) => (typeof part === 'number' ? (items[part] ?? []) : [{ text: part }]));
}

function rankedClause(c: KeyComparison, lang: Lang, style: NumberStyle): Segment[] {
  const { indicator } = c;
  const first = c.ranked[0]?.observation;
  const out: Segment[] = [];
  if (first) {
    out.push({ text: storyText(lang, 'lead', { measure: indicator.name[lang], period: first.period.label[lang] }) });
    out.push(
      ...list(
        lang,
        c.ranked.map((r) => [
          { place: r.place },
          { text: storyText(lang, 'gap') },
          ...figureWithTwins(r.observation, r.twins, indicator, lang, style),
        ]),
      ),
      { text: storyText(lang, 'stop') },
    );
  }
  return out;
}

function apartClauses(c: KeyComparison, lang: Lang, style: NumberStyle): Segment[] {
  const { indicator } = c;
  const out: Segment[] = [];
  for (const { place, figures } of c.apart) {
    const [closest] = figures;
    if (!closest) continue;
    const o = closest.observation;
    const when = [o.period.label[lang], coverageBrief(o, lang)].filter((t): t is string => Boolean(t));
    out.push(
      { place },
      { text: storyText(lang, 'apartHas') },
      { figure: o, indicator, style },
      { text: storyText(lang, 'apartWhen', { when: clauses(lang, when) }) },
    );
  }
  if (c.missing.length > 0)
    out.push(
      { text: storyText(lang, 'missingLead') },
      ...list(
        lang,
        c.missing.map((place) => [{ place }]),
      ),
      { text: storyText(lang, 'missingTail') },
    );
  return out;
}

function titleSentence(t: SharedTitle, lang: Lang): Segment[] {
  return [
    ...list(
      lang,
      t.holders.map((place) => [{ place, source: { kind: 'holding', designation: t.designation.id, place: place.id } }]),
    ),
    { text: storyText(lang, t.holders.length === 2 ? 'titleHeldBoth' : 'titleHeldAll', { title: t.designation.title[lang] }) },
  ];
}
