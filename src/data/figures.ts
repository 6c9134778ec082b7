import { observationsFor } from './lookup';
import { LEVELS, type Aggregation, type Dataset, type Observation, type Place } from './types';

/**
 * Which figure stands for a place on an indicator, and which figures may be ranked
 * together. Figures differ in period, coverage and kind; nothing here ranks unlike
 * figures silently, and nothing lets a part stand for the whole.
 */

/** The kinds a headline may show, in the order it prefers them: what happened, never a plan, an expectation or a limit. */
const HEADLINE_ORDER: Aggregation[] = [
  'annual',
  'stock',
  'partial-year',
  'cumulative',
  'rank',
  'rank-change',
  'rate',
  'share',
  'growth',
  'duration',
];

export interface Headline {
  /** The place the symbol stands for. */
  place: Place;
  /** The figure shown, or undefined when the seeds give none for the place as a whole ("not stated", never zero). */
  observation?: Observation;
}

/** A figure about the place as a whole: not one institution's book, one deal, one programme, one event or a wider area. */
export function coversWholePlace(o: Observation): boolean {
  return !o.covers || o.covers.kind === 'place';
}

/**
 * The figure each place shows for an indicator: its own latest stated level of the
 * most telling kind, about the place as a whole. A city never borrows a district's
 * figure, and an institution's or a deal's figure never stands for a place.
 * With `year`, only figures whose period ends in that year count.
 */
export function headlines(data: Dataset, indicator: string, places: Place[], year: number | null = null): Headline[] {
  return places.map((place) => {
    const observation = pickHeadline(observationsOf(data, place.id, indicator, year));
    return observation ? { place, observation } : { place };
  });
}

function observationsOf(data: Dataset, place: string, indicator: string, year: number | null): Observation[] {
  const all = observationsFor(data, place, indicator);
  return year === null ? all : all.filter((o) => Number(o.period.end.slice(0, 4)) === year);
}

/** Whether a figure may stand as its place's headline: a stated outcome about the whole place. */
export function headlineEligible(o: Observation): boolean {
  return HEADLINE_ORDER.includes(o.aggregation) && !o.derived && coversWholePlace(o);
}

export function pickHeadline(candidates: Observation[]): Observation | undefined {
  return candidates.filter(headlineEligible).sort(compareHeadline)[0];
}

function compareHeadline(a: Observation, b: Observation): number {
  return (
    HEADLINE_ORDER.indexOf(a.aggregation) - HEADLINE_ORDER.indexOf(b.aggregation) ||
    // Later periods first; an exact figure before an approximate one for the same period.
    b.period.end.localeCompare(a.period.end) ||
    Number(Boolean(a.qualifier)) - Number(Boolean(b.qualifier)) ||
    a.id.localeCompare(b.id)
  );
}

/** Kinds that may be ranked against each other: stated levels, rates, shares, ranks and durations, never plans, expectations or limits. */
export function rankable(o: Observation): boolean {
  return !o.derived && !['target', 'forecast', 'limit', 'rank-change'].includes(o.aggregation);
}

/**
 * Figures are comparable when they count the same thing over the same period:
 * same indicator, same kind, the same span (a full year with the same full
 * year; a stock with a stock at the same month), and the same coverage.
 */
export function comparabilityKey(o: Observation): string {
  return `${o.indicator}|${o.aggregation}|${span(o)}|${coverageKey(o)}`;
}

function span(o: Observation): string {
  return o.aggregation === 'stock' ? o.period.end : `${o.period.start}..${o.period.end}`;
}

/** Two figures cover the same thing when they are of the same kind and, where one narrows its definition, the other narrows it alike. */
export function coverageKey(o: Observation): string {
  return `${o.covers?.kind ?? 'place'}:${o.covers?.text?.en ?? ''}`;
}

export interface ComparableGroup {
  key: string;
  observations: Observation[];
}

/** Groups figures into sets that may be ranked against each other, largest set first. */
export function comparableGroups(observations: Observation[]): ComparableGroup[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = comparabilityKey(o);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  return [...groups]
    .map(([key, obs]) => ({ key, observations: obs }))
    .sort((a, b) => b.observations.length - a.observations.length || a.key.localeCompare(b.key));
}

export type Difference = 'indicator' | 'aggregation' | 'period' | 'coverage';

/** Why two figures may not be ranked together; empty when they may. */
export function differences(a: Observation, b: Observation): Difference[] {
  const out: Difference[] = [];
  if (a.indicator !== b.indicator) out.push('indicator');
  if (a.aggregation !== b.aggregation) out.push('aggregation');
  if (span(a) !== span(b)) out.push('period');
  if (coverageKey(a) !== coverageKey(b)) out.push('coverage');
  return out;
}

/** Levels are the only kinds that may share a money or count axis. */
export function isLevel(o: Observation): boolean {
  return LEVELS.includes(o.aggregation);
}
