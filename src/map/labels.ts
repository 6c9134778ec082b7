import type { Size } from './camera';

/**
 * Label placement without glyphs: every label is measured (roughly, from its
 * characters), then placed greedily in priority order at the first position
 * around its symbol that overlaps no placed label, no symbol and stays inside the
 * map. When nothing beside the symbol is free (Hangzhou and Ningbo at the national
 * zoom, districts in a crowded city centre) the label moves further out and a
 * leader line ties it back. Optional labels (context) are dropped instead.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  id: string;
  /** The symbol the label belongs to; r = 0 for a free-standing label such as a sea name. */
  anchor: Circle;
  width: number;
  height: number;
  /** Required labels are always shown, with a leader line if need be; optional ones give way. */
  required: boolean;
  /** 'around' tries positions beside the symbol; 'center' only centred on the anchor (province and sea names). */
  placement: 'around' | 'center';
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  leader: Leader | null;
}

const GAP = 3;
/** Distances beyond the symbol's edge tried for a label on a leader line. */
const LEADER_STEPS = [16, 30, 48, 70];
/** Directions tried, clockwise from the right; right and left first because text is wide. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, 1],
  [-1, -1],
];

/** Width of a text line in pixels: CJK and full-width characters are about 1 em wide, others about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
  return Math.ceil(ems * fontSize);
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

export function boxHitsCircle(box: Box, c: Circle): boolean {
  if (c.r <= 0) return false;
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r ** 2;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function inside(box: Box, size: Size): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/** The box for a label pushed `distance` px beyond its symbol's edge in direction (dx, dy). */
function boxAt(req: LabelRequest, [dx, dy]: [number, number], distance: number): Box {
  const { anchor, width, height } = req;
  const reach = anchor.r + distance;
  const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
  const cx = anchor.x + dx * reach * diagonal;
  const cy = anchor.y + dy * reach * diagonal;
  return {
    x: dx > 0 ? cx : dx < 0 ? cx - width : cx - width / 2,
    y: dy > 0 ? cy : dy < 0 ? cy - height : cy - height / 2,
    width,
    height,
  };
}

/** A line from the symbol's edge to the nearest point of the label, or null when the label touches the symbol. */
export function leaderFor(anchor: Circle, box: Box): Leader | null {
  const nx = Math.max(box.x, Math.min(anchor.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(anchor.y, box.y + box.height));
  const dist = Math.hypot(nx - anchor.x, ny - anchor.y);
  if (dist - anchor.r <= GAP + 6) return null;
  const ux = (nx - anchor.x) / dist;
  const uy = (ny - anchor.y) / dist;
  return { x1: anchor.x + ux * anchor.r, y1: anchor.y + uy * anchor.r, x2: nx, y2: ny };
}

/** Optional labels only sit right beside their symbol: a leader line to a context name would be clutter. */
function candidates(req: LabelRequest): Box[] {
  if (req.placement === 'center') return [boxAt({ ...req, anchor: { ...req.anchor, r: 0 } }, [0, 0], 0)];
  const distances = req.required ? [GAP, ...LEADER_STEPS] : [GAP];
  return distances.flatMap((distance) => DIRECTIONS.map((d) => boxAt(req, d, distance)));
}

/**
 * Places labels in the order given (most important first). `symbols` are the
 * marks labels must not cover; a label may touch its own symbol only.
 */
export function placeLabels(requests: LabelRequest[], symbols: (Circle & { id: string })[], size: Size): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Grids keep each check local, so hundreds of labels place within a frame.
  const placedGrid = new Grid<PlacedLabel>();
  const symbolGrid = new Grid<Circle & { id: string }>();
  for (const s of symbols) symbolGrid.add(s, circleBox(s, 1));
  const clear = (req: LabelRequest, box: Box) =>
    !placedGrid.near(box, 2).some((p) => boxesOverlap(p.box, box, 2)) &&
    !symbolGrid.near(box, 1).some((s) => s.id !== req.id && boxHitsCircle(box, { ...s, r: s.r + 1 }));
  const place = (label: PlacedLabel) => {
    placed.push(label);
    placedGrid.add(label, label.box);
  };
  for (const req of requests) {
    const options = candidates(req);
    const free = options.find((box) => inside(box, size) && clear(req, box));
    if (free) {
      place({ id: req.id, box: free, leader: req.placement === 'around' ? leaderFor(req.anchor, free) : null });
      continue;
    }
    if (!req.required) continue;
    // Nothing is free: take the position that covers least, preferring positions on screen.
    const cost = (box: Box) =>
      placedGrid.near(box, 0).reduce((sum, p) => sum + overlapArea(p.box, box), 0) +
      symbolGrid.near(box, 0).filter((s) => s.id !== req.id && boxHitsCircle(box, s)).length * 400 +
      (inside(box, size) ? 0 : 1e6);
    const best = options.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    place({ id: req.id, box: best, leader: req.placement === 'around' ? leaderFor(req.anchor, best) : null });
  }
  return placed;
}

function circleBox(c: Circle, margin: number): Box {
  return { x: c.x - c.r - margin, y: c.y - c.r - margin, width: 2 * (c.r + margin), height: 2 * (c.r + margin) };
}

/** A uniform grid of screen cells: `near` returns the items whose boxes share a cell with the query box. */
class Grid<T> {
  static readonly CELL = 64;
  #cells = new Map<string, T[]>();

  add(item: T, box: Box): void {
    for (const key of this.#keys(box, 0)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push(item);
      else this.#cells.set(key, [item]);
    }
  }

  near(box: Box, margin: number): T[] {
    const found = new Set<T>();
    for (const key of this.#keys(box, margin)) for (const item of this.#cells.get(key) ?? []) found.add(item);
    return [...found];
  }

  *#keys(box: Box, margin: number): Generator<string> {
    const c = Grid.CELL;
    for (let gx = Math.floor((box.x - margin) / c); gx <= Math.floor((box.x + box.width + margin) / c); gx++)
      for (let gy = Math.floor((box.y - margin) / c); gy <= Math.floor((box.y + box.height + margin) / c); gy++) yield `${gx},${gy}`;
  }
}

/** Top-left of a tooltip of `tip` size near `anchor`: above it if there is room, else below; always inside the map. */
export function tooltipPosition(anchor: Circle, tip: Size, map: Size, margin = 8): { x: number; y: number } {
  const above = anchor.y - anchor.r - margin - tip.height;
  const below = anchor.y + anchor.r + margin;
  const y =
    above >= margin ? above : below + tip.height <= map.height - margin ? below : Math.max(margin, map.height - margin - tip.height);
  const x = Math.min(Math.max(margin, anchor.x - tip.width / 2), Math.max(margin, map.width - margin - tip.width));
  return { x, y };
}

/**
 * Moves overlapping circles apart until none overlaps (with `gap` px between),
 * the larger one moving less: a city's symbol leaves its true place only as far
 * as a neighbour forces it, and a leader line ties it back. Deterministic, and
 * circles that do not touch stay exactly where they are.
 */
export function dodge<T extends Circle>(circles: readonly T[], gap = 4, rounds = 60): (T & { moved: boolean })[] {
  const out = circles.map((c) => ({ ...c, moved: false }));
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const need = a.r + b.r + gap;
        if (distance >= need - 0.01) continue;
        const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [1, 0];
        const push = need - distance;
        const share = a.r + b.r > 0 ? b.r / (a.r + b.r) : 0.5;
        a.x -= ux * push * share;
        a.y -= uy * push * share;
        b.x += ux * push * (1 - share);
        b.y += uy * push * (1 - share);
        a.moved = b.moved = changed = true;
      }
    if (!changed) break;
  }
  return out;
}
