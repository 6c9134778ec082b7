import { describe, expect, it } from 'vitest';
import { percentScale, yearScale } from './scale';

describe('percentScale', () => {
  it('starts at zero and rounds the top to a nice number', () => {
    const s = percentScale(394.11);
    expect(s.x(0)).toBe(0);
    expect(s.max).toBe(400);
    expect(s.x(400)).toBe(100);
    expect(s.ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it('survives an empty or zero domain', () => {
    expect(percentScale(0).x(0)).toBe(0);
  });
});

describe('yearScale', () => {
  it('maps UTC dates to pixels with yearly ticks', () => {
    const s = yearScale(new Date(Date.UTC(2016, 0, 1)), new Date(Date.UTC(2025, 0, 1)), [0, 900]);
    expect(s.x(new Date(Date.UTC(2016, 0, 1)))).toBe(0);
    expect(s.ticks.map((d) => d.getUTCFullYear())).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
