import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from './qr';

/** Paints modules into an RGBA buffer, as a camera would see the printed code. */
function rasterise(modules: boolean[][], scale = 4, quiet = 4) {
  const size = (modules.length + quiet * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { data, size };
}

describe('qrModules', () => {
  it('encodes a view URL that a QR reader decodes back exactly', () => {
    const url = 'http://127.0.0.1:4173/?v=1&panel=financing&places=chengdu~hangzhou~ningbo&focus=pidu&cmp=1&lang=en&theme=projector';
    const { data, size } = rasterise(qrModules(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('grows with the text and stays square', () => {
    const small = qrModules('http://a.b/?v=1');
    const large = qrModules(`http://a.b/?v=1&places=${'chengdu~'.repeat(30)}`);
    expect(large.length).toBeGreaterThan(small.length);
    expect(large.every((row) => row.length === large.length)).toBe(true);
  });
});

describe('qrPath', () => {
  it('draws one rectangle per horizontal run of dark modules, inside the quiet zone', () => {
    expect(qrPath([[true, true, false, true]], 4)).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
  });
});
