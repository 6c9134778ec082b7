import { coversWholePlace } from '../data/figures';
import { required } from '../lib/required';
import type { Dataset, Indicator, Observation, Place } from '../data/types';
import { placeById, placeTree } from '../data/places';
import {
  coverageKey,
  figureClass,
  likeForLike,
  monthsSpanned,
  splitConflicts,
  type FigureClass,
  type LikeForLike,
} from '../data/comparability';

/**
 * Rows for the dot and bar charts. A row is one place's figure, or a before/after
 * series of one place's figures where a seed gives both ends of the same measure.
 */

export interface RowMark {
  observation: Observation;
  cls: FigureClass;
  /** Other versions of this figure that the source also states. */
  twins: Observation[];
}

export interface FigureRow {
  key: string;
  place: Place;
  /** In time order; more than one mark is a before/after series. */
  marks: RowMark[];
  /** Growth rates the source states for this place and measure. */
  growth: Observation[];
  /** Set when the row takes part in a like-for-like ranking. */
  rank?: number;
}

/** A group of rows: a kind of figure, or 'portion' for figures about less than the place (an institution's book, one deal). */
export type GroupClass = FigureClass | 'portion';

export interface RowGroup {
  /** What the rows in the group count: the class of the row's latest actual figure, or 'portion'. */
  cls: GroupClass;
  rows: FigureRow[];
}

export interface Block {
  indicator: Indicator;
  groups: RowGroup[];
  /** The largest value drawn, for the block's shared scale. */
  max: number;
}

/**
 * A group's rows by the year their latest figure ends in, latest first, when the
 * group spans more than one year: a district's 2020 figure is not read as one more
 * 2023 full year. A group of one year, or a series group, stays whole (year null).
 */
export function rowsByYear(group: RowGroup, series: boolean): { year: string | null; rows: FigureRow[] }[] {
  const yearOf = (r: FigureRow) => r.marks.at(-1)?.observation.period.end.slice(0, 4) ?? '';
  const years = [...new Set(group.rows.map(yearOf))].sort().reverse();
  if (series || years.length < 2) return [{ year: null, rows: group.rows }];
  return years.map((year) => ({ year, rows: group.rows.filter((r) => yearOf(r) === year) }));
}

/** How many figures a block shows: marks, their twins and the growth rates beside them. */
export function figureCount(block: Block): number {
  return block.groups.reduce(
    (n, g) => n + g.rows.reduce((m, r) => m + r.growth.length + r.marks.reduce((k, mark) => k + 1 + mark.twins.length, 0), 0),
    0,
  );
}

/** The order the panels list groups in: what happened, then what was planned, then what was computed. */
export const GROUP_ORDER: GroupClass[] = [
  'annual',
  'stock',
  'rate',
  'partial-year',
  'cumulative',
  'portion',
  'share',
  'growth',
  'duration',
  'limit',
  'rank',
  'rank-change',
  'forecast',
  'target',
  'derived',
];

export interface BlockOptions {
  /** Join one place's figures of the same shape into before/after rows. */
  series: boolean;
  /** Show the growth rates the sources state beside the rows they describe. */
  growth: boolean;
}

export function buildBlock(data: Dataset, indicatorId: string, options: BlockOptions): Block | null {
  const indicator = data.indicators.find((i) => i.id === indicatorId);
  const observations = data.observations.filter((o) => o.indicator === indicatorId);
  if (!indicator || observations.length === 0) return null;
  const { kept, twins } = splitConflicts(observations);
  const order = placeOrder(data.places);
  const rows = options.series ? seriesRows(data, kept, twins) : kept.map((o) => row(data, [o], twins));
  if (options.growth) attachGrowth(data, indicatorId, rows);

  const groups = new Map<GroupClass, FigureRow[]>();
  for (const r of rows) {
    const cls = r.marks.some((m) => !coversWholePlace(m.observation))
      ? 'portion'
      : options.series
        ? rowClass(r)
        : (r.marks[0]?.cls ?? 'annual');
    groups.set(cls, [...(groups.get(cls) ?? []), r]);
  }
  // Series rows keep to place order; single figures put the latest first, so no order reads as a ranking.
  const sortRows = options.series
    ? (a: FigureRow, b: FigureRow) => order(a.place) - order(b.place)
    : (a: FigureRow, b: FigureRow) => latest(b).localeCompare(latest(a)) || order(a.place) - order(b.place);
  const ordered = GROUP_ORDER.flatMap((cls) => {
    const members = groups.get(cls);
    return members ? [{ cls, rows: members.sort(sortRows) }] : [];
  });
  return { indicator, groups: ordered, max: Math.max(...observations.map((o) => o.value)) };
}

/** The block reduced to its like-for-like figures, ranked; and what was left out. */
export function rankBlock(data: Dataset, block: Block): { block: Block; comparison: LikeForLike } {
  const observations = data.observations.filter((o) => o.indicator === block.indicator.id);
  const comparison = likeForLike(data.places, observations);
  const { twins } = splitConflicts(observations);
  const rows = comparison.ranked.map(({ observation, rank }) => ({ ...row(data, [observation], twins), rank }));
  const cls = rows[0] ? rowClass(rows[0]) : 'annual';
  const max = Math.max(0, ...comparison.ranked.map((r) => r.observation.value));
  const ranked: Block = { ...block, groups: rows.length ? [{ cls, rows }] : [], max };
  return { block: ranked, comparison };
}

function row(data: Dataset, observations: [Observation, ...Observation[]], twins: Map<string, Observation[]>): FigureRow {
  const place = required(placeById(data.places, observations[0].place), `place ${observations[0].place}`);
  return {
    key: observations.map((o) => o.id).join('~'),
    place,
    marks: observations.map((o) => ({ observation: o, cls: figureClass(o), twins: twins.get(o.id) ?? [] })),
    growth: [],
  };
}

/**
 * One place's figures join into a series when they count the same way over the
 * same length of time without overlapping (end-2020 and Oct-2023 stocks; Q1 2023
 * and Q1 2024). A target joins the place's only series of actual figures.
 */
function seriesRows(data: Dataset, kept: Observation[], twins: Map<string, Observation[]>): FigureRow[] {
  const out: FigureRow[] = [];
  const byPlace = new Map<string, Observation[]>();
  for (const o of kept) byPlace.set(o.place, [...(byPlace.get(o.place) ?? []), o]);
  for (const obs of byPlace.values()) {
    const actual = obs.filter((o) => o.aggregation !== 'target' && o.aggregation !== 'forecast');
    const targets = obs.filter((o) => o.aggregation === 'target' || o.aggregation === 'forecast');
    const chains: [Observation, ...Observation[]][] = [];
    for (const o of [...actual].sort(byEnd)) {
      const chain = chains.find((c) => c.every((x) => sameShape(x, o)));
      if (chain) chain.push(o);
      else chains.push([o]);
    }
    for (const t of targets) {
      const fits = chains.filter((c) => c.every((x) => coverageKey(x) === coverageKey(t)));
      const [only] = fits;
      if (only && fits.length === 1 && chains.length === 1) only.push(t);
      else chains.push([t]);
    }
    for (const chain of chains) out.push(row(data, chain.sort(byEnd), twins));
  }
  return out;
}

function sameShape(a: Observation, b: Observation): boolean {
  if (a.aggregation !== b.aggregation || coverageKey(a) !== coverageKey(b)) return false;
  const pa = a.period;
  const pb = b.period;
  const point = (p: { start: string; end: string }) => p.start === p.end;
  if (point(pa) && point(pb)) return pa.end !== pb.end;
  return monthsSpanned(a) === monthsSpanned(b) && (pa.end < pb.start || pb.end < pa.start);
}

function attachGrowth(data: Dataset, indicatorId: string, rows: FigureRow[]): void {
  const growthIds = new Set(
    data.indicators
      .filter((i) => i.base === indicatorId && data.observations.some((o) => o.indicator === i.id && o.aggregation === 'growth'))
      .map((i) => i.id),
  );
  for (const o of data.observations) {
    if (!growthIds.has(o.indicator) || o.aggregation !== 'growth') continue;
    const candidates = rows.filter((r) => r.place.id === o.place);
    const match = candidates.find((r) => r.marks.some((m) => m.observation.period.end === o.period.end)) ?? candidates[0];
    match?.growth.push(o);
  }
}

/** A row's class: that of its latest actual figure, or the target's when it has only a target. */
function rowClass(r: FigureRow): FigureClass {
  const actual = r.marks.filter((m) => m.cls !== 'target' && m.cls !== 'forecast' && m.cls !== 'derived');
  const last = actual.at(-1);
  if (last) return last.cls;
  const derived = r.marks.find((m) => m.cls === 'derived');
  return derived ? derived.observation.aggregation : (r.marks[0]?.cls ?? 'annual');
}

function latest(r: FigureRow): string {
  return r.marks.at(-1)?.observation.period.end ?? '';
}

function byEnd(a: Observation, b: Observation): number {
  return a.period.end.localeCompare(b.period.end);
}

/** Reading order of places: each city followed by its districts and zones. */
export function placeOrder(places: Place[]): (p: Place) => number {
  const ids = placeTree(places).map((p) => p.id);
  return (p) => ids.indexOf(p.id);
}
