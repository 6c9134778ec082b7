import type { Lang } from '../data/types';
import { serializeView } from '../state/codec';
import { DEFAULT_VIEW, type Panel, type View } from '../state/view';

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
function staticQuery(view: View): string {
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

/** The static page an embed of this view can load, if the view is a preset's. */
export function staticPage(view: View, base = '/'): string | null {
  const query = staticQuery(view);
  const preset = PRESETS.find((p) => p.query === query);
  return preset ? `${base}embeds/${preset.slug}.html` : null;
}
