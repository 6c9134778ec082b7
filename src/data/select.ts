import type { Dataset, Place } from './types';

export interface PlaceSummary {
  place: Place;
  figures: number;
  designations: number;
  events: number;
}

/** How much the seeds say about each place, cities first, each followed by its districts and zones. */
export function placeSummaries(data: Dataset): PlaceSummary[] {
  const figures = countBy(data.observations.map((o) => o.place));
  const designations = countBy(data.designations.flatMap((d) => d.holders.map((h) => h.place)));
  const events = countBy(data.events.map((e) => e.place));
  return placeTree(data.places).map((place) => ({
    place,
    figures: figures.get(place.id) ?? 0,
    designations: designations.get(place.id) ?? 0,
    events: events.get(place.id) ?? 0,
  }));
}

/** Places in reading order: each city, then its children (depth first), as listed in places.json. */
export function placeTree(places: Place[]): Place[] {
  const out: Place[] = [];
  const visit = (parent: string | undefined) => {
    for (const p of places.filter((x) => x.parent === parent)) {
      out.push(p);
      visit(p.id);
    }
  };
  visit(undefined);
  return out;
}

/** The city a place belongs to (itself for a city). */
export function cityOf(places: Place[], id: string): Place | undefined {
  let place = places.find((p) => p.id === id);
  while (place?.parent) place = places.find((p) => p.id === place!.parent);
  return place;
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
