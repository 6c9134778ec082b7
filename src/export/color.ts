/** Computed CSS colours as SVG colours: a hex value plus an opacity, which every SVG editor reads. */
import { round } from './compose';

export interface Paint {
  /** Identifies the colour, to tell whether four borders match. */
  key: string;
  /** ` fill="#rrggbb"` plus ` fill-opacity="a"` when translucent (likewise for stroke). */
  attr: (name: 'fill' | 'stroke') => string;
}

/** null for transparent or a colour syntax it does not know. */
export function paint(color: string): Paint | null {
  const parsed = parseColor(color);
  if (!parsed) return null;
  const [r, g, b, a] = parsed;
  if (a === 0) return null;
  const hex = `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return { key: `${hex}/${a}`, attr: (name) => ` ${name}="${hex}"${a < 1 ? ` ${name}-opacity="${round(a)}"` : ''}` };
}

/** [r, g, b, alpha], 0–255 and 0–1, from rgb()/rgba() or color(srgb …) (what color-mix() computes to). */
export function parseColor(color: string): [number, number, number, number] | null {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  return null;
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}
