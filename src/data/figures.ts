import { observationsFor } from './lookup';
import type { Aggregation, Dataset, Observation, Place } from './types';

/**
 * Which figure stands for a place on an indicator, and which figures may be ranked
 * together. Figures differ in period, scope and aggregation (DESIGN.md "The data is
 * the product"); nothing here ranks unlike figures silently.
 */

/** Aggregations that describe what happened, in the order a headline prefers them. */
const HEADLINE_ORDER: Aggregation[] = ['annual', 'stock', 'partial-year', 'cumulative', 'rank', 'rate', 'share', 'growth'];

export interface Headline {
  /** The place the symbol stands for. */
  place: Place;
  /** The figure shown, or undefined when the seeds give none ("no data", never zero). */
  observation?: Observation;
  /** Set when a city shows a district's or zone's figure because it has none of its own. */
  via?: Place;
}

/**
 * The figure each city shows for an indicator: its own latest stated figure of the
 * most telling aggregation, or else one from its districts or zones (named in `via`).
 * Targets, derived values and figures with a qualifier-free twin are passed over.
 * With `year`, only figures whose period ends in that year count.
 */
export function headlines(data: Dataset, indicator: string, places: Place[], year: number | null = null): Headline[] {
  return places.map((place) => {
    const own = pickHeadline(observationsOf(data, place.id, indicator, year));
    if (own) return { place, observation: own };
    for (const child of descendants(data.places, place.id)) {
      const o = pickHeadline(observationsOf(data, child.id, indicator, year));
      if (o) return { place, observation: o, via: child };
    }
    return { place };
  });
}

function observationsOf(data: Dataset, place: string, indicator: string, year: number | null): Observation[] {
  const all = observationsFor(data, place, indicator);
  return year === null ? all : all.filter((o) => Number(o.period.end.slice(0, 4)) === year);
}

export function pickHeadline(candidates: Observation[]): Observation | undefined {
  const usable = candidates.filter((o) => o.aggregation !== 'target' && !o.derived);
  return usable.sort(compareHeadline)[0];
}

function compareHeadline(a: Observation, b: Observation): number {
  const rank = (o: Observation) => {
    const i = HEADLINE_ORDER.indexOf(o.aggregation);
    return i < 0 ? HEADLINE_ORDER.length : i;
  };
  return (
    rank(a) - rank(b) ||
    // Later periods first; an exact figure before an approximate one for the same period.
    b.period.end.localeCompare(a.period.end) ||
    Number(Boolean(a.qualifier)) - Number(Boolean(b.qualifier)) ||
    a.id.localeCompare(b.id)
  );
}

export function descendants(places: Place[], id: string): Place[] {
  const children = places.filter((p) => p.parent === id);
  return children.flatMap((c) => [c, ...descendants(places, c.id)]);
}

/**
 * Figures are comparable when they count the same thing over the same period:
 * same indicator, same aggregation, the same span (a full year with the same full
 * year; a stock with a stock at the same month), and the same kind of scope.
 */
export function comparabilityKey(o: Observation): string {
  return `${o.indicator}|${o.aggregation}|${span(o)}|${o.scope ? 'scoped' : 'whole'}`;
}

function span(o: Observation): string {
  return o.aggregation === 'stock' ? o.period.end : `${o.period.start}..${o.period.end}`;
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
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups]
    .map(([key, obs]) => ({ key, observations: obs }))
    .sort((a, b) => b.observations.length - a.observations.length || a.key.localeCompare(b.key));
}

/** Why two figures may not be ranked together, or null when they may. */
export function differences(a: Observation, b: Observation): ('indicator' | 'aggregation' | 'period' | 'scope')[] {
  const out: ('indicator' | 'aggregation' | 'period' | 'scope')[] = [];
  if (a.indicator !== b.indicator) out.push('indicator');
  if (a.aggregation !== b.aggregation) out.push('aggregation');
  if (span(a) !== span(b)) out.push('period');
  if (Boolean(a.scope) !== Boolean(b.scope)) out.push('scope');
  return out;
}
