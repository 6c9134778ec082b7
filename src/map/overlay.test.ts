import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Lang } from '../data/types';
import { DISTRICT_ZOOM, fitCities, placeCamera, project, type Size } from './camera';
import { boxHitsCircle, boxesOverlap } from './labels';
import { DISTRICT_RADIUS, overlayModel, type OverlayModel } from './overlay';
import { cities, citySymbols, districtSymbols, maxRadiusFor } from './symbols';

const DESKTOP = { width: 712, height: 560 };
const PHONE = { width: 343, height: 380 };

function model(
  size: Size,
  lang: Lang,
  indicatorId = 'ip-pledge-amount',
  options: { chosen?: string[]; zoomTo?: string } = {},
): OverlayModel {
  const maxRadius = maxRadiusFor(size.width);
  const fit = fitCities(cities(dataset), size, maxRadius);
  const camera = options.zoomTo ? placeCamera(dataset.places, options.zoomTo, size, fit)! : fit;
  return overlayModel({
    camera,
    size,
    lang,
    indicator: dataset.indicators.find((i) => i.id === indicatorId)!,
    cities: citySymbols(dataset, indicatorId, null, maxRadius),
    districts: districtSymbols(dataset, indicatorId, null),
    chosen: new Set(options.chosen ?? []),
    places: dataset.places,
    fontScale: 1,
  });
}

function labelled(m: OverlayModel) {
  return [
    ...m.cities.map((c) => ({ id: c.id, label: c.label })),
    ...m.districts.flatMap((d) => (d.label ? [{ id: d.id, label: d.label }] : [])),
  ];
}

function marks(m: OverlayModel) {
  return [
    ...m.cities.map((c) => ({ id: c.id, x: c.x, y: c.y, r: c.symbol.radius })),
    ...m.districts.map((d) => ({ id: d.id, x: d.x, y: d.y, r: DISTRICT_RADIUS })),
  ];
}

const VIEWS = (['zh', 'en'] as const).flatMap((lang) =>
  [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ].flatMap(([name, size]) =>
    ['ip-pledge-amount', 'valid-invention-patents', 'invention-patent-grants', 'china-patent-awards'].map((indicator) => ({
      lang,
      name,
      size: size as Size,
      indicator,
    })),
  ),
);

describe('overlayModel at the default view', () => {
  it.each(VIEWS)('labels all five cities without overlaps ($name, $lang, $indicator)', ({ lang, size, indicator }) => {
    const m = model(size, lang, indicator);
    expect(m.cities.map((c) => c.id).sort()).toEqual(['chengdu', 'guangzhou', 'hangzhou', 'kunming', 'ningbo']);
    const all = [...labelled(m), ...m.context.map((c) => ({ id: c.id, label: c.label }))];
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) expect(boxesOverlap(a.label.box, b.label.box), `${a.id} / ${b.id}`).toBe(false);
      for (const s of marks(m).filter((s) => s.id !== a.id)) expect(boxHitsCircle(a.label.box, s), `${a.id} label on ${s.id}`).toBe(false);
      expect(a.label.box.x).toBeGreaterThanOrEqual(0);
      expect(a.label.box.x + a.label.box.width).toBeLessThanOrEqual(size.width);
    }
  });

  it('shows orientation: grey reference cities, province names and a sea', () => {
    const kinds = new Set(model(DESKTOP, 'zh').context.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['city', 'province', 'sea']));
  });

  it('draws no districts at national zoom, even for a chosen city: never at a place that is not theirs', () => {
    expect(model(DESKTOP, 'zh').districts).toEqual([]);
    expect(model(DESKTOP, 'zh', 'ip-pledge-amount', { chosen: ['hangzhou'] }).districts).toEqual([]);
  });

  it('draws districts where they are once zoomed in to a city', () => {
    const m = model(DESKTOP, 'zh', 'ip-pledge-amount', { zoomTo: 'guangzhou' });
    expect(m.districts.map((d) => d.id)).toEqual(['gz-devzone', 'gz-knowledge-city']);
    const camera = placeCamera(dataset.places, 'guangzhou', DESKTOP, fitCities(cities(dataset), DESKTOP, maxRadiusFor(DESKTOP.width)))!;
    for (const d of m.districts) {
      const place = dataset.places.find((p) => p.id === d.id)!;
      const [x, y] = project(camera, DESKTOP, place.lon, place.lat);
      expect([d.x, d.y]).toEqual([x, y]);
    }
  });

  it.each(VIEWS)(
    'never lets two city symbols overlap, and ties a moved one to its true place ($name, $lang, $indicator)',
    ({ lang, size, indicator }) => {
      const m = model(size, lang, indicator);
      for (const [i, a] of m.cities.entries())
        for (const b of m.cities.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.symbol.radius + b.symbol.radius);
      for (const c of m.cities) if (c.home) expect(Math.hypot(c.x - c.home.x, c.y - c.home.y)).toBeLessThan(size.width / 4);
    },
  );

  it.each([DESKTOP, PHONE])('names every district of a chosen city, without overlaps ($width px)', (size) => {
    for (const city of ['hangzhou', 'kunming', 'chengdu', 'ningbo', 'guangzhou']) {
      const m = model(size, 'en', 'ip-pledge-amount', { zoomTo: city, chosen: [city] });
      const family = dataset.places.filter((p) => p.parent === city || dataset.places.find((q) => q.id === p.parent)?.parent === city);
      expect(
        m.districts
          .filter((d) => d.label)
          .map((d) => d.id)
          .sort(),
      ).toEqual(family.map((p) => p.id).sort());
      const mine = labelled(m);
      for (const [i, a] of mine.entries())
        for (const b of mine.slice(i + 1)) expect(boxesOverlap(a.label.box, b.label.box), `${city}: ${a.id} / ${b.id}`).toBe(false);
    }
  });
});

describe('city labels', () => {
  it('never label Guangzhou with its Development Zone’s figure', () => {
    const wide = model(DESKTOP, 'zh', 'invention-patent-grants').cities.find((c) => c.id === 'guangzhou')!;
    expect(wide.label.lines.map((l) => l.text)).toEqual(['广州', '原文未给出']);
  });

  it('say "not stated" for a hollow city even on a phone', () => {
    const kunming = model(PHONE, 'zh').cities.find((c) => c.id === 'kunming')!;
    expect(kunming.label.lines.map((l) => l.text)).toEqual(['昆明', '原文未给出']);
    const guangzhou = model(PHONE, 'en').cities.find((c) => c.id === 'guangzhou')!;
    expect(guangzhou.label.lines.map((l) => l.text)).toEqual(['Guangzhou', 'not stated']);
  });
});

it('keeps DISTRICT_ZOOM between the national view and a city view', () => {
  const national = fitCities(cities(dataset), DESKTOP, 27);
  expect(national.zoom).toBeLessThan(DISTRICT_ZOOM);
  expect(placeCamera(dataset.places, 'kunming', DESKTOP, national)!.zoom).toBeGreaterThanOrEqual(DISTRICT_ZOOM);
});
