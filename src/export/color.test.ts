import { describe, expect, it } from 'vitest';
import { paint, parseColor } from './color';

describe('parseColor', () => {
  it('reads the forms getComputedStyle gives', () => {
    expect(parseColor('rgb(0, 114, 178)')).toEqual([0, 114, 178, 1]);
    expect(parseColor('rgba(27, 29, 33, 0.5)')).toEqual([27, 29, 33, 0.5]);
    expect(parseColor('rgb(27 29 33 / 40%)')).toEqual([27, 29, 33, 0.4]);
    expect(parseColor('color(srgb 1 0.5 0 / 0.85)')).toEqual([255, 127.5, 0, 0.85]);
  });

  it('returns null for what it cannot read', () => {
    expect(parseColor('oklch(0.7 0.1 200)')).toBeNull();
    expect(parseColor('currentcolor')).toBeNull();
  });
});

describe('paint', () => {
  it('writes a hex colour, with an opacity only when translucent', () => {
    expect(paint('rgb(0, 114, 178)')!.attr('fill')).toBe(' fill="#0072b2"');
    expect(paint('rgba(0, 0, 0, 0.25)')!.attr('stroke')).toBe(' stroke="#000000" stroke-opacity="0.25"');
  });

  it('draws nothing for transparent', () => {
    expect(paint('rgba(0, 0, 0, 0)')).toBeNull();
  });

  it('tells matching colours apart from different ones', () => {
    expect(paint('rgb(1, 2, 3)')!.key).toBe(paint('rgba(1, 2, 3, 1)')!.key);
    expect(paint('rgb(1, 2, 3)')!.key).not.toBe(paint('rgba(1, 2, 3, 0.5)')!.key);
  });
});
