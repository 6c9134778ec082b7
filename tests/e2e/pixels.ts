import type { Page } from '@playwright/test';

type RGB = [number, number, number];

/** The light theme's land and sea (--land, --sea), which print uses whatever the theme. */
export const LAND: RGB = [0xeb, 0xe7, 0xde];
export const SEA: RGB = [0xf7, 0xf5, 0xf0];
type PixelQuestion =
  { kind: 'colours'; probes: RGB[] } | { kind: 'corner'; size: number } | { kind: 'shares'; probes: RGB[]; tolerance: number };

/**
 * Decodes a PNG in the page and answers there: how many distinct colours it has
 * (quantised to 5 bits; a blank image has few) and which probes occur; what share
 * of its pixels is near each probe; or the bottom-right corner's RGBA, where an
 * export's QR code sits. Shipping every pixel back would be slow.
 */
export function askPixels(page: Page, png: Buffer, question: PixelQuestion) {
  return page.evaluate(
    async ({ b64, question }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      if (question.kind === 'shares') {
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const near = (i: number, [r, g, b]: RGB) =>
          Math.abs(data[i]! - r) <= question.tolerance &&
          Math.abs(data[i + 1]! - g) <= question.tolerance &&
          Math.abs(data[i + 2]! - b) <= question.tolerance;
        const hits = question.probes.map(() => 0);
        for (let i = 0; i < data.length; i += 4) question.probes.forEach((probe, p) => near(i, probe) && hits[p]!++);
        const total = data.length / 4;
        return { count: 0, found: [], shares: hits.map((h) => h / total), width: 0, height: 0, b64: '' };
      }
      if (question.kind === 'colours') {
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const key = (r: number, g: number, b: number) => ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4) seen.add(key(data[i]!, data[i + 1]!, data[i + 2]!));
        return {
          count: seen.size,
          found: question.probes.map(([r, g, b]) => seen.has(key(r, g, b))),
          shares: [],
          width: 0,
          height: 0,
          b64: '',
        };
      }
      const w = Math.min(question.size, canvas.width);
      const h = Math.min(question.size, canvas.height);
      const { data } = ctx.getImageData(canvas.width - w, canvas.height - h, w, h);
      let bytes = '';
      for (let i = 0; i < data.length; i += 0x8000) bytes += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { count: 0, found: [], shares: [], width: w, height: h, b64: btoa(bytes) };
    },
    { b64: png.toString('base64'), question },
  );
}
