import { cityOf, placeById } from '../data/places';
import { required } from '../lib/required';
import type { Dataset, Designation, DesignationType, Event, Holding, Place, Text } from '../data/types';
import type { SourceTarget } from '../data/refs';
import { round, yearScale, type TimeScale } from './scale';

/** The timeline of designations and events, each dated as precisely as its source. */

export type Precision = 'year' | 'month' | 'day';

export interface TimelineItem {
  id: string;
  kind: 'designation' | 'event';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: Precision;
  start: Date;
  /** The end of the span the date stands for: the year's or month's last day. */
  end: Date;
  place: Place;
  city: Place;
  text: Text;
  target: SourceTarget;
  /** For a designation: a title, or a recognition of another kind (case, honour, platform, preparation). */
  recognition?: DesignationType;
  /** For an event the text dates only loosely ("by then", "recently"). */
  dateQualifier?: Event['dateQualifier'];
}

export interface Undated {
  designation: Designation;
  holding: Holding;
}

export function timelineItems(data: Dataset): { dated: TimelineItem[]; undated: Undated[] } {
  const placeOf = (id: string) => required(placeById(data.places, id), `place ${id}`);
  const cityOfPlace = (place: Place) => cityOf(data.places, place.id) ?? place;
  const dated: TimelineItem[] = [];
  const undated: Undated[] = [];
  for (const designation of data.designations) {
    for (const holding of designation.holders) {
      if (holding.year === undefined) {
        undated.push({ designation, holding });
        continue;
      }
      const date = holding.month ? `${holding.year}-${String(holding.month).padStart(2, '0')}` : String(holding.year);
      const place = placeOf(holding.place);
      dated.push({
        id: `${designation.id}@${holding.place}`,
        kind: 'designation',
        date,
        ...span(date),
        place,
        city: cityOfPlace(place),
        text: designation.title,
        target: { kind: 'holding', designation: designation.id, place: holding.place },
        recognition: designation.type,
      });
    }
  }
  for (const event of data.events) {
    const place = placeOf(event.place);
    dated.push({
      id: event.id,
      kind: 'event',
      date: event.date,
      ...span(event.date),
      place,
      city: cityOfPlace(place),
      text: event.text,
      target: { kind: 'event', id: event.id },
      ...(event.dateQualifier ? { dateQualifier: event.dateQualifier } : {}),
    });
  }
  dated.sort((a, b) => a.start.getTime() - b.start.getTime() || precisionRank(a) - precisionRank(b) || a.id.localeCompare(b.id));
  return { dated, undated };
}

/** The span a date stands for, in UTC so the layout does not depend on the reader's time zone. */
export function span(date: string): { precision: Precision; start: Date; end: Date } {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (m && d) return { precision: 'day', start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d)) };
  if (m) return { precision: 'month', start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 0)) };
  return { precision: 'year', start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)) };
}

/**
 * The items of each year, for the list: dated ones in date order, then those
 * known only by year, which cannot be placed within it.
 */
export function byYear(items: TimelineItem[]): { year: string; items: TimelineItem[] }[] {
  const years = [...new Set(items.map((i) => i.date.slice(0, 4)))].sort();
  return years.map((year) => ({
    year,
    items: items
      .filter((i) => i.date.startsWith(year))
      .sort((a, b) => precisionRank(a) - precisionRank(b) || a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id)),
  }));
}

function precisionRank(item: TimelineItem): number {
  return item.precision === 'year' ? 1 : 0;
}

export interface LaidOutItem {
  item: TimelineItem;
  x: number;
  width: number;
  y: number;
}

export interface Lane {
  city: Place;
  y: number;
  height: number;
}

export interface TimelineLayout {
  scale: TimeScale;
  lanes: Lane[];
  items: LaidOutItem[];
  height: number;
}

const ROW = 9;
const LANE_PAD = 10;
const MIN_WIDTH = 8;

/**
 * One lane per city; inside a lane, items that would overlap stack into sub-rows,
 * so a year known only as "2023" shows as a bar across 2023 without hiding its neighbours.
 */
export function timelineLayout(items: TimelineItem[], cities: Place[], width: number, labelWidth: number, top = 24): TimelineLayout {
  const first = Math.min(...items.map((i) => i.start.getUTCFullYear()));
  const last = Math.max(...items.map((i) => i.end.getUTCFullYear()));
  const scale = yearScale(new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1)), [labelWidth, width - 2]);
  const lanes: Lane[] = [];
  const laid: LaidOutItem[] = [];
  let y = top;
  for (const city of cities) {
    const rows: number[] = [];
    const inLane = items.filter((i) => i.city.id === city.id);
    for (const item of inLane) {
      const x = scale.x(item.start);
      const w = Math.max(MIN_WIDTH, scale.x(nextDay(item.end)) - x);
      let row = rows.findIndex((right) => right + 2 <= x);
      if (row < 0) row = rows.push(0) - 1;
      rows[row] = x + w;
      laid.push({ item, x, width: round(w), y: y + LANE_PAD / 2 + row * ROW });
    }
    const height = Math.max(1, rows.length) * ROW + LANE_PAD;
    lanes.push({ city, y, height });
    y += height;
  }
  return { scale, lanes, items: laid, height: y + 4 };
}

function nextDay(d: Date): Date {
  return new Date(d.getTime() + 86_400_000);
}
