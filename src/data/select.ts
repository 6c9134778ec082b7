import { isWithin } from './places';
import type { Dataset, Designation, DesignationLevel, Holding } from './types';

export interface PlaceCounts {
  /** Figures the seeds give for the place itself, every version of a stated conflict included. */
  figures: number;
  /** Titles the place itself holds. */
  titles: number;
  /** Titles held by the place or anything inside it (titlesHeld). */
  titlesWithin: number;
  events: number;
}

/**
 * How much the seeds say about one place. The one count of each thing the app
 * shows: a place's own figures, titles and events, and the titles held inside it.
 */
export function placeCounts(data: Pick<Dataset, 'places' | 'designations' | 'observations' | 'events'>, id: string): PlaceCounts {
  return {
    figures: data.observations.filter((o) => o.place === id).length,
    titles: data.designations.filter((d) => d.type === 'title').reduce((n, d) => n + d.holders.filter((h) => h.place === id).length, 0),
    titlesWithin: titlesHeld(data, id).length,
    events: data.events.filter((e) => e.place === id).length,
  };
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
