import { formatFigure, numberStyle, styleUnit } from '../data/format';
import { coversWholePlace } from '../data/figures';
import { holdingDate } from '../data/dates';
import { coverageBriefName, kindName } from '../data/terms';
import type { Dataset, Lang, Observation } from '../data/types';
import { bracketed, clauses, colon, enumeration } from '../i18n/punctuation';
import { embedText } from './messages';
import { citySymbols } from '../map/symbols';
import { esc, estimateMeasure, wrap, type Font } from '../export/compose';
import { FONT_STACK as FONT, LIGHT } from '../lib/buildColours';

/**
 * A static embed's picture, for places that take an image but no iframe (a feed
 * reader, a chat card): the embed's title and its figures as a list, grouped by
 * indicator and by kind, each with its period and what it covers, and the
 * sources. It draws no bars: a picture cannot say which figures may be compared,
 * so it compares none. Drawn as plain SVG for resvg, which needs no browser.
 */

const WIDTH = 1200;
const PAD = 56;
const { bg: BG, ink: INK, ink2: INK_2, ink3: INK_3, rule: RULE, accent: ACCENT } = LIGHT;
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

export function staticImageSvg(image: StaticImage, lang: Lang): string {
  const parts: string[] = [];
  let y = PAD;
  // Noto Sans CJK draws curly quotes full width, which breaks up English words; straight ones read better there.
  const typeset = (s: string) => (lang === 'en' ? s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : s);
  const text = (x: number, font: Font, fill: string, content: string) => {
    parts.push(
      `<text x="${x}" y="${y}" font-size="${font.size}" font-weight="${font.weight}" fill="${fill}" font-family="${FONT}">${esc(typeset(content))}</text>`,
    );
  };
  /** Text wrapped to `width`, each line `step` below the last; the first `first` below where the pen is. */
  const paragraph = (content: string, x: number, font: Font, fill: string, width: number, step: number, first = step) => {
    wrap(content, width, font, estimateMeasure, lang).forEach((line, i) => {
      y += i === 0 ? first : step;
      text(x, font, fill, line);
    });
  };
  const rule = () => parts.push(`<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="2"/>`);
  const full = WIDTH - 2 * PAD;

  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="8" fill="${ACCENT}"/>`);
  paragraph(image.title, PAD, { size: 40, weight: 700 }, INK, full, 44);
  paragraph(image.subtitle, PAD, { size: 24, weight: 400 }, INK_2, full, 34);
  y += 16;
  for (const line of image.lines.slice(0, MAX_LINES)) {
    if (line.kind === 'heading') {
      y += 28;
      rule();
      paragraph(line.text, PAD, { size: 26, weight: 700 }, INK, full, 38);
      y += 6;
    } else if (line.kind === 'figure') {
      const top = y;
      paragraph(line.place, PAD, { size: 26, weight: 400 }, INK, 390, 32, 40);
      const placeEnd = y;
      y = top + 40;
      text(PAD + 420, { size: 28, weight: 700 }, INK, line.value);
      paragraph(line.note, PAD + 700, { size: 22, weight: 400 }, INK_3, 380, 30, 0);
      y = Math.max(y, placeEnd);
    } else {
      paragraph(line.text, PAD, { size: 26, weight: 600 }, INK, full, 38);
      paragraph(line.note, PAD, { size: 22, weight: 400 }, INK_3, full, 32);
      y += 8;
    }
  }
  const left = image.lines.slice(MAX_LINES).filter((l) => l.kind !== 'heading').length;
  if (left > 0) {
    y += 48;
    text(PAD, { size: 24, weight: 600 }, ACCENT, embedText(lang, 'moreInFullView', { n: left }));
  }
  y += 36;
  rule();
  paragraph(`${embedText(lang, 'source')}${colon(lang)}${image.sources}`, PAD, { size: 20, weight: 400 }, INK_3, full, 32);
  y += 40;
  text(PAD, { size: 20, weight: 600 }, INK_2, `IP Atlas 知识产权城市图谱`);
  const height = y + PAD / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="${WIDTH}" height="${height}" fill="${BG}"/>${parts.join('')}</svg>`;
}
