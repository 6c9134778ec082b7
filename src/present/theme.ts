import type { Theme, View } from '../state/view';

/** Briefing mode defaults to the projector theme; a theme chosen in the URL still wins. */
export function effectiveTheme(view: Pick<View, 'mode' | 'theme'>): Theme {
  return view.mode === 'present' && view.theme === 'auto' ? 'projector' : view.theme;
}
