import type { Lang } from '../data/types';
import { parseView, serializeView } from '../state/codec';
import { DEFAULT_VIEW, type Catalog, type Panel, type View } from '../state/view';

/**
 * The preset embeds: one per panel and language, written at build time as static
 * pages (dist/embeds/<slug>.html, by scripts/prerender.mjs) that show the chart,
 * its numbers and its sources where scripts cannot run. With scripts, the page
 * boots the app on its own query, so options and theme still apply.
 */
export interface Preset {
  slug: string;
  /** The pinned query the page was rendered from. */
  query: string;
  lang: Lang;
}

const PANELS: Panel[] = ['map', 'financing', 'patents', 'designations', 'plan', 'sources'];

/** The view a static page is rendered for: the embed options and the theme at their defaults, which only the live app applies. */
export function staticQuery(view: View): string {
  return serializeView(
    {
      ...view,
      mode: 'embed',
      slide: 1,
      title: DEFAULT_VIEW.title,
      background: DEFAULT_VIEW.background,
      still: DEFAULT_VIEW.still,
      theme: 'auto',
    },
    { pin: true },
  );
}

export const PRESETS: Preset[] = PANELS.flatMap((panel) =>
  (['zh', 'en'] as const).map((lang) => ({ slug: `${panel}-${lang}`, query: staticQuery({ ...DEFAULT_VIEW, panel, lang }), lang })),
);

/** The built-in deck's slides as presets, in both languages, leaving out views a panel preset already has. */
export function deckPresets(slideViews: readonly string[], catalog: Catalog): Preset[] {
  const seen = new Set(PRESETS.map((p) => p.query));
  return slideViews.flatMap((raw, i) =>
    (['zh', 'en'] as const).flatMap((lang) => {
      const query = staticQuery({ ...parseView(raw, catalog).view, lang });
      if (seen.has(query)) return [];
      seen.add(query);
      return [{ slug: `slide-${i + 1}-${lang}`, query, lang }];
    }),
  );
}

/** Which static pages a build wrote: dist/embeds/index.json, each page's query to its slug. */
export type StaticIndex = ReadonlyMap<string, string>;

/** Reads index.json as it arrives from the network: anything but query → slug pairs is ignored. */
export function readStaticIndex(raw: unknown): StaticIndex {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return new Map();
  return new Map(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^[a-z0-9-]{1,40}$/.test(entry[1])),
  );
}

/** The static page an embed of this view can load, if the build wrote one for it. */
export function staticPage(index: StaticIndex, view: View, base = '/'): string | null {
  const slug = index.get(staticQuery(view));
  return slug ? `${base}embeds/${slug}.html` : null;
}
