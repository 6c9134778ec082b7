import { observationsFor } from '../data/lookup';
import { scaleSqrt } from 'd3';
import { headlines, pickHeadline, type Headline } from '../data/figures';
import { comparabilityKey } from '../data/comparability';
import { numberStyle, type NumberStyle } from '../data/format';
import { CATEGORIES, type Category, type Dataset, type Indicator, type Lang, type Observation, type Place } from '../data/types';

/**
 * What the map draws for each place on the chosen indicator: proportional circles
 * for the five cities (area ∝ value), hollow where the sources give no figure (never
 * a zero-sized or zero-valued mark), and a dashed ring where the figure covers part
 * of a year or several years, so it is not read against full-year figures.
 */

/** How a figure's period reads on the map: full year or level at a date, part of a year or cumulative, or nothing. */
export type Mark = 'solid' | 'dashed' | 'hollow';

export interface CitySymbol {
  place: Place;
  headline: Headline;
  /** Radius in pixels; hollow symbols get a small fixed radius that stands for nothing. */
  radius: number;
  mark: Mark;
}

export interface DistrictSymbol {
  place: Place;
  /** The district's own figure on the indicator, if the sources give one. */
  observation?: Observation;
}

/** Aggregations whose size means "how much"; ranks and growth rates are not drawn as areas. */
const SIZEABLE = new Set<Observation['aggregation']>(['annual', 'stock', 'partial-year', 'cumulative', 'rate', 'share']);

export const HOLLOW_RADIUS = 6;
export const MIN_RADIUS = 3;

/** Largest circle for a container width: big enough to compare on a wide screen, small enough not to bury a phone-sized map. */
export function maxRadiusFor(width: number): number {
  return Math.round(Math.min(30, Math.max(13, width / 26)));
}

export function markOf(o: Observation | undefined): Mark {
  if (!o) return 'hollow';
  return o.aggregation === 'partial-year' || o.aggregation === 'cumulative' ? 'dashed' : 'solid';
}

export function isSizeable(o: Observation): boolean {
  return SIZEABLE.has(o.aggregation) && o.value >= 0;
}

export function cities(data: Dataset): Place[] {
  return data.places.filter((p) => p.level === 'city');
}

/** Circle radius for a value: square-root scale from zero, so area, not radius, is proportional. */
export function radiusScale(max: number, maxRadius: number): (value: number) => number {
  const scale = scaleSqrt()
    .domain([0, max > 0 ? max : 1])
    .range([0, maxRadius]);
  return (value) => Math.max(MIN_RADIUS, scale(value));
}

export function citySymbols(data: Dataset, indicator: string, year: number | null, maxRadius: number): CitySymbol[] {
  const heads = headlines(data, indicator, cities(data), year);
  const values = heads.flatMap((h) => (h.observation && isSizeable(h.observation) ? [h.observation.value] : []));
  const radius = radiusScale(Math.max(0, ...values), maxRadius);
  return heads.map((headline) => {
    const o = headline.observation;
    const sized = o && isSizeable(o);
    return { place: headline.place, headline, radius: sized ? radius(o.value) : HOLLOW_RADIUS, mark: sized ? markOf(o) : 'hollow' };
  });
}

/** The districts and zones, each with its own headline figure on the indicator. */
export function districtSymbols(data: Dataset, indicator: string, year: number | null): DistrictSymbol[] {
  return data.places
    .filter((p) => p.level !== 'city')
    .map((place) => ({
      place,
      observation: pickHeadline(
        observationsFor(data, place.id, indicator).filter((o) => year === null || Number(o.period.end.slice(0, 4)) === year),
      ),
    }));
}

export interface IndicatorGroup {
  category: Category;
  /** Each with the number of cities that have a figure to draw for it. */
  indicators: { indicator: Indicator; cities: number }[];
}

/** Fewer than this many cities with a figure and a map compares nothing: the measure stays in the panels and profiles. */
export const MAP_MIN_CITIES = 2;

/**
 * The map's curated measures: those two or more cities have a headline figure
 * for that can be drawn as an area. Grouped by category in the order of
 * CATEGORIES; within a group, the most widely reported first.
 */
export function mapIndicators(data: Dataset): IndicatorGroup[] {
  const list = cities(data);
  const drawable = data.indicators
    .filter((indicator) => indicator.unit !== 'rank')
    .map((indicator, order) => ({
      indicator,
      order,
      cities: headlines(data, indicator.id, list).filter((h) => h.observation && isSizeable(h.observation)).length,
    }))
    .filter((d) => d.cities >= MAP_MIN_CITIES)
    .sort((a, b) => b.cities - a.cities || a.order - b.order);
  return CATEGORIES.map((category) => ({
    category,
    indicators: drawable.filter((d) => d.indicator.category === category).map(({ indicator, cities: n }) => ({ indicator, cities: n })),
  })).filter((g) => g.indicators.length > 0);
}

/** Whether the figures drawn differ in period, aggregation or scope, so their sizes must not be read as a ranking. */
export function mixedFigures(symbols: CitySymbol[]): boolean {
  const keys = new Set(symbols.flatMap((s) => (s.headline.observation ? [comparabilityKey(s.headline.observation)] : [])));
  return keys.size > 1;
}

/** A round number near `value`: 1, 2 or 5 times a power of ten, not above it. */
export function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((m) => m * power <= value) ?? 1;
  return step * power;
}

/** Two reference circles for the legend: the largest figure drawn and a round figure about a quarter of it. */
export function sizeKey(symbols: CitySymbol[], maxRadius: number): { value: number; radius: number }[] {
  const values = symbols.flatMap((s) => (s.mark !== 'hollow' && s.headline.observation ? [s.headline.observation.value] : []));
  const max = Math.max(0, ...values);
  if (max <= 0) return [];
  const radius = radiusScale(max, maxRadius);
  const small = roundDown(max / 4);
  return [max, small].map((value) => ({ value, radius: radius(value) }));
}

/** The map's number style: one unit and scale for every city's label and the legend beside it. */
export function mapNumberStyle(symbols: readonly CitySymbol[], indicator: Pick<Indicator, 'unit'>, lang: Lang): NumberStyle {
  return numberStyle(
    symbols.flatMap((s) => (s.headline.observation ? [s.headline.observation.value] : [])),
    indicator.unit,
    lang,
  );
}
