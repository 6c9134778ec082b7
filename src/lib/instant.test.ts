import { describe, expect, it } from 'vitest';
import { isInstant } from './instant';

describe('isInstant', () => {
  it('accepts real UTC instants, with or without milliseconds', () => {
    expect(isInstant('2026-01-01T00:00:00.000Z')).toBe(true);
    expect(isInstant('2024-02-29T12:30:00Z')).toBe(true);
  });

  it('refuses dates that pass the format but do not exist, and anything else', () => {
    for (const bad of [
      '2026-13-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2025-02-29T00:00:00Z',
      '2026-01-01T25:00:00Z',
      '2026-01-01',
      42,
      null,
    ])
      expect(isInstant(bad), String(bad)).toBe(false);
  });
});
