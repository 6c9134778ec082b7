import { scaleLinear, scaleUtc } from 'd3';

/**
 * Scales for the panels. Charts lay out in percent of their track, so one scale
 * serves every screen width and the markup stays the same at 375 and 1440 px.
 */
export interface PercentScale {
  /** Position of a value, 0–100. */
  x: (value: number) => number;
  ticks: number[];
  /** The top of the domain after rounding it to a nice number. */
  max: number;
}

/** A linear scale from zero (bars and dots always start at zero, so lengths stay honest). */
export function percentScale(max: number, tickCount = 4): PercentScale {
  const scale = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(tickCount)
    .range([0, 100]);
  return { x: (v) => round(scale(v)), ticks: scale.ticks(tickCount), max: scale.domain()[1] ?? 1 };
}

export interface TimeScale {
  x: (date: Date) => number;
  ticks: Date[];
}

/** A UTC time scale over [start, end] in pixels, with yearly ticks. */
export function yearScale(start: Date, end: Date, range: [number, number]): TimeScale {
  const scale = scaleUtc().domain([start, end]).range(range);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  return { x: (d) => round(scale(d)), ticks: scale.ticks(Math.min(years, 10)) };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f + 0;
}
