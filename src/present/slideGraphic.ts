import { headlines, type Headline } from '../data/figures';
import { indicatorById } from '../data/lookup';
import { placeById } from '../data/places';
import { placeLevelName } from '../data/terms';
import type { Dataset, Indicator, Lang, Observation, Place, SourceDoc } from '../data/types';
import { required } from '../lib/required';
import { designationMatrix, type MatrixRow } from '../panels/designations';
import { financingModel } from '../panels/financing';
import { PATENT_VIEWS, patentBlocks } from '../panels/patents';
import { PLAN_PLACE, planModel, type PlanRow } from '../panels/plan';
import { profileModel } from '../panels/profile';
import { placeLabel } from '../panels/labels';
import type { Block, FigureRow, GroupClass } from '../panels/rows';
import { percentScale, type PercentScale } from '../panels/scale';
import type { View } from '../state/view';

/**
 * What a slide draws: one graphic, chosen from the slide's view, as a list of
 * items the slide shows from the top until its frame is full (ARCHITECTURE.md §7).
 * The view selects the items: the places it names, the indicator it names, or, with
 * "comparable only", the ranked like-for-like figures. Nothing here knows a size.
 */

export interface BarItem {
  key: string;
  /** A place's name, or a measure's where the items are one place's measures. */
  label: string;
  /** A second line under the label: the place's level, or the place in a list of measures. */
  detail: string | null;
  row: FigureRow;
  indicator: Indicator;
  scale: PercentScale;
  group: GroupClass;
}

export interface FigureItem {
  observation: Observation;
  indicator: Indicator;
  twins: Observation[];
}

export type SlideGraphic =
  | { kind: 'map'; indicator: Indicator; headlines: Headline[]; items: [] }
  | {
      kind: 'bars';
      mode: 'bar' | 'dot';
      tone: 'financing' | 'patents';
      /** The one measure all items share, named above the chart; null when each item names its own. */
      measure: Indicator | null;
      ranked: boolean;
      items: BarItem[];
    }
  | { kind: 'figures'; place: Place; items: FigureItem[] }
  | { kind: 'matrix'; cities: Place[]; year: number | null; items: MatrixRow[] }
  | { kind: 'plan'; place: Place; items: PlanRow[] }
  | { kind: 'sources'; items: { source: SourceDoc; figures: number }[] };

type Labeller = (place: Place) => { label: string; detail: string | null };

export function slideGraphic(data: Dataset, view: View): SlideGraphic {
  const lang = view.lang;
  const name: Labeller = (place) => ({
    label: placeLabel(data.places, place, lang),
    // A zone is not its city, and its name may not say so; a district's name says what it is.
    detail: place.level === 'zone' && !/zone/i.test(place.name[lang]) ? placeLevelName(lang, place.level) : null,
  });
  const chosen = (p: Place) => view.places.length === 0 || view.places.includes(p.id);
  switch (view.panel) {
    case 'financing': {
      const model = financingModel(data, view.comparable);
      return {
        kind: 'bars',
        mode: 'bar',
        tone: 'financing',
        measure: model.pledge.indicator,
        ranked: view.comparable,
        items: blockItems(model.pledge, chosen, name),
      };
    }
    case 'patents':
      return patentsGraphic(data, view, chosen, name, lang);
    case 'designations':
      return matrixGraphic(data, view);
    case 'plan': {
      const named = view.places.map((id) => placeById(data.places, id)).find((p) => p && planModel(data, p.id).rows.length > 0);
      const place = named ?? requirePlace(data, PLAN_PLACE);
      return { kind: 'plan', place, items: planModel(data, place.id).rows };
    }
    case 'sources':
      return {
        kind: 'sources',
        items: data.sources.map((source) => ({ source, figures: data.observations.filter((o) => o.source.file === source.file).length })),
      };
    case 'profile': {
      const model = view.focus ? profileModel(data, view.focus) : null;
      if (model) return { kind: 'figures', place: model.place, items: profileItems(data, model) };
      break;
    }
  }
  const cities = data.places.filter((p) => p.level === 'city');
  return {
    kind: 'map',
    indicator: requireIndicator(data, view.indicator),
    headlines: headlines(data, view.indicator, cities, view.period),
    items: [],
  };
}

/** Every figure a graphic states: its marks, the second figures beside them and the growth rates. */
export function graphicFigures(graphic: SlideGraphic): Observation[] {
  switch (graphic.kind) {
    case 'map':
      return graphic.headlines.flatMap((h) => (h.observation ? [h.observation] : []));
    case 'bars':
      return graphic.items.flatMap((i) => [...i.row.marks.flatMap((m) => [m.observation, ...m.twins]), ...i.row.growth]);
    case 'figures':
      return graphic.items.flatMap((i) => [i.observation, ...i.twins]);
    case 'plan':
      return graphic.items.flatMap((r) => [r.baseline, r.target, ...r.twins]);
    case 'matrix':
    case 'sources':
      return [];
  }
}

/** The documents a graphic's figures and titles come from, in the dataset's order; none for the list of sources itself. */
export function graphicSources(data: Dataset, graphic: SlideGraphic): SourceDoc[] {
  const files = new Set(graphicFigures(graphic).map((o) => o.source.file));
  if (graphic.kind === 'matrix')
    graphic.items.forEach((r) => Object.values(r.cells).forEach((hs) => hs.forEach((h) => files.add(h.source.file))));
  return data.sources.filter((s) => files.has(s.file));
}

/** With `own`, each item is labelled by its measure and drawn on its own scale. */
function blockItems(block: Block, chosen: (p: Place) => boolean, name: Labeller, own: Lang | null = null): BarItem[] {
  const shared = percentScale(block.max);
  return block.groups.flatMap((group) =>
    group.rows
      .filter((row) => chosen(row.place))
      .map((row) => ({
        key: `${block.indicator.id}:${row.key}`,
        ...(own ? { label: block.indicator.name[own], detail: null } : name(row.place)),
        row,
        indicator: block.indicator,
        scale: own ? percentScale(Math.max(...row.marks.flatMap((m) => [m.observation.value, ...m.twins.map((t) => t.value)]))) : shared,
        group: group.cls,
      })),
  );
}

/**
 * The patents slide draws one measure: the view's indicator where it is one of the
 * panel's, else the first with a figure for the places chosen. Where the view names
 * places but no measure, it draws each of their measures on its own scale instead.
 */
function patentsGraphic(data: Dataset, view: View, chosen: (p: Place) => boolean, name: Labeller, lang: Lang): SlideGraphic {
  const blocks = patentBlocks(data, view.measure, view.comparable);
  const named = PATENT_VIEWS[view.measure].includes(view.indicator)
    ? blocks.find((b) => b.block.indicator.id === view.indicator)
    : undefined;
  const base = { kind: 'bars', mode: 'dot', tone: 'patents', ranked: view.comparable } as const;
  if (!named && view.places.length > 0) {
    const items = blocks.flatMap(({ block }) =>
      blockItems(block, chosen, name, lang).map((item) => ({
        ...item,
        detail: view.places.length > 1 ? name(item.row.place).label : null,
      })),
    );
    return { ...base, measure: null, items };
  }
  const shown = named ?? blocks.find(({ block }) => blockItems(block, chosen, name).length > 0) ?? blocks[0];
  if (!shown) return { ...base, measure: null, items: [] };
  return { ...base, measure: shown.block.indicator, items: blockItems(shown.block, chosen, name) };
}

/** A place's figures, the ones its source states twice first: those are what a slide about the place is usually for. */
function profileItems(data: Dataset, model: NonNullable<ReturnType<typeof profileModel>>): FigureItem[] {
  const items = model.categories.flatMap((c) =>
    c.items.map(({ observation, twins }) => ({ observation, twins, indicator: requireIndicator(data, observation.indicator) })),
  );
  const twice = (i: FigureItem) => (i.twins.length > 0 ? 0 : 1);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => twice(a.item) - twice(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * National titles first, then the others, as the panel orders them. A chosen place
 * narrows the columns to its city; a year keeps the titles granted in it.
 */
function matrixGraphic(data: Dataset, view: View): SlideGraphic {
  const matrix = designationMatrix(data);
  const cityIds = new Set(
    view.places.flatMap((id) => {
      const p = placeById(data.places, id);
      return p ? [p.level === 'city' ? p.id : (p.parent ?? p.id)] : [];
    }),
  );
  const cities = cityIds.size > 0 ? matrix.cities.filter((c) => cityIds.has(c.id)) : matrix.cities;
  const year = view.period;
  const items = matrix.sections.flatMap((s) =>
    s.rows
      .map((row) => ({
        ...row,
        cells: Object.fromEntries(
          cities.map((c) => [c.id, (row.cells[c.id] ?? []).filter((h) => year === null || h.year === year)] as const),
        ),
      }))
      .filter((row) => Object.values(row.cells).some((hs) => hs.length > 0)),
  );
  // A column with nothing in it would say nothing; a city out of the chosen year's titles is left out.
  const held = cities.filter((c) => items.some((row) => (row.cells[c.id] ?? []).length > 0));
  return { kind: 'matrix', cities: held, year, items };
}

const requireIndicator = (data: Dataset, id: string): Indicator => required(indicatorById(data.indicators, id), `indicator ${id}`);
const requirePlace = (data: Dataset, id: string): Place => required(placeById(data.places, id), `place ${id}`);
