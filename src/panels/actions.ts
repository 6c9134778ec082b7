import { isWithin } from '../data/places';
import type { Place } from '../data/types';
import type { SourceTarget } from '../data/refs';

/**
 * What a panel can ask of the app. Panels get these as props instead of reading
 * the view state, so each renders on its own (in a test, on the server).
 */
export interface PanelActions {
  /** Open the provenance dialog for a figure, title, event or document. */
  source: (target: SourceTarget) => void;
  /** Linked highlighting: the place under the pointer or keyboard focus, or null. */
  hover: (place: string | null) => void;
  /** Select a place and open its profile. */
  select: (place: string) => void;
}

export interface Highlight {
  hovered: string | null;
  selected: readonly string[];
}

export const NO_HIGHLIGHT: Highlight = { hovered: null, selected: [] };

/** A mark lights up for its own place and for any place that contains it (hover Chengdu, Pidu lights too). */
export function lights(places: Place[], id: string | null, place: string): boolean {
  return id !== null && (id === place || isWithin(places, place, id));
}

export function isSelected(places: Place[], highlight: Highlight, place: string): boolean {
  return highlight.selected.some((id) => lights(places, id, place));
}

/** The colour family of a chart; each has a hatching pattern in HatchDefs.svelte. */
export const TONES = ['financing', 'patents', 'awards', 'designations', 'plan'] as const;
export type Tone = (typeof TONES)[number];
