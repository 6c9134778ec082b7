import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { catalogOf } from '../state/view';
import { graphicFigures, graphicSources, slideGraphic, type SlideGraphic } from './slideGraphic';

const catalog = catalogOf(dataset);
const graphicOf = (query: string, lang: 'zh' | 'en' = 'zh') => slideGraphic(dataset, { ...parseView(query, catalog).view, lang });
function bars(g: SlideGraphic) {
  if (g.kind !== 'bars') throw new Error(`expected bars, got ${g.kind}`);
  return g;
}

describe('a slide’s graphic', () => {
  it('draws the places the view chose, and only those', () => {
    const g = bars(graphicOf('v=1&panel=financing&places=chengdu'));
    expect(new Set(g.items.map((i) => i.row.place.id))).toEqual(new Set(['chengdu']));
    expect(g.items.map((i) => i.group)).toEqual(['partial-year', 'cumulative', 'forecast']);
  });

  it('ranks only like-for-like figures, largest first, and keeps a conflicting second figure beside its twin', () => {
    const g = bars(graphicOf('v=1&panel=financing&places=hangzhou~ningbo&cmp=1'));
    expect(g.ranked).toBe(true);
    expect(g.items.map((i) => [i.row.place.id, i.row.rank])).toEqual([
      ['ningbo', 1],
      ['hangzhou', 2],
    ]);
    expect(g.items[0]?.row.marks[0]?.twins.map((t) => t.value)).toEqual([400]);
  });

  it('draws the measure the view names, and otherwise the first one that has the chosen places', () => {
    expect(bars(graphicOf('v=1&panel=patents&ind=high-value-patents-per-10k&measure=per-capita')).measure?.id).toBe(
      'high-value-patents-per-10k',
    );
    expect(bars(graphicOf('v=1&panel=patents')).measure?.id).toBe('valid-invention-patents');
  });

  it('draws each of a chosen place’s measures on its own scale, labelled by the measure in the slide’s language', () => {
    const g = bars(graphicOf('v=1&panel=patents&places=chengdu&measure=per-capita', 'en'));
    expect(g.measure).toBeNull();
    expect(g.items.map((i) => i.label)).toEqual(g.items.map((i) => i.indicator.name.en));
    const [first] = g.items;
    const top = Math.max(...(first?.row.marks.map((m) => m.observation.value) ?? []));
    expect(first?.scale.x(top)).toBeGreaterThan(60);
  });

  it('puts a place’s doubly stated figures first in its profile', () => {
    const g = graphicOf('v=1&panel=profile&places=hangzhou&focus=hangzhou');
    if (g.kind !== 'figures') throw new Error(g.kind);
    expect(g.items.slice(0, 2).every((i) => i.twins.length > 0)).toBe(true);
    expect(g.items.slice(2).every((i) => i.twins.length === 0)).toBe(true);
  });

  it('keeps a year’s titles, and only the cities that hold one', () => {
    const g = graphicOf('v=1&panel=designations&period=2023');
    if (g.kind !== 'matrix') throw new Error(g.kind);
    expect(g.cities.map((c) => c.id)).toEqual(['chengdu', 'hangzhou']);
    expect(g.items.flatMap((r) => Object.values(r.cells).flat()).every((h) => h.year === 2023)).toBe(true);
    expect(g.items.length).toBeGreaterThan(0);
  });

  it('falls back to the map for the overview and to the plan’s own place for a plan without one', () => {
    expect(graphicOf('v=1').kind).toBe('map');
    const plan = graphicOf('v=1&panel=plan&places=hangzhou');
    expect(plan.kind === 'plan' && plan.place.id).toBe('pidu');
  });

  it('names the documents its figures come from, and states every figure it draws', () => {
    const g = graphicOf('v=1&panel=financing&places=hangzhou~ningbo&cmp=1');
    expect(graphicSources(dataset, g).map((s) => s.file)).toEqual([...new Set(graphicFigures(g).map((o) => o.source.file))]);
    expect(graphicFigures(g).map((o) => o.value)).toEqual(expect.arrayContaining([394.11, 400, 292]));
    expect(graphicSources(dataset, graphicOf('v=1&panel=sources'))).toEqual([]);
  });
});
