import { describe, expect, it } from 'vitest';
import { boxHitsCircle, boxesOverlap, dodge, leaderFor, placeLabels, textWidth, tooltipPosition, type LabelRequest } from './labels';

const size = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, r: number, patch: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  anchor: { x, y, r },
  width: 60,
  height: 30,
  required: true,
  placement: 'around',
  ...patch,
});

describe('textWidth', () => {
  it('counts CJK characters as a full em and Latin letters as about half', () => {
    expect(textWidth('杭州', 14)).toBe(28);
    expect(textWidth('Hangzhou', 10)).toBe(47);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its symbol, touching it without a leader', () => {
    const [placed] = placeLabels([label('a', 100, 100, 10)], [{ id: 'a', x: 100, y: 100, r: 10 }], size);
    expect(placed!.box.x).toBe(113);
    expect(placed!.box.y).toBe(85);
    expect(placed!.leader).toBeNull();
  });

  it('separates Hangzhou and Ningbo when their symbols nearly touch at the national zoom', () => {
    // About what the five-city view at 712 px shows: Ningbo 60 px east and 18 px south of Hangzhou.
    const symbols = [
      { id: 'hangzhou', x: 300, y: 140, r: 26 },
      { id: 'ningbo', x: 360, y: 158, r: 30 },
    ];
    const placed = placeLabels(
      [label('ningbo', 360, 158, 30, { width: 70, height: 32 }), label('hangzhou', 300, 140, 26, { width: 70, height: 32 })],
      symbols,
      { width: 712, height: 400 },
    );
    expect(placed).toHaveLength(2);
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
    for (const p of placed) {
      for (const s of symbols.filter((s) => s.id !== p.id)) expect(boxHitsCircle(p.box, s)).toBe(false);
    }
  });

  it('moves a label out on a leader line when every spot beside its symbol is taken', () => {
    const crowd = [
      { id: 'a', x: 200, y: 150, r: 6 },
      { id: 'n1', x: 240, y: 150, r: 30 },
      { id: 'n2', x: 160, y: 150, r: 30 },
      { id: 'n3', x: 200, y: 112, r: 26 },
      { id: 'n4', x: 200, y: 188, r: 26 },
    ];
    const [placed] = placeLabels([label('a', 200, 150, 6, { width: 40, height: 16 })], crowd, size);
    expect(placed!.leader).not.toBeNull();
    for (const s of crowd.slice(1)) expect(boxHitsCircle(placed!.box, s)).toBe(false);
    const { x1, y1 } = placed!.leader!;
    expect(Math.hypot(x1 - 200, y1 - 150)).toBeCloseTo(6);
  });

  it('drops an optional label that has nowhere to go but keeps a required one', () => {
    const blocker = label('big', 200, 150, 0, { width: 400, height: 300, placement: 'center' });
    const placed = placeLabels([blocker, label('ctx', 100, 100, 2, { required: false }), label('city', 300, 200, 8)], [], size);
    expect(placed.map((p) => p.id)).toEqual(['big', 'city']);
  });

  it('keeps labels inside the map, flipping to the left near the right edge', () => {
    const [placed] = placeLabels([label('edge', 380, 150, 8)], [], size);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(400);
    expect(placed!.box.x).toBe(380 - 8 - 3 - 60);
  });

  it('centres province and sea names on their point', () => {
    const [placed] = placeLabels([label('sea', 200, 100, 0, { placement: 'center', required: false })], [], size);
    expect(placed!.box).toEqual({ x: 170, y: 85, width: 60, height: 30 });
    expect(placed!.leader).toBeNull();
  });
});

describe('leaderFor', () => {
  it('runs from the symbol’s edge to the nearest corner of the label', () => {
    expect(leaderFor({ x: 0, y: 0, r: 10 }, { x: 30, y: 0, width: 20, height: 10 })).toEqual({ x1: 10, y1: 0, x2: 30, y2: 0 });
    expect(leaderFor({ x: 0, y: 0, r: 10 }, { x: 13, y: -5, width: 20, height: 10 })).toBeNull();
  });
});

describe('tooltipPosition', () => {
  const phone = { width: 343, height: 400 };
  it('sits above the symbol when there is room', () => {
    expect(tooltipPosition({ x: 170, y: 300, r: 10 }, { width: 200, height: 100 }, phone)).toEqual({ x: 70, y: 182 });
  });

  it('drops below near the top and stays inside both edges of a phone-sized map', () => {
    const left = tooltipPosition({ x: 5, y: 20, r: 10 }, { width: 260, height: 100 }, phone);
    expect(left).toEqual({ x: 8, y: 38 });
    const right = tooltipPosition({ x: 340, y: 20, r: 10 }, { width: 260, height: 100 }, phone);
    expect(right.x + 260).toBeLessThanOrEqual(343 - 8);
  });
});

describe('dodge', () => {
  it('moves overlapping circles apart, the larger one less, and leaves the others alone', () => {
    const [big, small, far] = dodge([
      { id: 'hangzhou', x: 100, y: 100, r: 30 },
      { id: 'ningbo', x: 120, y: 105, r: 20 },
      { id: 'chengdu', x: 400, y: 300, r: 25 },
    ]);
    expect(Math.hypot(small!.x - big!.x, small!.y - big!.y)).toBeGreaterThanOrEqual(30 + 20 + 4 - 0.02);
    expect(Math.hypot(big!.x - 100, big!.y - 100)).toBeLessThan(Math.hypot(small!.x - 120, small!.y - 105));
    expect(far).toMatchObject({ x: 400, y: 300, moved: false });
    expect(big!.moved && small!.moved).toBe(true);
  });

  it('separates circles on the same spot, deterministically', () => {
    const once = dodge([
      { id: 'a', x: 50, y: 50, r: 10 },
      { id: 'b', x: 50, y: 50, r: 10 },
    ]);
    expect(Math.hypot(once[1]!.x - once[0]!.x, once[1]!.y - once[0]!.y)).toBeGreaterThanOrEqual(23.98);
    expect(
      dodge([
        { id: 'a', x: 50, y: 50, r: 10 },
        { id: 'b', x: 50, y: 50, r: 10 },
      ]),
    ).toEqual(once);
  });
});
