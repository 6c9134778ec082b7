/** What the map asks of the browser: theme tokens, WebGL2, motion preferences. */
import { TOKEN_FOR, type MapColors } from './style';

/** The map's colours from the design tokens as they apply to `el` now. */
export function readColors(el: Element): MapColors {
  const css = getComputedStyle(el);
  const read = (key: keyof MapColors) => css.getPropertyValue(TOKEN_FOR[key]).trim();
  return { sea: read('sea'), land: read('land'), coast: read('coast'), boundary: read('boundary') };
}

/**
 * Calls `onChange` when the theme changes: the data-theme attribute, the system
 * scheme behind 'auto', or printing, which uses the light palette whatever the
 * theme (the canvas must be repainted with it). An attribute rewritten to the value it had is no change:
 * reading the colours forces a style recalculation, which must not happen per view update.
 */
export function watchTheme(onChange: () => void): () => void {
  const root = document.documentElement;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.oldValue !== root.getAttribute('data-theme'))) onChange();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'], attributeOldValue: true });
  const media = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('print')];
  for (const m of media) m.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    for (const m of media) m.removeEventListener('change', onChange);
  };
}

/** WebGL2 is what MapLibre GL 6 needs; without it the SVG map is shown. */
export function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
