import type { Lang } from '../data/types';

export const MODES = ['explore', 'embed', 'present'] as const;
export type Mode = (typeof MODES)[number];

/**
 * 'map' is the overview: on a wide screen the map always sits beside the panel
 * column, and 'map' puts the place overview in that column; in an embed it is the map alone.
 */
export const PANELS = ['map', 'financing', 'patents', 'designations', 'plan', 'profile', 'sources'] as const;
export type Panel = (typeof PANELS)[number];

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export const MEASURES = ['absolute', 'per-capita'] as const;

/** An embed's background: the theme's own, or none, so the article's page shows through. */
export const BACKGROUNDS = ['theme', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];
export type Measure = (typeof MEASURES)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything that makes a view. It serialises completely to the URL (see codec.ts). */
export interface View {
  mode: Mode;
  panel: Panel;
  /** Selected places, in the order they were chosen. */
  places: string[];
  /** The place whose profile is open. */
  focus: string | null;
  /** The indicator the map sizes its symbols by. */
  indicator: string;
  /** A year to restrict figures to, or null for each place's latest. */
  period: number | null;
  /** Rank like-for-like figures only. */
  comparable: boolean;
  measure: Measure;
  /** null: frame the five cities. */
  camera: Camera | null;
  lang: Lang;
  theme: Theme;
  /** 1-based slide in briefing mode. */
  slide: number;
  /** The deck being presented: a saved deck id, or "builtin". */
  deck: string;
  /** An embed shows its own title (off when the article has one). */
  title: boolean;
  background: Background;
  /** An embed pinned as a picture: no interaction, no hover. */
  still: boolean;
}

export const DEFAULT_VIEW: View = {
  mode: 'explore',
  panel: 'map',
  places: [],
  focus: null,
  indicator: 'ip-pledge-amount',
  period: null,
  comparable: false,
  measure: 'absolute',
  camera: null,
  lang: 'zh',
  theme: 'auto',
  slide: 1,
  deck: 'builtin',
  title: true,
  background: 'theme',
  still: false,
};

/** The ids a URL may name; injected so the codec stays a pure function of its input. */
export interface Catalog {
  places: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

export function catalogOf(data: { places: { id: string }[]; indicators: { id: string }[] }): Catalog {
  return { places: new Set(data.places.map((p) => p.id)), indicators: new Set(data.indicators.map((i) => i.id)) };
}
