import { placeById } from '../data/places';
import {
  CATEGORIES,
  type Category,
  type Dataset,
  type Designation,
  type Event,
  type Holding,
  type Observation,
  type Place,
} from '../data/types';
import { descendants } from '../data/places';
import { splitConflicts } from '../data/comparability';

/** Everything the seeds say about one place, grouped for its profile. */

export interface ProfileModel {
  place: Place;
  /** The containing city or zone, for a district or zone. */
  parent: Place | null;
  /** Districts and zones within a place, nested ones included. */
  children: Place[];
  categories: { category: Category; items: { observation: Observation; twins: Observation[] }[] }[];
  holdings: { designation: Designation; holding: Holding }[];
  events: Event[];
}

/** Targets and derived values come after what the source states happened. */
function isPlanned(o: Observation): boolean {
  return o.aggregation === 'target' || Boolean(o.derived);
}

export function profileModel(data: Dataset, id: string): ProfileModel | null {
  const place = data.places.find((p) => p.id === id);
  if (!place) return null;
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const own = data.observations.filter((o) => o.place === id);
  const { kept, twins } = splitConflicts(own);
  const firstSeen = new Map<string, number>();
  kept.forEach((o, i) => firstSeen.has(o.indicator) || firstSeen.set(o.indicator, i));
  const categories = CATEGORIES.map((category) => ({
    category,
    items: kept
      .filter((o) => indicators.get(o.indicator)?.category === category)
      // Figures of one measure stay together, in the order the source introduces them; stated before planned, latest first.
      .sort(
        (a, b) =>
          (firstSeen.get(a.indicator) ?? 0) - (firstSeen.get(b.indicator) ?? 0) ||
          Number(isPlanned(a)) - Number(isPlanned(b)) ||
          b.period.end.localeCompare(a.period.end),
      )
      .map((observation) => ({ observation, twins: twins.get(observation.id) ?? [] })),
  })).filter((c) => c.items.length > 0);
  return {
    place,
    parent: place.parent ? (placeById(data.places, place.parent) ?? null) : null,
    children: descendants(data.places, id),
    categories,
    holdings: data.designations
      .flatMap((designation) => designation.holders.filter((h) => h.place === id).map((holding) => ({ designation, holding })))
      .sort((a, b) => (a.holding.year ?? a.holding.heldBy ?? 0) - (b.holding.year ?? b.holding.heldBy ?? 0)),
    events: data.events.filter((e) => e.place === id).sort((a, b) => a.date.localeCompare(b.date)),
  };
}
