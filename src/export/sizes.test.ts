import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutsBetween, fitChart, frameOf, keepWithNext, MIN_SCALE, PNG_SIZES, sliceChart } from './sizes';

describe('PNG_SIZES', () => {
  it('lays the article frame out at 800 CSS px for a 1200 px image, at most 1600 px tall', () => {
    expect(frameOf(PNG_SIZES.article)).toEqual({ width: 800, height: null, maxHeight: 1600 / 1.5 });
  });
  it('gives the social sizes their exact shapes', () => {
    expect(frameOf(PNG_SIZES.wide)).toEqual({ width: 800, height: 450, maxHeight: 450 });
    expect(frameOf(PNG_SIZES.square)).toEqual({ width: 720, height: 720, maxHeight: 720 });
  });
});

describe('cutsBetween', () => {
  it('cuts in the middle of each gap between drawn things, never through one', () => {
    expect(
      cutsBetween(
        [
          [0, 20],
          [24, 44],
          [10, 30],
          [60, 80],
        ],
        90,
      ),
    ).toEqual([52]);
  });
  it('finds no cut in a chart drawn as one block', () => {
    expect(cutsBetween([[0, 300]], 300)).toEqual([]);
  });
});

describe('fitChart', () => {
  const rows = (n: number, h = 40) => Array.from({ length: n - 1 }, (_, i) => (i + 1) * h);

  it('leaves a chart that fits as it is', () => {
    expect(fitChart({ width: 500, height: 300 }, rows(5), { width: 536, height: 400 })).toEqual({
      scale: 1,
      slices: [{ top: 0, bottom: 300 }],
    });
  });

  it('shrinks a chart wider than the frame to its width', () => {
    expect(fitChart({ width: 1072, height: 300 }, [], { width: 536, height: 400 }).scale).toBe(0.5);
  });

  it('condenses a chart a little too tall, and no further than it must', () => {
    const fitted = fitChart({ width: 500, height: 500 }, rows(10, 50), { width: 536, height: 400 });
    expect(fitted).toEqual({ scale: 0.8, slices: [{ top: 0, bottom: 500 }] });
  });

  it('splits a long chart between rows into even slices, at full size', () => {
    const fitted = fitChart({ width: 500, height: 1200 }, rows(30), { width: 536, height: 500 });
    expect(fitted.scale).toBe(1);
    expect(fitted.slices).toEqual([
      { top: 0, bottom: 400 },
      { top: 400, bottom: 800 },
      { top: 800, bottom: 1200 },
    ]);
  });

  it('leaves room for the repeated header in every slice, and never cuts inside it', () => {
    const fitted = fitChart(
      { width: 500, height: 1240 },
      [40, ...rows(30).map((r) => r + 40)],
      { width: 536, height: 500 },
      { top: 0, bottom: 40 },
    );
    expect(fitted.scale).toBe(1);
    for (const s of fitted.slices) expect(s.bottom - s.top + (s.top > 0 ? 40 : 0)).toBeLessThanOrEqual(500);
    expect(fitted.slices.every((s) => s.top === 0 || s.top > 40)).toBe(true);
  });

  it('scales a block with no cut in it (a map) to fit, however much that takes', () => {
    expect(fitChart({ width: 536, height: 1600 }, [], { width: 536, height: 400 })).toEqual({
      scale: 0.25,
      slices: [{ top: 0, bottom: 1600 }],
    });
  });

  it('always covers the chart once, in order, and fits every slice in the room', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 5000 }),
        fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { maxLength: 60 }),
        fc.integer({ min: 150, max: 900 }),
        (height, fractions, roomHeight) => {
          const cuts = [...new Set(fractions.map((f) => Math.round(f * height)))].filter((c) => c > 0 && c < height).sort((a, b) => a - b);
          const { scale, slices } = fitChart({ width: 500, height }, cuts, { width: 536, height: roomHeight });
          expect(slices[0]?.top).toBe(0);
          expect(slices.at(-1)?.bottom).toBe(height);
          slices.forEach((s, i) => {
            if (i > 0) expect(s.top).toBe(slices[i - 1]?.bottom);
            expect((s.bottom - s.top) * scale).toBeLessThanOrEqual(roomHeight + 1e-6);
            if (i > 0) expect(cuts).toContain(s.top);
          });
          if (slices.length > 1 && cuts.length > 0) expect(scale).toBeLessThanOrEqual(1);
          if (slices.length === 1 && height > roomHeight && cuts.length > 0) expect(scale).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sliceChart', () => {
  const chart = { width: 400, height: 900, body: '<rect width="400" height="900"/>', defs: '', cuts: [300, 600] };

  it('leaves a whole chart at full size untouched', () => {
    expect(sliceChart(chart, { top: 0, bottom: 900 }, 1)).toBe(chart);
  });

  it('moves a slice to the top, clips it to its own rows and scales it', () => {
    const part = sliceChart(chart, { top: 300, bottom: 600 }, 0.5);
    expect(part.width).toBe(200);
    expect(part.height).toBe(150);
    expect(part.body).toBe(
      '<g transform="scale(0.5)"><g transform="translate(0 -300)"><g clip-path="url(#ipa-export-slice)"><rect width="400" height="900"/></g></g></g>',
    );
    expect(part.defs).toBe('<clipPath id="ipa-export-slice"><rect x="0" y="300" width="400" height="300"/></clipPath>');
  });

  it('repeats the header (the axis) above every slice after the first', () => {
    const axis = { top: 30, bottom: 70 };
    const first = sliceChart(chart, { top: 0, bottom: 300 }, 1, axis);
    expect(first.height).toBe(300);
    expect(first.body).not.toContain('ipa-export-head');
    const later = sliceChart(chart, { top: 600, bottom: 900 }, 1, axis);
    expect(later.height).toBe(340);
    expect(later.defs).toContain('<clipPath id="ipa-export-head"><rect x="0" y="30" width="400" height="40"/></clipPath>');
    expect(later.body).toContain('<g transform="translate(0 -30)"><g clip-path="url(#ipa-export-head)">');
    expect(later.body).toContain('<g transform="translate(0 -560)"><g clip-path="url(#ipa-export-slice)">');
  });
});

describe('keepWithNext', () => {
  it('drops the cut right under a heading, and only that one', () => {
    expect(keepWithNext([100, 150, 300], [120])).toEqual([100, 300]);
    expect(keepWithNext([100, 150], [])).toEqual([100, 150]);
  });
});
