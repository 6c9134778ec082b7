import { isWithin, placeTree } from './places';
import type { Dataset, Designation, DesignationLevel, Holding, Place } from './types';

export interface PlaceSummary {
  place: Place;
  figures: number;
  designations: number;
  events: number;
}

/** How much the seeds say about each place, cities first, each followed by its districts and zones. Designations count titles held, nothing else. */
export function placeSummaries(data: Dataset): PlaceSummary[] {
  const figures = countBy(data.observations.map((o) => o.place));
  const designations = countBy(data.designations.filter((d) => d.type === 'title').flatMap((d) => d.holders.map((h) => h.place)));
  const events = countBy(data.events.map((e) => e.place));
  return placeTree(data.places).map((place) => ({
    place,
    figures: figures.get(place.id) ?? 0,
    designations: designations.get(place.id) ?? 0,
    events: events.get(place.id) ?? 0,
  }));
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export interface TitleHeld {
  designation: Designation;
  holding: Holding;
}

/**
 * The titles held by a place or anything inside it: only designations of type
 * 'title' (a typical case, an honour, a platform or an approval to prepare is not
 * one), optionally of one level, and one title held by both a zone and a place
 * that contains it counted once. This is the one count of titles the app shows.
 */
export function titlesHeld(data: Pick<Dataset, 'places' | 'designations'>, placeId: string, level?: DesignationLevel): TitleHeld[] {
  const inside = new Set([placeId, ...data.places.filter((p) => isWithin(data.places, p.id, placeId)).map((p) => p.id)]);
  const out: TitleHeld[] = [];
  for (const designation of data.designations) {
    if (designation.type !== 'title' || (level && designation.level !== level)) continue;
    const holders = designation.holders.filter((h) => inside.has(h.place));
    for (const holding of holders) {
      const containedByAnother = holders.some((other) => other !== holding && isWithin(data.places, holding.place, other.place));
      if (!containedByAnother) out.push({ designation, holding });
    }
  }
  return out;
}
