import { monthsBetween } from './dates';
import { isWithin } from './places';
import type { Aggregation, Observation, Place } from './types';

/**
 * The one set of rules for which figures may be ranked together, and why the others
 * may not. Figures differ in kind, period and coverage; nothing here ranks unlike
 * figures silently. On top of the pairwise rules sit what a chart needs: one figure
 * per stated conflict, a class for each figure (targets and derived values apart
 * from what happened), and the largest like-for-like set, with the reasons every
 * other figure is left out.
 */

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

/** How a figure is drawn and grouped: derived values are their own class whatever they count. */
export type FigureClass = Aggregation | 'derived';

export function figureClass(o: Observation): FigureClass {
  return o.derived ? 'derived' : o.aggregation;
}

export interface ConflictSplit {
  /** One figure per conflict group (the exact one where the text also rounds), plus every figure without a conflict. */
  kept: Observation[];
  /** For each kept figure with a conflict, the other versions the source gives. */
  twins: Map<string, Observation[]>;
}

/** Keeps one version of each stated conflict so nothing is drawn twice; the others ride along as twins. */
export function splitConflicts(observations: Observation[]): ConflictSplit {
  const byGroup = new Map<string, Observation[]>();
  for (const o of observations) if (o.conflict) byGroup.set(o.conflict, [...(byGroup.get(o.conflict) ?? []), o]);
  const preferred = new Map<string, Observation>();
  for (const [group, members] of byGroup) {
    const best = [...members].sort(preferExact)[0];
    if (best) preferred.set(group, best);
  }
  const kept: Observation[] = [];
  const twins = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!o.conflict) kept.push(o);
    else if (preferred.get(o.conflict) === o) {
      kept.push(o);
      twins.set(
        o.id,
        (byGroup.get(o.conflict) ?? []).filter((x) => x !== o),
      );
    }
  }
  return { kept, twins };
}

/** A stated figure before a derived one, an exact one before "近/超", and the more precise of two (52.62 before 52.6). */
function preferExact(a: Observation, b: Observation): number {
  return (
    Number(Boolean(a.derived)) - Number(Boolean(b.derived)) ||
    Number(Boolean(a.qualifier)) - Number(Boolean(b.qualifier)) ||
    decimals(b.value) - decimals(a.value)
  );
}

function decimals(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

export type ExclusionReason =
  'indicator' | 'aggregation' | 'period' | 'coverage' | 'target' | 'forecast' | 'limit' | 'derived' | 'conflict' | 'nested' | 'unmatched';

export interface Ranked {
  observation: Observation;
  /** 1-based; equal values share a rank. */
  rank: number;
}

export interface LikeForLike {
  ranked: Ranked[];
  excluded: { observation: Observation; reasons: ExclusionReason[] }[];
}

/**
 * The largest set of figures that count the same thing over the same period and
 * scope for two or more places, none containing another, ranked by value; and
 * every other figure with the reasons it is not ranked with them.
 */
export function likeForLike(places: Place[], observations: Observation[]): LikeForLike {
  const { kept } = splitConflicts(observations);
  const candidates = kept.filter(rankable);
  const groups = comparableGroups(candidates)
    .filter(
      (g) =>
        distinct(g.observations.map((o) => o.place)) &&
        !nests(
          places,
          g.observations.map((o) => o.place),
        ),
    )
    .sort(
      (a, b) =>
        b.observations.length - a.observations.length ||
        Number(!a.key.endsWith('|place:')) - Number(!b.key.endsWith('|place:')) ||
        latestEnd(b.observations).localeCompare(latestEnd(a.observations)) ||
        a.key.localeCompare(b.key),
    );
  const chosen = new Set((groups[0]?.observations ?? []).map((o) => o.id));
  const group = observations.filter((o) => chosen.has(o.id));
  const sorted = [...group].sort((a, b) => b.value - a.value || a.place.localeCompare(b.place));
  const ranked = sorted.map((observation) => ({ observation, rank: 1 + sorted.filter((o) => o.value > observation.value).length }));
  const reference = group[0];
  const excluded = observations
    .filter((o) => !chosen.has(o.id))
    .map((observation) => ({ observation, reasons: reasonsApart(reference, observation, kept) }));
  return { ranked, excluded };
}

function reasonsApart(reference: Observation | undefined, o: Observation, kept: Observation[]): ExclusionReason[] {
  if (!kept.includes(o)) return ['conflict'];
  const reasons: ExclusionReason[] = [];
  if (o.aggregation === 'target' || o.aggregation === 'forecast' || o.aggregation === 'limit') reasons.push(o.aggregation);
  if (o.derived) reasons.push('derived');
  if (!reference) return reasons.length > 0 ? reasons : ['unmatched'];
  const diff = differences(reference, o).filter((d) => !(d === 'aggregation' && reasons.includes(o.aggregation as ExclusionReason)));
  reasons.push(...diff);
  return reasons.length > 0 ? reasons : ['nested'];
}

function distinct(ids: string[]): boolean {
  return new Set(ids).size === ids.length && ids.length >= 2;
}

/** True when one of the places contains another: their figures are part and whole, not peers. */
export function nests(places: Place[], ids: string[]): boolean {
  return ids.some((a) => ids.some((b) => a !== b && isWithin(places, b, a)));
}

function latestEnd(observations: Observation[]): string {
  return (
    observations
      .map((o) => o.period.end)
      .sort()
      .at(-1) ?? ''
  );
}

/** Months a period spans, counting both ends ("2023-01".."2023-09" → 9). */
export function monthsSpanned(o: Observation): number {
  return monthsBetween(o.period.start, o.period.end) + 1;
}
