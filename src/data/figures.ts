import { observationsFor } from './lookup';
import type { Aggregation, Dataset, Observation, Place } from './types';

/**
 * Which figure stands for a place on an indicator. Nothing here lets a part stand
 * for the whole; which figures may be ranked together is comparability.ts's job.
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
