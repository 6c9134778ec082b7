/**
 * Images sized for where they are published: an article column, and the two
 * shapes social feeds crop to. A chart taller than its frame is condensed a
 * little, or else split between its rows into numbered images, never cut
 * through a line of text or a mark.
 */

export type PngSize = 'article' | 'wide' | 'square';

export interface SizeSpec {
  /** Pixels of the PNG. */
  width: number;
  /** A fixed height, or null for "as tall as needed, up to maxHeight". */
  height: number | null;
  maxHeight: number;
  /** Pixels per CSS pixel: the frame is laid out at width / ratio. */
  ratio: number;
}

export const PNG_SIZES: Record<PngSize, SizeSpec> = {
  article: { width: 1200, height: null, maxHeight: 1600, ratio: 1.5 },
  wide: { width: 1200, height: 675, maxHeight: 675, ratio: 1.5 },
  square: { width: 1080, height: 1080, maxHeight: 1080, ratio: 1.5 },
};

export const SIZE_ORDER: readonly PngSize[] = ['article', 'wide', 'square'];

/** The frame in CSS pixels. */
export function frameOf(spec: SizeSpec): { width: number; height: number | null; maxHeight: number } {
  return {
    width: spec.width / spec.ratio,
    height: spec.height === null ? null : spec.height / spec.ratio,
    maxHeight: spec.maxHeight / spec.ratio,
  };
}

export interface Slice {
  top: number;
  bottom: number;
}

export interface Fitted {
  /** Applied to the whole chart, so every part of a split keeps one scale. */
  scale: number;
  /** In the chart's own (unscaled) coordinates. */
  slices: Slice[];
}

/** A chart may shrink to this much of its size; below it, text gets too small to read and it is split instead. */
export const MIN_SCALE = 0.75;

/**
 * Heights at which a horizontal cut crosses nothing drawn: the middles of the
 * gaps between the vertical extents of text lines and marks.
 */
export function cutsBetween(spans: readonly (readonly [number, number])[], height: number): number[] {
  const sorted = [...spans].filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let end = 0;
  let started = false;
  for (const [top, bottom] of sorted) {
    if (started && top > end) cuts.push((end + top) / 2);
    end = started ? Math.max(end, bottom) : bottom;
    started = true;
  }
  return cuts.filter((c) => c > 0 && c < height);
}

/** Drops the first cut after each heading, so a heading never ends a slice without its rows. */
export function keepWithNext(cuts: readonly number[], headingBottoms: readonly number[]): number[] {
  const dropped = new Set(headingBottoms.flatMap((b) => cuts.find((c) => c >= b) ?? []));
  return cuts.filter((c) => !dropped.has(c));
}

/**
 * Fits a chart `width × height` into `room` (CSS pixels of the frame's content
 * area): as it is, condensed to at least MIN_SCALE, or split at `cuts` into the
 * fewest slices that fit, as even as the cuts allow. A header `header` px tall
 * (a chart's axis) repeats at the top of every slice after the first, so it
 * counts against each slice's room. A block with no cut in it (the map) is
 * scaled to fit whatever that takes.
 */
export function fitChart(
  size: { width: number; height: number },
  allCuts: readonly number[],
  room: { width: number; height: number },
  head: Slice | null = null,
): Fitted {
  const sx = Math.min(1, room.width / size.width);
  const { height } = size;
  const whole = (scale: number): Fitted => ({ scale, slices: [{ top: 0, bottom: height }] });
  const header = head ? head.bottom - head.top : 0;
  const cuts = allCuts.filter((c) => c > (head?.bottom ?? 0));
  if (height * sx <= room.height) return whole(sx);
  if (height * sx * MIN_SCALE <= room.height || cuts.length === 0) return whole(Math.min(sx, room.height / height));

  const bounds = [0, ...cuts, height];
  const tallest = Math.max(...bounds.slice(1).map((b, i) => b - (bounds[i] ?? 0)));
  const scale = Math.min(sx, room.height / (tallest + header));
  const limit = room.height / scale - header;
  for (let n = Math.ceil(height / limit); ; n++) {
    const slices = split(bounds, limit, height / n);
    if (slices.length <= n) return { scale, slices };
  }
}

/** Greedy from the top: each slice ends at the cut nearest its even share, never past the limit. */
function split(bounds: readonly number[], limit: number, share: number): Slice[] {
  const height = bounds.at(-1) ?? 0;
  const slices: Slice[] = [];
  let top = 0;
  while (top < height) {
    const reachable = bounds.filter((b) => b > top && b - top <= limit + 1e-9);
    const target = top + share;
    const bottom = reachable.reduce((best, b) => (Math.abs(b - target) < Math.abs(best - target) ? b : best), reachable.at(-1) ?? height);
    slices.push({ top, bottom });
    top = bottom;
  }
  return slices;
}

/**
 * A slice of a captured chart at a scale, clipped so nothing from the
 * neighbouring slices shows; a slice after the first starts with the chart's
 * header (its axis) again.
 */
export function sliceChart<C extends { width: number; height: number; body: string; defs: string }>(
  chart: C,
  slice: Slice,
  scale: number,
  head: Slice | null = null,
): C {
  if (scale === 1 && slice.top === 0 && slice.bottom >= chart.height) return chart;
  const height = slice.bottom - slice.top;
  const repeat = slice.top > 0 && head ? head.bottom - head.top : 0;
  const clipped = (id: string, top: number, dy: number) =>
    `<g transform="translate(0 ${dy - top})"><g clip-path="url(#${id})">${chart.body}</g></g>`;
  const rect = (id: string, top: number, h: number) =>
    `<clipPath id="${id}"><rect x="0" y="${top}" width="${chart.width}" height="${h}"/></clipPath>`;
  return {
    ...chart,
    width: chart.width * scale,
    height: (height + repeat) * scale,
    body: `<g transform="scale(${scale})">${head && repeat ? clipped('ipa-export-head', head.top, 0) : ''}${clipped('ipa-export-slice', slice.top, repeat)}</g>`,
    defs: `${chart.defs}${head && repeat ? rect('ipa-export-head', head.top, repeat) : ''}${rect('ipa-export-slice', slice.top, height)}`,
  };
}
