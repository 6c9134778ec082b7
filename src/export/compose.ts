import { clauses } from '../i18n/punctuation';
import { htmlLang } from '../i18n/lang';
import type { Lang } from '../data/types';

/**
 * The frame around an exported chart or map, laid out as a newsroom graphic: a
 * short rule and the title, the subtitle with unit and period, the chart, then
 * a hairline, the sources, the app and the date, and optionally a QR code of
 * the view. Pure: text is measured by the function passed in (a canvas in the
 * browser, an estimate in tests), so the same layout gives the SVG and the PNG.
 */

export interface Font {
  size: number;
  weight: number;
}

export type Measure = (text: string, font: Font) => number;

/** An estimate where there is no canvas (tests, build-time pictures): CJK characters are square, Latin ones about half as wide. */
export const estimateMeasure: Measure = (text, font) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55) * font.size * (font.weight >= 600 ? 1.04 : 1), 0);

export type Ink = 'ink' | 'ink2' | 'ink3';

export interface TextLine {
  /** A bold lead-in on the line, e.g. "资料来源：". */
  lead?: string;
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  font: Font;
  ink: Ink;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrPlacement extends Box {
  /** The modules' path, one unit per module, quiet zone included in `extent`. */
  path: string;
  extent: number;
}

export interface Composition {
  width: number;
  height: number;
  bar: Box;
  lines: TextLine[];
  rule: { x1: number; x2: number; y: number };
  content: Box;
  qr: QrPlacement | null;
}

export interface CompositionInput {
  lang: Lang;
  title: string;
  subtitle: string;
  sourcesLabel: string;
  /** One citation per seed document. */
  sources: string[];
  /** The app's name and the export date. */
  credit: string;
  qr: { path: string; extent: number; caption: string } | null;
  content: { width: number; height: number };
  /**
   * A frame of set size (an image for an article or a social feed): the width
   * always, and the height when given, with the chart centred in what is left over.
   */
  frame?: { width: number; height: number | null };
}

export const MARGIN = 32;
const MIN_INNER = 360;
const TITLE: Font = { size: 24, weight: 700 };
const SUBTITLE: Font = { size: 14, weight: 400 };
const SMALL: Font = { size: 12, weight: 400 };
const CAPTION: Font = { size: 11, weight: 400 };
const LEADING = 1.4;
const QR_SIZE = 96;
/** A readable line for the subtitle, however wide the chart. */
const MEASURE = 680;

export function compose(input: CompositionInput, measure: Measure): Composition {
  const inner = input.frame ? input.frame.width - 2 * MARGIN : Math.max(Math.ceil(input.content.width), MIN_INNER);
  // A chart narrower than the frame (a phone's) sits in the middle of it.
  const inset = Math.floor((inner - Math.ceil(input.content.width)) / 2);
  const width = inner + 2 * MARGIN;
  const lines: TextLine[] = [];
  const x = MARGIN;

  const bar = { x, y: MARGIN, width: 36, height: 4 };
  let y = bar.y + bar.height + 10;

  /** Sets wrapped lines from the current y, each line's box `size × leading` tall. */
  const block = (text: string, font: Font, ink: Ink, maxWidth: number, lead?: string, leading = LEADING) => {
    const step = Math.round(font.size * leading);
    const leadWidth = lead ? measure(lead, { ...font, weight: 700 }) : 0;
    wrap(text, maxWidth, font, measure, input.lang, leadWidth).forEach((line, i) => {
      lines.push({ ...(i === 0 && lead ? { lead } : {}), text: line, x, y: y + Math.round(step * 0.78), font, ink });
      y += step;
    });
  };

  block(input.title, TITLE, 'ink', inner, undefined, 1.25);
  if (input.subtitle) {
    y += 6;
    block(input.subtitle, SUBTITLE, 'ink2', Math.min(inner, MEASURE));
  }

  y += 20;
  const content = { x: x + inset, y, width: Math.ceil(input.content.width), height: Math.ceil(input.content.height) };
  y += content.height + 20;
  const above = lines.length;

  const rule = { x1: x, x2: x + inner, y: Math.round(y) + 0.5 };
  y += 12;
  const footTop = y;
  const textWidth = input.qr ? inner - QR_SIZE - 24 : inner;
  if (input.sources.length > 0) block(clauses(input.lang, input.sources), SMALL, 'ink2', textWidth, input.sourcesLabel);
  y += 4;
  block(input.credit, SMALL, 'ink3', textWidth);

  let qr: QrPlacement | null = null;
  if (input.qr) {
    qr = { x: x + inner - QR_SIZE, y: footTop, width: QR_SIZE, height: QR_SIZE, path: input.qr.path, extent: input.qr.extent };
    const captionWidth = measure(input.qr.caption, CAPTION);
    const captionY = footTop + QR_SIZE + Math.round(CAPTION.size * 1.1);
    lines.push({
      text: input.qr.caption,
      x: Math.round(x + inner - QR_SIZE / 2 - captionWidth / 2),
      y: captionY,
      font: CAPTION,
      ink: 'ink3',
    });
    y = Math.max(y, captionY + 4);
  }

  const natural = Math.ceil(y + MARGIN - 8);
  const spare = input.frame?.height ? Math.max(0, Math.floor(input.frame.height - natural)) : 0;
  if (spare === 0) return { width, height: natural, bar, lines, rule, content, qr };
  // The foot sits at the bottom of a fixed frame, and the chart in the middle of the space above it.
  const down = <T extends { y: number }>(item: T): T => ({ ...item, y: item.y + spare });
  return {
    width,
    height: natural + spare,
    bar,
    lines: lines.map((l, i) => (i < above ? l : down(l))),
    rule: down(rule),
    content: { ...content, y: content.y + Math.floor(spare / 2) },
    qr: qr && down(qr),
  };
}

const OPENING = /^[《“‘（(【「『]+$/u;
/** Punctuation that must not start a line (and spaces, which end the one before). */
const CLOSING = /^[\s，。、；：！？）)》”’】」』…,.;:!?%\-–—/·]+$/u;

/** Break opportunities: words (CJK words included), with punctuation kept on the right side of the break. */
export function tokens(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of new Intl.Segmenter(htmlLang(lang), { granularity: 'word' }).segment(text)) {
    if (OPENING.test(segment)) pending += segment;
    else if (!pending && out.length > 0 && CLOSING.test(segment)) out[out.length - 1] += segment;
    else {
      out.push(pending + segment);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Greedy line breaking; the first line is `indent` shorter (for a lead-in). A token longer than a line is split by character. */
export function wrap(text: string, maxWidth: number, font: Font, measure: Measure, lang: Lang, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => maxWidth - (lines.length === 0 ? indent : 0);
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(text, lang)) {
    if (line && measure((line + token).trimEnd(), font) > room()) push();
    if (!line && measure(token.trimEnd(), font) > room()) {
      for (const char of token) {
        if (line && measure(line + char, font) > room()) push();
        line += char;
      }
      continue;
    }
    line += line ? token : token.trimStart();
  }
  if (line.trim()) push();
  return lines;
}

export interface Palette {
  bg: string;
  ink: string;
  ink2: string;
  ink3: string;
  rule: string;
}

/** Two decimals are plenty for CSS pixels, and keep the SVG small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** XML text and attribute escaping. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A standalone SVG document: the composition around the captured chart markup,
 * fonts named, every colour written out, no reference outside the file.
 */
export function compositionSvg(
  c: Composition,
  palette: Palette,
  fontFamily: string,
  chart: { body: string; defs: string },
  title: string,
): string {
  const family = esc(fontFamily);
  const text = (l: TextLine) =>
    `<text x="${l.x}" y="${l.y}" font-size="${l.font.size}" font-weight="${l.font.weight}" fill="${palette[l.ink]}">${
      l.lead ? `<tspan font-weight="700" fill="${palette.ink}">${esc(l.lead)}</tspan>` : ''
    }${esc(l.text)}</text>`;
  const qr = c.qr
    ? `<g transform="translate(${c.qr.x} ${c.qr.y}) scale(${c.qr.width / c.qr.extent})" shape-rendering="crispEdges"><rect width="${c.qr.extent}" height="${c.qr.extent}" fill="#ffffff"/><path d="${c.qr.path}" fill="#000000"/></g>`
    : '';
  return [
    // Presentation attributes rather than a <style>, which a strict CSP would refuse wherever the file is parsed.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="${family}" font-variant="tabular-nums">`,
    `<title>${esc(title)}</title>`,
    chart.defs ? `<defs>${chart.defs}</defs>` : '',
    `<rect width="${c.width}" height="${c.height}" fill="${palette.bg}"/>`,
    `<rect x="${c.bar.x}" y="${c.bar.y}" width="${c.bar.width}" height="${c.bar.height}" fill="${palette.ink}"/>`,
    ...c.lines.map(text),
    `<g transform="translate(${c.content.x} ${c.content.y})">${chart.body}</g>`,
    `<line x1="${c.rule.x1}" x2="${c.rule.x2}" y1="${c.rule.y}" y2="${c.rule.y}" stroke="${palette.rule}" stroke-width="1"/>`,
    qr,
    `</svg>`,
  ].join('');
}
