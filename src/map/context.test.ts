import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { REGION } from './camera';
import { CONTEXT, contextAt } from './context';

describe('CONTEXT', () => {
  it('names every feature in both languages, with unique ids', () => {
    for (const f of CONTEXT) {
      expect(f.name.zh).toMatch(/\p{Script=Han}/u);
      expect(f.name.en).toMatch(/^[A-Z]/);
    }
    expect(new Set(CONTEXT.map((f) => f.id)).size).toBe(CONTEXT.length);
  });

  it('lies inside the region the map can show', () => {
    for (const f of CONTEXT) {
      expect(f.lon).toBeGreaterThan(REGION.west);
      expect(f.lon).toBeLessThan(REGION.east);
      expect(f.lat).toBeGreaterThan(REGION.south);
      expect(f.lat).toBeLessThan(REGION.north);
    }
  });

  it('frames the five cities with reference cities, province names and the three seas', () => {
    const ids = CONTEXT.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['beijing', 'shanghai', 'chongqing', 'shenzhen', 'east-china-sea', 'south-china-sea', 'yellow-sea']),
    );
    const provinces = new Set(CONTEXT.filter((f) => f.kind === 'province').map((f) => f.name.zh));
    for (const city of dataset.places.filter((p) => p.level === 'city')) expect(provinces).toContain(city.province.zh.replace(/省$/, ''));
  });

  it('never repeats one of the five cities as a grey reference city', () => {
    const names = new Set(dataset.places.map((p) => p.name.zh));
    expect(CONTEXT.filter((f) => names.has(f.name.zh))).toEqual([]);
  });
});

describe('contextAt', () => {
  it('shows province and sea names at the national zoom and hides provinces at city zoom', () => {
    expect(contextAt(4.5).some((f) => f.kind === 'province')).toBe(true);
    expect(contextAt(9).some((f) => f.kind === 'province')).toBe(false);
    expect(contextAt(9).map((f) => f.id)).toContain('shanghai');
  });

  it('at city zoom, names the neighbouring cities and waters instead of the open seas', () => {
    const near = contextAt(8).map((f) => f.id);
    expect(near).toEqual(expect.arrayContaining(['shaoxing', 'jiaxing', 'zhoushan', 'deyang', 'foshan', 'yuxi', 'hangzhou-bay', 'tai-hu']));
    expect(near).not.toContain('east-china-sea');
    expect(contextAt(4.5).map((f) => f.id)).not.toContain('shaoxing');
  });
});
