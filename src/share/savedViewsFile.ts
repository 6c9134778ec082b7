import type { SavedView } from '../state/savedViewRecord';

/**
 * The saved views as a plain-text list of names and links, for keeping them when
 * the browser cannot: storage unavailable, full, or about to be cleared. Any
 * editor opens it, and each link reopens its view.
 */
export function savedViewsFile(views: readonly SavedView[], linkOf: (query: string) => string, heading: string): string {
  const entries = views.map((v) => `${v.name}\n${linkOf(v.query)}`);
  return `${[heading, ...entries].join('\n\n')}\n`;
}

/** "ip-atlas-saved-views_2026-12-01.txt", dated in UTC like every export. */
export function savedViewsFileName(now: Date): string {
  return `ip-atlas-saved-views_${now.toISOString().slice(0, 10)}.txt`;
}
