import { cityOf } from '../data/places';
import { required } from '../lib/required';
import { mapText } from './messages';
import { formatFigure } from '../data/format';
import type { Indicator, Lang, Place } from '../data/types';
import type { Camera } from '../state/view';
import { DISTRICT_ZOOM, project, type Size } from './camera';
import { contextAt, type ContextKind } from './context';
import { dodge, placeLabels, textWidth, type Circle, type LabelRequest, type Leader, type PlacedLabel } from './labels';
import { mapNumberStyle, type CitySymbol, type DistrictSymbol } from './symbols';

/**
 * Everything drawn over the basemap, in screen pixels: symbols, labels, leader
 * lines and context names. The MapLibre view and the SVG fallback both render
 * this same model, so they cannot drift apart.
 */

export interface TextLine {
  text: string;
  size: number;
  weight: 'bold' | 'normal';
  /** Letter-spacing in em, as MapOverlay.svelte draws it (province and sea names are tracked out). */
  tracking?: number;
}

export interface LabelModel {
  box: PlacedLabel['box'];
  leader: Leader | null;
  lines: TextLine[];
  /** Text hugs the symbol: right-aligned when the label sits to its left, centred above or below it. */
  align: 'start' | 'middle' | 'end';
}

export interface CityMark {
  id: string;
  x: number;
  y: number;
  /** Where the city really is, when its symbol is moved off a neighbour's; a leader line joins the two. */
  home: { x: number; y: number } | null;
  symbol: CitySymbol;
  label: LabelModel;
}

/** A district or zone, always at its own coordinates, shown once the map is zoomed in to city scale. */
export interface DistrictMark {
  id: string;
  /** The city it belongs to. */
  city: string;
  x: number;
  y: number;
  district: DistrictSymbol;
  label: LabelModel | null;
}

export interface ContextMark {
  id: string;
  kind: ContextKind;
  x: number;
  y: number;
  label: LabelModel;
}

export interface OverlayModel {
  cities: CityMark[];
  districts: DistrictMark[];
  context: ContextMark[];
}

export interface OverlayInput {
  camera: Camera;
  size: Size;
  lang: Lang;
  indicator: Indicator;
  cities: CitySymbol[];
  districts: DistrictSymbol[];
  /** Places chosen in the view (selection and focus): their districts show at any zoom. */
  chosen: ReadonlySet<string>;
  places: Place[];
  /** 1 normally; larger in the projector theme. */
  fontScale: number;
}

export const DISTRICT_RADIUS = 5;
const CONTEXT_DOT = 2.5;
/** Marks further than this outside the map are not drawn. */
const CULL = 40;

function measure(lines: TextLine[]): { width: number; height: number } {
  return {
    width:
      Math.max(
        ...lines.map((l) => textWidth(l.text, l.size) * (l.weight === 'bold' ? 1.06 : 1) + [...l.text].length * (l.tracking ?? 0) * l.size),
      ) + 4,
    height: lines.reduce((h, l) => h + Math.round(l.size * 1.22), 0),
  };
}

export function alignOf(box: PlacedLabel['box'], anchor: Circle): LabelModel['align'] {
  if (box.x + box.width <= anchor.x) return 'end';
  if (box.x >= anchor.x) return 'start';
  return 'middle';
}

function onScreen(x: number, y: number, size: Size): boolean {
  return x > -CULL && y > -CULL && x < size.width + CULL && y < size.height + CULL;
}

/** Where the map's own controls sit (zoom buttons top right; notes and scale bar along the bottom): labels keep clear. */
function reserved(size: Size): (Circle & { id: string })[] {
  return [
    ...Array.from({ length: 9 }, (_, i) => ({ id: `controls-${i}`, x: size.width - 16 - i * 20, y: 27, r: 22 })),
    ...Array.from({ length: Math.ceil(size.width / 30) }, (_, i) => ({ id: `notes-${i}`, x: 15 + i * 30, y: size.height - 8, r: 16 })),
  ];
}

/** Each city's districts and zones, however deeply nested, found in one pass. */
function districtsByCity(districts: DistrictSymbol[], places: Place[]): Map<string, DistrictSymbol[]> {
  const families = new Map<string, DistrictSymbol[]>();
  for (const d of districts) {
    const city = cityOf(places, d.place.id);
    if (!city) continue;
    families.set(city.id, [...(families.get(city.id) ?? []), d]);
  }
  return families;
}

export function overlayModel(input: OverlayInput): OverlayModel {
  const { camera, size, lang, fontScale } = input;
  const compact = size.width < 560;
  const px = (n: number) => Math.round(n * fontScale);
  const at = (p: { lon: number; lat: number }) => project(camera, size, p.lon, p.lat);

  // Symbols that would overlap (Hangzhou and Ningbo at national zoom) are moved apart, each tied to its true
  // place, with a gap wide enough to show between their outlines at any scale (a projector's are thicker).
  const cityPoints = dodge(
    input.cities
      .map((symbol) => {
        const [x, y] = at(symbol.place);
        return { symbol, x, y, r: symbol.radius, homeX: x, homeY: y };
      })
      .filter((c) => onScreen(c.x, c.y, size)),
    px(8),
  ).map((c) => ({ ...c, home: c.moved ? { x: c.homeX, y: c.homeY } : null }));

  const showAll = camera.zoom >= DISTRICT_ZOOM;
  const familyOf = districtsByCity(input.districts, input.places);
  const districtPoints: { district: DistrictSymbol; city: string; chosen: boolean; x: number; y: number }[] = [];
  // Below city zoom a district would sit on its city's symbol; it is shown at its own place, never fanned out to a false one.
  if (showAll)
    for (const city of input.cities) {
      const family = familyOf.get(city.place.id) ?? [];
      const chosen = input.chosen.has(city.place.id) || family.some((d) => input.chosen.has(d.place.id));
      for (const district of family) {
        const [x, y] = at(district.place);
        if (onScreen(x, y, size)) districtPoints.push({ district, city: city.place.id, chosen, x, y });
      }
    }

  const contextPoints = contextAt(camera.zoom)
    .map((feature) => {
      const [x, y] = at(feature);
      return { feature, x, y };
    })
    .filter((c) => onScreen(c.x, c.y, size));

  const obstacles: (Circle & { id: string })[] = [
    ...cityPoints.map((c) => ({ id: c.symbol.place.id, x: c.x, y: c.y, r: c.symbol.radius })),
    ...districtPoints.map((d) => ({ id: d.district.place.id, x: d.x, y: d.y, r: DISTRICT_RADIUS })),
    ...contextPoints.filter((c) => c.feature.kind === 'city').map((c) => ({ id: c.feature.id, x: c.x, y: c.y, r: CONTEXT_DOT })),
    ...reserved(size),
  ];

  const style = mapNumberStyle(input.cities, input.indicator, lang);
  const cityLines = (symbol: CitySymbol): TextLine[] => {
    const o = symbol.headline.observation;
    const lines: TextLine[] = [{ text: symbol.place.name[lang], size: px(14), weight: 'bold' }];
    if (!compact || !o)
      lines.push({ text: o ? formatFigure(o, input.indicator, lang, style) : mapText(lang, 'noData'), size: px(12), weight: 'normal' });
    return lines;
  };
  const districtLines = (d: DistrictSymbol): TextLine[] => [{ text: d.place.name[lang], size: px(12), weight: 'normal' }];
  const contextLines = (kind: ContextKind, text: string): TextLine[] => [
    {
      text: kind === 'province' && lang === 'zh' ? [...text].join(' ') : text,
      size: px(kind === 'sea' ? 13 : 12),
      weight: 'normal',
      ...(kind === 'province' ? { tracking: 0.12 } : kind === 'sea' ? { tracking: 0.08 } : {}),
    },
  ];

  const requests: (LabelRequest & { lines: TextLine[] })[] = [];
  const request = (id: string, anchor: Circle, lines: TextLine[], required: boolean, placement: LabelRequest['placement']) =>
    requests.push({ id, anchor, lines, required, placement, ...measure(lines) });

  // Larger symbols first: their labels have the fewest free positions.
  for (const c of [...cityPoints].sort((a, b) => b.symbol.radius - a.symbol.radius)) {
    request(c.symbol.place.id, { x: c.x, y: c.y, r: c.symbol.radius }, cityLines(c.symbol), true, 'around');
  }
  for (const d of districtPoints) {
    // The districts of a chosen city are always named; elsewhere names give way when the map is crowded.
    request(d.district.place.id, { x: d.x, y: d.y, r: DISTRICT_RADIUS }, districtLines(d.district), d.chosen || camera.zoom >= 9, 'around');
  }
  for (const c of contextPoints) {
    const dot = c.feature.kind === 'city';
    request(
      c.feature.id,
      { x: c.x, y: c.y, r: dot ? CONTEXT_DOT : 0 },
      contextLines(c.feature.kind, c.feature.name[lang]),
      false,
      dot ? 'around' : 'center',
    );
  }

  const placed = new Map(placeLabels(requests, obstacles, size).map((p) => [p.id, p]));
  const requested = new Map(requests.map((r) => [r.id, r]));
  const label = (id: string): LabelModel | null => {
    const p = placed.get(id);
    const req = requested.get(id);
    return p && req ? { box: p.box, leader: p.leader, lines: req.lines, align: alignOf(p.box, req.anchor) } : null;
  };

  return {
    cities: cityPoints.map((c) => ({
      id: c.symbol.place.id,
      x: c.x,
      y: c.y,
      home: c.home,
      symbol: c.symbol,
      label: required(label(c.symbol.place.id), `the label of ${c.symbol.place.id}`),
    })),
    districts: districtPoints.map((d) => ({
      id: d.district.place.id,
      city: d.city,
      x: d.x,
      y: d.y,
      district: d.district,
      label: label(d.district.place.id),
    })),
    context: contextPoints.flatMap((c) => {
      const l = label(c.feature.id);
      // A reference city without its name would be an unexplained dot.
      return l ? [{ id: c.feature.id, kind: c.feature.kind, x: c.x, y: c.y, label: l }] : [];
    }),
  };
}
