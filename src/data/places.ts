import type { Place } from './types';

/**
 * The place hierarchy: cities, their districts and zones, and zones inside zones.
 * Every walk up or down the tree goes through here. Lookups use an index built
 * once per places array, so a walk costs map lookups, not scans, at any scale.
 */

interface Index {
  byId: Map<string, Place>;
  children: Map<string | undefined, Place[]>;
}

const indexes = new WeakMap<readonly Place[], Index>();

function indexOf(places: readonly Place[]): Index {
  let index = indexes.get(places);
  if (!index) {
    const children = new Map<string | undefined, Place[]>();
    for (const p of places) {
      const list = children.get(p.parent);
      if (list) list.push(p);
      else children.set(p.parent, [p]);
    }
    index = { byId: new Map(places.map((p) => [p.id, p])), children };
    indexes.set(places, index);
  }
  return index;
}

export function placeById(places: readonly Place[], id: string): Place | undefined {
  return indexOf(places).byId.get(id);
}

/** The city a place belongs to (itself for a city). */
export function cityOf(places: readonly Place[], id: string): Place | undefined {
  const { byId } = indexOf(places);
  let place = byId.get(id);
  while (place?.parent) place = byId.get(place.parent);
  return place;
}

/** True when `id` lies inside `ancestor`, at any depth; a place is not inside itself. */
export function isWithin(places: readonly Place[], id: string, ancestor: string): boolean {
  const { byId } = indexOf(places);
  let place = byId.get(id);
  while (place?.parent) {
    if (place.parent === ancestor) return true;
    place = byId.get(place.parent);
  }
  return false;
}

/** Every place inside `id`, depth first, in the order places.json lists them. */
export function descendants(places: readonly Place[], id: string): Place[] {
  const children = indexOf(places).children.get(id) ?? [];
  return children.flatMap((c) => [c, ...descendants(places, c.id)]);
}

/** Places in reading order: each city, then its children (depth first), as listed in places.json. */
export function placeTree(places: readonly Place[]): Place[] {
  const roots = indexOf(places).children.get(undefined) ?? [];
  return roots.flatMap((c) => [c, ...descendants(places, c.id)]);
}
