import { formatFigure, numberStyle, styleUnit } from '../data/format';
import { coversWholePlace } from '../data/figures';
import { holdingDate } from '../data/dates';
import { coverageBriefName, kindName } from '../data/terms';
import type { Dataset, Lang, Observation } from '../data/types';
import { bracketed, clauses, colon, enumeration } from '../i18n/punctuation';
import { embedText } from './messages';
import { citySymbols } from '../map/symbols';

/**
 * A static embed's picture, for places that take an image but no iframe (a feed
 * reader, a chat card): the embed's title and its figures as a list, grouped by
 * indicator and by kind, each with its period and what it covers, and the
 * sources. It draws no bars: a picture cannot say which figures may be compared,
 * so it compares none. Drawn as plain SVG for resvg, which needs no browser.
 */

const WIDTH = 1200;
const PAD = 56;
const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = '#1b1d21';
const INK_2 = '#4a4f57';
const INK_3 = '#6b7079';
const RULE = '#dcd8cf';
const ACCENT = '#0e4f7a';
/** Enough for a long chart to read at a glance; the rest is one click away. */
const MAX_LINES = 28;

export type ImageLine =
  | { kind: 'heading'; text: string }
  | { kind: 'figure'; place: string; value: string; note: string }
  | { kind: 'item'; text: string; note: string };

export interface StaticImage {
  title: string;
  subtitle: string;
  lines: ImageLine[];
  sources: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The figures of an embed, in the order it shows them, as lines of the picture. */
export function figureLines(data: Dataset, observationIds: readonly string[], lang: Lang): ImageLine[] {
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  const shown = [...new Set(observationIds)].flatMap((id) => byId.get(id) ?? []);
  const groups = new Map<string, Observation[]>();
  for (const o of shown) {
    // A figure about one institution, one deal or a wider area sits apart from the places' own.
    const key = `${o.indicator}|${coversWholePlace(o) ? o.aggregation : 'portion'}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.name[lang] ?? id;
  return [...groups.entries()].flatMap(([key, figures]) => {
    const indicator = data.indicators.find((i) => i.id === figures[0]?.indicator);
    if (!indicator) return [];
    const kind = key.endsWith('|portion') ? embedText(lang, 'notThePlace') : kindName(lang, figures[0]?.aggregation ?? 'annual');
    const style = numberStyle(
      figures.map((f) => f.value),
      indicator.unit,
      lang,
    );
    const heading: ImageLine = {
      kind: 'heading',
      text: bracketed(lang, indicator.name[lang], clauses(lang, [styleUnit(style, indicator, lang), kind])),
    };
    return [
      heading,
      ...figures.map((o): ImageLine => {
        const covers = !coversWholePlace(o) && o.covers && o.covers.kind !== 'place' ? coverageBriefName(lang, o.covers.kind) : null;
        return {
          kind: 'figure',
          place: placeName(o.place),
          value: formatFigure(o, indicator, lang, style),
          note: clauses(lang, [
            o.period.label[lang],
            ...(covers ? [covers] : []),
            ...(o.derived ? [embedText(lang, 'derivedNote')] : []),
            ...(o.conflict ? [embedText(lang, 'conflictNote')] : []),
          ]),
        };
      }),
    ];
  });
}

/** The map's figures: each city's, as its symbol shows it, and the cities the sources give none for. */
export function mapLines(data: Dataset, indicator: string, year: number | null, lang: Lang): ImageLine[] {
  const symbols = citySymbols(data, indicator, year, 1);
  const missing = symbols.filter((s) => !s.headline.observation).map((s) => s.place.name[lang]);
  return [
    ...figureLines(
      data,
      symbols.flatMap((s) => (s.headline.observation ? [s.headline.observation.id] : [])),
      lang,
    ),
    ...(missing.length > 0 ? [{ kind: 'item' as const, text: embedText(lang, 'notStated'), note: enumeration(lang, missing) }] : []),
  ];
}

/** The titles and who holds them, for the designations embed, which has no figures. */
export function holdingLines(data: Dataset, lang: Lang): ImageLine[] {
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.name[lang] ?? id;
  return data.designations.flatMap((d): ImageLine[] => {
    const held = d.holders;
    if (held.length === 0) return [];
    return [
      {
        kind: 'item',
        text: d.title[lang],
        note: enumeration(
          lang,
          held.map((h) => [placeName(h.place), holdingDate(h, lang)].filter(Boolean).join(' ')),
        ),
      },
    ];
  });
}

/** The source documents, for the sources embed. */
export function sourceLines(data: Dataset, lang: Lang): ImageLine[] {
  return data.sources.map((s): ImageLine => ({ kind: 'item', text: s.title[lang], note: clauses(lang, [s.publisher[lang], s.date]) }));
}

const WIDE = /[\u2E80-\uFFFF]/;
const units = (text: string) => [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** Splits text into lines of at most `max` units, counting a CJK character as two: Chinese breaks anywhere, English between words. */
export function wrap(text: string, max: number): string[] {
  const tokens = text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line && units(line + token) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function staticImageSvg(image: StaticImage, lang: Lang): string {
  const parts: string[] = [];
  let y = PAD;
  // Noto Sans CJK draws curly quotes full width, which breaks up English words; straight ones read better there.
  const typeset = (s: string) => (lang === 'en' ? s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : s);
  const text = (x: number, size: number, fill: string, raw: string, weight = 400) => {
    const content = typeset(raw);
    parts.push(
      `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${FONT}">${escape(content)}</text>`,
    );
  };
  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="8" fill="${ACCENT}"/>`);
  for (const line of wrap(image.title, 52)) {
    y += 44;
    text(PAD, 40, INK, line, 700);
  }
  for (const line of wrap(image.subtitle, 86)) {
    y += 34;
    text(PAD, 24, INK_2, line);
  }
  y += 16;
  const shown = image.lines.slice(0, MAX_LINES);
  for (const line of shown) {
    if (line.kind === 'heading') {
      y += 28;
      parts.push(`<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="2"/>`);
      for (const l of wrap(line.text, 80)) {
        y += 38;
        text(PAD, 26, INK, l, 700);
      }
      y += 6;
    } else if (line.kind === 'figure') {
      y += 40;
      const top = y;
      wrap(line.place, 30).forEach((l, i) => {
        if (i > 0) y += 32;
        text(PAD, 26, INK, l);
      });
      const placeEnd = y;
      y = top;
      text(PAD + 420, 28, INK, line.value, 700);
      wrap(line.note, 34).forEach((n, i) => {
        if (i > 0) y += 30;
        text(PAD + 700, 22, INK_3, n);
      });
      y = Math.max(y, placeEnd);
    } else {
      for (const l of wrap(line.text, 76)) {
        y += 38;
        text(PAD, 26, INK, l, 600);
      }
      for (const l of wrap(line.note, 90)) {
        y += 32;
        text(PAD, 22, INK_3, l);
      }
      y += 8;
    }
  }
  const left = image.lines.slice(MAX_LINES).filter((l) => l.kind !== 'heading').length;
  if (left > 0) {
    y += 48;
    text(PAD, 24, ACCENT, embedText(lang, 'moreInFullView', { n: left }), 600);
  }
  y += 36;
  parts.push(`<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="2"/>`);
  for (const l of wrap(`${embedText(lang, 'source')}${colon(lang)}${image.sources}`, 92)) {
    y += 32;
    text(PAD, 20, INK_3, l);
  }
  y += 40;
  text(PAD, 20, INK_2, `IP Atlas 知识产权城市图谱`, 600);
  const height = y + PAD / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="${WIDTH}" height="${height}" fill="#fbfaf7"/>${parts.join('')}</svg>`;
}
