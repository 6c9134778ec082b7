import { LANGS, type Lang, type Text } from '../i18n/lang';
import { inBothLanguages } from '../i18n/messages';
import { enumeration } from '../i18n/punctuation';
import { stateText } from './messages';
import { BACKGROUNDS, DEFAULT_VIEW, MEASURES, PANELS, THEMES, type Camera, type Catalog, type Mode, type View } from './view';

/**
 * The URL codec (ARCHITECTURE.md §5). Each view key parses to valid, invalid-with-reason
 * or missing; invalid values fall back to the default and say why. Lists are joined
 * with "~" because chat apps mangle "," and "+". Defaults are left out, except in
 * pinned URLs (embeds), which spell out every key so a published embed never moves.
 */

export const URL_VERSION = 1;
/** Longer query strings are cut here: no real view needs more, and the rest is ignored with a notice. */
export const MAX_QUERY_LENGTH = 2000;
const MAX_PLACES = 24;

export type KeyResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; reason: Reason } | { status: 'missing' };

/** Why a value was ignored, in words a person can read in either language. */
export type Reason = Text;

type KeyLabel = 'keyPanel' | 'keyMeasure' | 'keyLang' | 'keyTheme' | 'keyBackground';

export interface Notice {
  key: string;
  raw: string;
  reason: Reason;
}

type Params = Map<string, string>;

interface Codec<T> {
  /** The URL keys this field owns. */
  keys: readonly [string, ...string[]];
  parse(params: Params, catalog: Catalog): KeyResult<T>;
  write(value: T): [string, string][];
}

const invalid = (reason: Reason): { status: 'invalid'; reason: Reason } => ({ status: 'invalid', reason });

function single<T>(key: string, parse: (raw: string, catalog: Catalog) => KeyResult<T>, write: (value: T) => string): Codec<T> {
  return {
    keys: [key],
    parse: (params, catalog) => {
      const raw = params.get(key);
      return raw === undefined ? { status: 'missing' } : parse(raw, catalog);
    },
    write: (value) => [[key, write(value)]],
  };
}

function oneOf<T extends string>(key: string, values: readonly T[], label: KeyLabel): Codec<T> {
  return single(
    key,
    (raw) =>
      (values as readonly string[]).includes(raw)
        ? { status: 'valid', value: raw as T }
        : invalid(inBothLanguages((lang) => stateText(lang, 'unknownValue', { what: stateText(lang, label), raw }))),
    (value) => value,
  );
}

function flag(key: string): Codec<boolean> {
  return single(
    key,
    (raw) =>
      raw === '1'
        ? { status: 'valid', value: true }
        : raw === '0'
          ? { status: 'valid', value: false }
          : invalid(stateText.text('notAFlag', { raw })),
    (value) => (value ? '1' : '0'),
  );
}

const modeCodec: Codec<Mode> = {
  keys: ['embed', 'mode'],
  parse(params) {
    if (params.get('embed') === '1') return { status: 'valid', value: 'embed' };
    const mode = params.get('mode');
    if (mode === undefined)
      return params.has('embed') && params.get('embed') !== '0' ? invalid(stateText.text('embedFlag')) : { status: 'missing' };
    if (mode === 'present' || mode === 'explore') return { status: 'valid', value: mode };
    return invalid(stateText.text('unknownMode', { raw: mode }));
  },
  write: (mode) => (mode === 'embed' ? [['embed', '1']] : [['mode', mode]]),
};

const placesCodec = single<string[]>(
  'places',
  (raw, catalog) => {
    const ids = raw.split('~').filter(Boolean);
    const known = [...new Set(ids.filter((id) => catalog.places.has(id)))].slice(0, MAX_PLACES);
    const unknown = ids.filter((id) => !catalog.places.has(id));
    if (unknown.length > 0 && known.length === 0)
      return invalid(inBothLanguages((lang) => stateText(lang, 'unknownPlaces', { ids: enumeration(lang, unknown) })));
    // Known places are kept even when some are not: the notice names the rest.
    if (unknown.length > 0) return { status: 'valid', value: known, partial: unknown } as KeyResult<string[]>;
    return { status: 'valid', value: known };
  },
  (places) => places.join('~'),
);

const focusCodec = single<string | null>(
  'focus',
  (raw, catalog) => (catalog.places.has(raw) ? { status: 'valid', value: raw } : invalid(stateText.text('unknownPlace', { raw }))),
  (focus) => focus ?? '',
);

const indicatorCodec = single<string>(
  'ind',
  (raw, catalog) => (catalog.indicators.has(raw) ? { status: 'valid', value: raw } : invalid(stateText.text('unknownIndicator', { raw }))),
  (id) => id,
);

const periodCodec = single<number | null>(
  'period',
  (raw) => (/^(19|20)\d\d$/.test(raw) ? { status: 'valid', value: Number(raw) } : invalid(stateText.text('notAYear', { raw }))),
  (year) => (year === null ? '' : String(year)),
);

const cameraCodec = single<Camera | null>(
  'cam',
  (raw) => {
    const parts = raw.split('~');
    const [lon = NaN, lat = NaN, zoom = NaN] = parts.map(Number);
    const ok =
      parts.length === 3 &&
      parts.every((p) => /^-?\d+(\.\d+)?$/.test(p)) &&
      lon >= 60 &&
      lon <= 150 &&
      lat >= 0 &&
      lat <= 60 &&
      zoom >= 2 &&
      zoom <= 14;
    return ok ? { status: 'valid', value: roundCamera({ lon, lat, zoom }) } : invalid(stateText.text('badCamera', { raw }));
  },
  (camera) => (camera ? `${camera.lon}~${camera.lat}~${camera.zoom}` : ''),
);

const slideCodec = single<number>(
  'slide',
  (raw) => (/^[1-9]\d{0,2}$/.test(raw) ? { status: 'valid', value: Number(raw) } : invalid(stateText.text('badSlide', { raw }))),
  (n) => String(n),
);

const deckCodec = single<string>(
  'deck',
  (raw) => (/^[a-z0-9-]{1,40}$/.test(raw) ? { status: 'valid', value: raw } : invalid(stateText.text('badDeck', { raw }))),
  (id) => id,
);

/** The compiler checks that every view field has a codec. */
export const CODECS: { [K in keyof View]: Codec<View[K]> } = {
  mode: modeCodec,
  panel: oneOf('panel', PANELS, 'keyPanel'),
  places: placesCodec,
  focus: focusCodec,
  indicator: indicatorCodec,
  period: periodCodec,
  comparable: flag('cmp'),
  measure: oneOf('measure', MEASURES, 'keyMeasure'),
  camera: cameraCodec,
  lang: oneOf<Lang>('lang', LANGS, 'keyLang'),
  theme: oneOf('theme', THEMES, 'keyTheme'),
  slide: slideCodec,
  deck: deckCodec,
  title: flag('title'),
  background: oneOf('bg', BACKGROUNDS, 'keyBackground'),
  still: flag('static'),
};

const VIEW_KEYS = Object.keys(CODECS) as (keyof View)[];
const PRESENT_ONLY = new Set<keyof View>(['slide', 'deck']);
const EMBED_ONLY = new Set<keyof View>(['title', 'background', 'still']);
const OWNED_KEYS = new Set(['v', ...VIEW_KEYS.flatMap((k) => CODECS[k].keys)]);

export interface Parsed {
  view: View;
  notices: Notice[];
  /**
   * Parameters this version does not know, as they were written ("key=value",
   * undecoded), kept in order so links from newer versions survive; only as many
   * as fit, so the link written back is never longer than one this parser accepts.
   */
  unknown: string[];
}

/** Parses a query string (with or without "?"). Never throws. */
export function parseView(search: string, catalog: Catalog): Parsed {
  const notices: Notice[] = [];
  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push({
      key: '',
      raw: `${query.length}`,
      reason: stateText.text('tooLong', { n: query.length }),
    });
    query = query.slice(0, MAX_QUERY_LENGTH).replace(/&[^&]*$/, '');
  }

  const params: Params = new Map();
  const unknown: { key: string; raw: string }[] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const value = safeDecode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) {
      notices.push({
        key: '',
        raw: part.slice(0, 60),
        reason: stateText.text('undecodable'),
      });
      continue;
    }
    if (!OWNED_KEYS.has(key)) {
      unknown.push({ key, raw: part });
      continue;
    }
    if (params.has(key)) {
      notices.push({
        key,
        raw: value,
        reason: stateText.text('duplicateKey', { key }),
      });
      continue;
    }
    params.set(key, value);
  }

  notices.push(...migrate(params));

  const view = { ...DEFAULT_VIEW } as Record<keyof View, unknown>;
  for (const field of VIEW_KEYS) {
    const codec = CODECS[field];
    const result = codec.parse(params, catalog) as KeyResult<unknown> & { partial?: string[] };
    if (result.status === 'valid') {
      view[field] = result.value;
      if (result.partial)
        notices.push({
          key: codec.keys[0],
          raw: result.partial.join('~'),
          reason: inBothLanguages((lang) => stateText(lang, 'placesIgnored', { ids: enumeration(lang, result.partial ?? []) })),
        });
    } else if (result.status === 'invalid') {
      const key = codec.keys.find((k) => params.has(k)) ?? codec.keys[0];
      notices.push({ key, raw: params.get(key) ?? '', reason: result.reason });
    }
  }
  const parsed = normalise(view as unknown as View);
  const kept = fitting(parsed, unknown);
  const dropped = unknown.slice(kept.length).map((u) => u.key);
  if (dropped.length > 0)
    notices.push({
      key: '',
      raw: dropped.join('&'),
      reason: inBothLanguages((lang) => stateText(lang, 'unknownKeysDropped', { n: dropped.length, keys: enumeration(lang, dropped) })),
    });
  return { view: parsed, notices, unknown: kept.map((u) => u.raw) };
}

/** The unknown parameters, in order, that fit beside the view's own keys (all of them in an embed, which pins them) within the limit. */
function fitting(view: View, unknown: { key: string; raw: string }[]): { key: string; raw: string }[] {
  let length = serializeView(view, { pin: view.mode === 'embed' }).length;
  const kept: { key: string; raw: string }[] = [];
  for (const u of unknown) {
    if (length + 1 + u.raw.length > MAX_QUERY_LENGTH) break;
    length += 1 + u.raw.length;
    kept.push(u);
  }
  return kept;
}

/**
 * Future format changes go here: each step rewrites an older version's keys
 * into the current ones, so old links keep working. Version 1 is the first, so
 * any other value (0, a newer version, text) is read as version 1, the best
 * reading there is, and says so.
 */
function migrate(params: Params): Notice[] {
  const raw = params.get('v');
  params.delete('v');
  if (raw === undefined || raw === String(URL_VERSION)) return [];
  return [{ key: 'v', raw, reason: stateText.text('unknownVersion', { raw, version: URL_VERSION }) }];
}

export interface SerializeOptions {
  /** Write every key, defaults included (embed codes). */
  pin?: boolean;
  /** Parameters to keep as they came ("key=value"), from Parsed.unknown. */
  unknown?: readonly string[];
}

/** The query string for a view, without "?". The same view always gives the same string. */
export function serializeView(view: View, options: SerializeOptions = {}): string {
  const v = normalise(view);
  const pairs: [string, string][] = [['v', String(URL_VERSION)]];
  for (const field of VIEW_KEYS) {
    const value = v[field];
    const isDefault = sameValue(value, DEFAULT_VIEW[field]);
    if (isDefault && (!options.pin || PRESENT_ONLY.has(field) || (EMBED_ONLY.has(field) && v.mode !== 'embed'))) continue;
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    pairs.push(...(CODECS[field] as Codec<unknown>).write(value));
  }
  let query = pairs.map(([k, val]) => `${encode(k)}=${encode(val)}`).join('&');
  // A view that has grown since the link was read may leave room for fewer of them.
  for (const part of options.unknown ?? []) {
    if (query.length + 1 + part.length > MAX_QUERY_LENGTH) break;
    query += `&${part}`;
  }
  return query;
}

/**
 * Tidies a view so equal views serialise equally: rounded camera, no duplicate
 * places, no slide or deck outside briefing mode and no embed option outside an
 * embed, where they mean nothing.
 */
export function normalise(view: View): View {
  const presenting = view.mode === 'present';
  const embedded = view.mode === 'embed';
  return {
    ...view,
    places: [...new Set(view.places)].slice(0, MAX_PLACES),
    camera: view.camera ? roundCamera(view.camera) : null,
    slide: presenting ? view.slide : DEFAULT_VIEW.slide,
    deck: presenting ? view.deck : DEFAULT_VIEW.deck,
    title: embedded ? view.title : DEFAULT_VIEW.title,
    background: embedded ? view.background : DEFAULT_VIEW.background,
    still: embedded ? view.still : DEFAULT_VIEW.still,
  };
}

function roundCamera(c: Camera): Camera {
  return { lon: round(c.lon, 3), lat: round(c.lat, 3), zoom: round(c.zoom, 2) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f + 0;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Encodes only what must be: "~" and "-" stay readable. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/%7E/gi, '~');
}
