import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalise, parseView, serializeView } from './codec';
import { BACKGROUNDS, DEFAULT_VIEW, MEASURES, MODES, PANELS, THEMES, type Catalog, type View } from './view';

const catalog: Catalog = {
  places: new Set(['chengdu', 'pidu', 'hangzhou', 'ningbo', 'gz-devzone']),
  indicators: new Set(['ip-pledge-amount', 'valid-invention-patents', 'high-value-patents-per-10k']),
};

const viewArb: fc.Arbitrary<View> = fc.record({
  mode: fc.constantFrom(...MODES),
  panel: fc.constantFrom(...PANELS),
  places: fc.uniqueArray(fc.constantFrom(...catalog.places), { maxLength: 5 }),
  focus: fc.option(fc.constantFrom(...catalog.places), { nil: null }),
  indicator: fc.constantFrom(...catalog.indicators),
  period: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }),
  comparable: fc.boolean(),
  measure: fc.constantFrom(...MEASURES),
  camera: fc.option(
    fc.record({
      lon: fc.double({ min: 70, max: 140, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
      lat: fc.double({ min: 5, max: 55, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
      zoom: fc.double({ min: 2, max: 14, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    }),
    { nil: null },
  ),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom(...THEMES),
  slide: fc.integer({ min: 1, max: 999 }),
  deck: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  title: fc.boolean(),
  background: fc.constantFrom(...BACKGROUNDS),
  still: fc.boolean(),
});

describe('parseView(serializeView(view))', () => {
  it('gives back every valid view', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseView(serializeView(view), catalog).view).toEqual(normalise(view));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back every valid view from a pinned URL too', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseView(serializeView(view, { pin: true }), catalog).view).toEqual(normalise(view));
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: the same view always gives the same URL', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(serializeView(structuredClone(view))).toBe(serializeView(view));
      }),
    );
  });
});

describe('parseView of any input', () => {
  it('never throws and always returns a valid view', () => {
    const anyQuery = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'v',
              'lang',
              'embed',
              'mode',
              'panel',
              'places',
              'focus',
              'ind',
              'period',
              'cmp',
              'measure',
              'cam',
              'theme',
              'slide',
              'deck',
              'zz',
            ),
            fc.string({ maxLength: 40 }),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { view } = parseView(query, catalog);
        expect(parseView(serializeView(view), catalog).view).toEqual(view);
        expect(PANELS).toContain(view.panel);
        expect(view.places.every((p) => catalog.places.has(p))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseView', () => {
  it('leaves out defaults, so the default view is just the version', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('v=1');
  });

  it('joins lists with ~ and keeps them readable', () => {
    expect(serializeView({ ...DEFAULT_VIEW, places: ['chengdu', 'gz-devzone'], lang: 'en' })).toBe('v=1&places=chengdu~gz-devzone&lang=en');
  });

  it('keeps known places and reports unknown ones', () => {
    const { view, notices } = parseView('places=chengdu~atlantis~hangzhou', catalog);
    expect(view.places).toEqual(['chengdu', 'hangzhou']);
    expect(notices.map((n) => n.reason.en)).toEqual(['unknown places were ignored: atlantis']);
  });

  it('falls back to the default for an invalid value and says why', () => {
    const { view, notices } = parseView('lang=fr&panel=pie&cmp=yes&ind=gdp', catalog);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(notices.map((n) => n.key)).toEqual(['panel', 'ind', 'cmp', 'lang']);
    expect(notices[0]!.reason.zh).toBe('未知的面板“pie”');
  });

  it('uses the first of duplicate keys and says so', () => {
    const { view, notices } = parseView('lang=en&lang=zh', catalog);
    expect(view.lang).toBe('en');
    expect(notices[0]!.reason.en).toBe('"lang" appears twice; the first value was used');
  });

  it('survives broken percent-encoding', () => {
    const { view, notices } = parseView('lang=en&places=%E0%A4%A&panel=patents', catalog);
    expect(view.lang).toBe('en');
    expect(view.panel).toBe('patents');
    expect(notices).toHaveLength(1);
  });

  it('cuts an overlong URL and still reads what came before the cut', () => {
    const { view, notices } = parseView(`lang=en&junk=${'x'.repeat(MAX_QUERY_LENGTH * 3)}`, catalog);
    expect(view.lang).toBe('en');
    expect(notices[0]!.reason.en).toMatch(/too long/);
  });

  it('keeps unknown keys so links from newer versions survive a round trip', () => {
    const parsed = parseView('v=1&lang=en&future=thing', catalog);
    expect(parsed.unknown).toEqual(['future=thing']);
    expect(serializeView(parsed.view, { unknown: parsed.unknown })).toBe('v=1&lang=en&future=thing');
  });

  it('writes unknown parameters back as they came, not re-encoded longer', () => {
    const colons = `x=${':'.repeat(1990)}`;
    const parsed = parseView(`?${colons}`, catalog);
    expect(parsed.notices).toEqual([]);
    expect(parsed.unknown).toEqual([colons]);
    const written = serializeView(parsed.view, { unknown: parsed.unknown });
    expect(written).toBe(`v=1&${colons}`);
    expect(written.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseView(written, catalog).notices).toEqual([]);
  });

  it('drops the unknown parameters that would make the link too long, and says which', () => {
    const big = (k: string) => `${k}=${'a'.repeat(640)}`;
    const parsed = parseView(`embed=1&lang=en&${big('one')}&${big('two')}&${big('three')}`, catalog);
    expect(parsed.unknown).toEqual([big('one'), big('two')]);
    expect(parsed.notices.map((n) => n.reason.en)).toEqual([
      'an unrecognised parameter (three) would make the link too long and was left out',
    ]);
    expect(serializeView(parsed.view, { unknown: parsed.unknown, pin: true }).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('reads an unknown format version as version 1, and says so', () => {
    for (const v of ['0', '2', 'abc', '']) {
      const parsed = parseView(`v=${v}&lang=en&panel=patents`, catalog);
      expect(parsed.view.panel, v).toBe('patents');
      expect(parsed.notices.map((n) => [n.key, n.reason.en])).toEqual([
        ['v', `link format version "v=${v}" is not recognised; it was read as version 1`],
      ]);
    }
    expect(parseView('v=1&lang=en', catalog).notices).toEqual([]);
    expect(parseView('lang=en', catalog).notices).toEqual([]);
  });

  it('never writes back a link longer than it accepts, nor one that reads differently', () => {
    const part = fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 900 }))
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    fc.assert(
      fc.property(viewArb, fc.array(part, { maxLength: 6 }), (view, extra) => {
        const query = [serializeView(view), ...extra].join('&');
        const parsed = parseView(query, catalog);
        for (const pin of [false, true]) {
          const written = serializeView(parsed.view, { unknown: parsed.unknown, pin });
          expect(written.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
          const again = parseView(written, catalog);
          expect(again.view).toEqual(parsed.view);
          expect(again.notices.filter((n) => n.key === '')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads embed=1 as embed mode, whatever mode says', () => {
    expect(parseView('embed=1&mode=present', catalog).view.mode).toBe('embed');
    expect(parseView('mode=present', catalog).view.mode).toBe('present');
  });

  it('drops the slide and deck outside briefing mode, where they mean nothing', () => {
    expect(serializeView({ ...DEFAULT_VIEW, mode: 'embed', slide: 4, deck: 'mine' }, { pin: true })).toBe(
      'v=1&embed=1&panel=map&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=zh&theme=auto&title=1&bg=theme&static=0',
    );
    expect(serializeView({ ...DEFAULT_VIEW, mode: 'present', slide: 4 })).toBe('v=1&mode=present&slide=4');
  });

  it('reads the embed options, and drops them outside an embed', () => {
    const embed = parseView('embed=1&title=0&bg=transparent&static=1', catalog);
    expect(embed.view).toMatchObject({ title: false, background: 'transparent', still: true });
    expect(embed.notices).toEqual([]);
    expect(serializeView(embed.view)).toBe('v=1&embed=1&title=0&bg=transparent&static=1');
    expect(parseView('title=0&bg=transparent&static=1', catalog).view).toMatchObject({ title: true, background: 'theme', still: false });
    const bad = parseView('embed=1&bg=pink&static=yes', catalog);
    expect(bad.view).toMatchObject({ background: 'theme', still: false });
    expect(bad.notices.map((n) => n.key)).toEqual(['bg', 'static']);
    expect(bad.notices[0]?.reason.en).toBe('unknown background "pink"');
  });

  it('rounds the camera so panning does not write long floats', () => {
    const q = serializeView({ ...DEFAULT_VIEW, camera: { lon: 104.123456, lat: 30.987654, zoom: 6.54321 } });
    expect(q).toBe('v=1&cam=104.123~30.988~6.54');
  });
});
