/**
 * Draws what the reader sees of some elements as SVG markup: the charts mix
 * HTML (names, values, badges) with inline SVG (bars, dots, the map overlay),
 * so boxes, borders and text are read from layout, inline SVG is cloned with its
 * computed styles written out as attributes (CSS custom properties resolved),
 * and canvases become images. No foreignObject: the result stays a plain SVG
 * that any editor opens and a canvas can draw without being tainted.
 */
import { paint, parseColor } from './color';
import { esc, round } from './compose';
import { cutsBetween, keepWithNext, type Slice } from './sizes';

export interface Captured {
  width: number;
  height: number;
  /** Markup in the captured area's coordinates, origin top left. */
  body: string;
  /** Patterns the marks refer to (the hatching of targets and derived values). */
  defs: string;
  /** Heights at which the image can be split without cutting a line of text or a mark, or parting a heading from its rows. */
  cuts: number[];
  /** What repeats atop each part of a split image: the chart's axis, a table's head. */
  header: Slice | null;
  /** Where each figure sits, by observation id, so a part of a split image cites only its own sources. */
  anchors: { obs: string; y: number }[];
}

export interface CaptureOptions {
  /** Elements left out beyond the defaults (controls, tooltips, hidden text). */
  skip?: (el: Element) => boolean;
  /** A PNG data URL for a canvas, e.g. MapLibre's WebGL canvas read right after a render. */
  canvasImage?: (canvas: HTMLCanvasElement) => string | null;
}

const SKIP = '[data-export-skip], [role="tooltip"], dialog, input, select, textarea, script, style, template';

/** SVG properties written out as attributes on cloned SVG elements. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'shape-rendering',
] as const;

const DROP_ATTRS = /^(class|style|id|role|tabindex|focusable|data-.*|aria-.*|on.*)$/;

export function capture(roots: Element[], options: CaptureOptions = {}): Captured {
  const boxes = roots.map((r) => r.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const out: string[] = [];
  const patterns = new Set<string>();
  const clips: string[] = [];
  const metrics = fontMetrics();
  const at = (n: number) => round(n);
  const spans: [number, number][] = [];
  const drawn = (r: DOMRect) => spans.push([r.top - top, r.bottom - top]);
  const headings: number[] = [];
  let header: Slice | null = null;
  const anchors: { obs: string; y: number }[] = [];

  const skipped = (el: Element) => el.matches(SKIP) || (options.skip?.(el) ?? false);

  function walk(el: Element) {
    if (skipped(el)) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || Number(cs.opacity) === 0 || isClippedAway(el, cs)) return;
    const rect = el.getBoundingClientRect();
    const visible = cs.visibility === 'visible';
    // A row of a list or table is split from its neighbours, never within itself.
    if (/^(LI|TR)$/.test(el.tagName) && !el.querySelector('li, tr')) drawn(rect);
    if (el.matches('h1, h2, h3, h4, h5, h6, [data-export-heading]')) headings.push(rect.bottom - top);
    if (!header && el.matches('[data-export-repeat], thead')) header = { top: at(rect.top - top), bottom: at(rect.bottom - top) };
    if (el instanceof HTMLElement && el.dataset.obs) anchors.push({ obs: el.dataset.obs, y: at((rect.top + rect.bottom) / 2 - top) });
    if (el instanceof SVGSVGElement) {
      if (visible && rect.width > 0 && rect.height > 0) {
        out.push(svgElement(el, rect.left - left, rect.top - top, rect, patterns));
        drawn(rect);
      }
      return;
    }
    if (el instanceof HTMLCanvasElement) {
      const href = options.canvasImage?.(el) ?? el.toDataURL('image/png');
      if (visible && href) {
        drawn(rect);
        out.push(
          `<image x="${at(rect.left - left)}" y="${at(rect.top - top)}" width="${at(rect.width)}" height="${at(rect.height)}" preserveAspectRatio="none" href="${href}"/>`,
        );
      }
      return;
    }
    if (visible) {
      const parts = box(cs, rect.left - left, rect.top - top, rect.width, rect.height, el instanceof HTMLButtonElement);
      out.push(...parts);
      // A leaf's box (a bar, a swatch) is a mark; a container's is a background a cut may cross.
      if (parts.length > 0 && el.childElementCount === 0) drawn(rect);
    }
    // What overflows a clipping box (a label past the map's edge) stays out of the image too.
    const clip = /hidden|clip|auto|scroll/.test(`${cs.overflowX} ${cs.overflowY}`);
    if (clip) {
      const id = `ipa-export-clip-${clips.length}`;
      clips.push(
        `<clipPath id="${id}"><rect x="${at(rect.left - left)}" y="${at(rect.top - top)}" width="${at(rect.width)}" height="${at(rect.height)}"/></clipPath>`,
      );
      out.push(`<g clip-path="url(#${id})">`);
    }
    for (const node of el.childNodes) {
      if (node instanceof Element) walk(node);
      else if (node instanceof Text && visible && node.data.trim()) {
        out.push(...textLines(node, cs, left, top, metrics, drawn));
      }
    }
    if (clip) out.push('</g>');
  }

  for (const root of roots) walk(root);
  return {
    width: at(right - left),
    height: at(bottom - top),
    body: out.join(''),
    defs: [...clips, ...[...patterns].map((id) => patternDef(id))].join(''),
    cuts: keepWithNext(cutsBetween(spans, bottom - top), headings).map(at),
    header,
    anchors,
  };
}

/** The .visually-hidden pattern (clip to nothing, 1px box) and anything else clipped to nothing. */
function isClippedAway(el: Element, cs: CSSStyleDeclaration): boolean {
  if (cs.clip && cs.clip !== 'auto') return true;
  const rect = el.getBoundingClientRect();
  return cs.position === 'absolute' && cs.overflow === 'hidden' && rect.width <= 1 && rect.height <= 1;
}

/**
 * A background and borders; a uniform border becomes one stroked rectangle. A
 * button's dotted underline says "press for the source", which an image cannot offer, so it is left out.
 */
function box(cs: CSSStyleDeclaration, x: number, y: number, width: number, height: number, button: boolean): string[] {
  const parts: string[] = [];
  if (width <= 0 || height <= 0) return parts;
  const radius = Math.min(parseFloat(cs.borderTopLeftRadius) || 0, width / 2, height / 2);
  const rx = radius > 0 ? ` rx="${round(radius)}"` : '';
  const bg = paint(cs.backgroundColor);
  if (bg) parts.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"${rx}${bg.attr('fill')}/>`);
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    side,
    width: parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
    style: cs.getPropertyValue(`border-${side.toLowerCase()}-style`),
    color: paint(cs.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  }));
  const drawn = sides.flatMap(({ color, ...s }) =>
    color && s.width > 0 && s.style !== 'none' && s.style !== 'hidden' && !(button && s.style === 'dotted') ? [{ ...s, color }] : [],
  );
  const [first] = drawn;
  if (!first) return parts;
  const same =
    drawn.length === 4 && drawn.every((s) => s.width === first.width && s.style === first.style && s.color.key === first.color.key);
  if (same) {
    const s = first;
    const h = s.width / 2;
    parts.push(
      `<rect x="${round(x + h)}" y="${round(y + h)}" width="${round(width - s.width)}" height="${round(height - s.width)}"${radius > 0 ? ` rx="${round(Math.max(0, radius - h))}"` : ''} fill="none"${s.color.attr('stroke')} stroke-width="${s.width}"${dashes(s.style, s.width)}/>`,
    );
    return parts;
  }
  for (const s of drawn) {
    const h = s.width / 2;
    const [x1, y1, x2, y2] =
      s.side === 'Top'
        ? [x, y + h, x + width, y + h]
        : s.side === 'Bottom'
          ? [x, y + height - h, x + width, y + height - h]
          : s.side === 'Left'
            ? [x + h, y, x + h, y + height]
            : [x + width - h, y, x + width - h, y + height];
    parts.push(
      `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}"${s.color.attr('stroke')} stroke-width="${s.width}"${dashes(s.style, s.width)}/>`,
    );
  }
  return parts;
}

function dashes(style: string, width: number): string {
  if (style === 'dashed') return ` stroke-dasharray="${round(width * 3)} ${round(width * 2)}"`;
  if (style === 'dotted') return ` stroke-dasharray="${round(width)} ${round(width * 1.5)}"`;
  return '';
}

type Metrics = (font: string) => { ascent: number; descent: number };

/** Ascent and descent of a font, so a line box's top becomes a baseline. */
function fontMetrics(): Metrics {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, { ascent: number; descent: number }>();
  return (font) => {
    let m = cache.get(font);
    if (!m) {
      if (ctx) ctx.font = font;
      const t = ctx?.measureText('国Hg');
      const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16');
      m = { ascent: t?.fontBoundingBoxAscent ?? size * 0.88, descent: t?.fontBoundingBoxDescent ?? size * 0.24 };
      cache.set(font, m);
    }
    return m;
  };
}

/** A text node as one <text> per rendered line, at the place the browser laid it out; each line box goes to `drawn`. */
function textLines(
  node: Text,
  cs: CSSStyleDeclaration,
  left: number,
  top: number,
  metrics: Metrics,
  drawn: (rect: DOMRect) => void,
): string[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  rects.forEach(drawn);
  if (rects.length === 0) return [];
  const fill = paint(cs.color);
  if (!fill) return [];
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const { ascent, descent } = metrics(font);
  const attrs = [
    `font-family="${esc(cs.fontFamily)}"`,
    `font-size="${parseFloat(cs.fontSize)}"`,
    cs.fontWeight !== '400' ? `font-weight="${cs.fontWeight}"` : '',
    cs.fontStyle !== 'normal' ? `font-style="${cs.fontStyle}"` : '',
    cs.letterSpacing !== 'normal' && parseFloat(cs.letterSpacing) ? `letter-spacing="${parseFloat(cs.letterSpacing)}"` : '',
    fill.attr('fill').trim(),
  ]
    .filter(Boolean)
    .join(' ');
  const pre = /^pre/.test(cs.whiteSpace);
  const line = (text: string, rect: DOMRect) => {
    const baseline = rect.top + (rect.height - ascent - descent) / 2 + ascent;
    const shown = pre ? text : text.replace(/\s+/g, ' ').trim();
    const transformed = cs.textTransform === 'uppercase' ? shown.toUpperCase() : shown;
    return transformed ? `<text x="${round(rect.left - left)}" y="${round(baseline - top)}" ${attrs}>${esc(transformed)}</text>` : '';
  };

  // Placed by its first visible character, so collapsed leading spaces do not shift it.
  const [only] = rects;
  if (only && rects.length === 1) {
    const first = node.data.search(/\S/);
    range.setStart(node, first);
    range.setEnd(node, first + 1);
    const start = range.getClientRects()[0] ?? only;
    return [line(node.data, new DOMRect(start.left, only.top, only.width, only.height))].filter(Boolean);
  }
  // Wrapped over several lines: find where each line breaks, character by character.
  const chars = charRects(node, range);
  const lines: { text: string; rect: DOMRect }[] = [];
  for (const { char, rect } of chars) {
    const last = lines.at(-1);
    if (!rect) {
      if (last) last.text += char;
      continue;
    }
    if (last && Math.abs(rect.top - last.rect.top) < rect.height / 2 && rect.left >= last.rect.left - 1) last.text += char;
    else lines.push({ text: char, rect });
  }
  return lines.map((l) => line(l.text, l.rect)).filter(Boolean);
}

/** Each character of a text node with the box it is drawn in (none for collapsed white space). */
function charRects(node: Text, range: Range): { char: string; rect: DOMRect | null }[] {
  const out: { char: string; rect: DOMRect | null }[] = [];
  const text = node.data;
  let i = 0;
  for (const char of text) {
    range.setStart(node, i);
    range.setEnd(node, i + char.length);
    const rect = [...range.getClientRects()].find((r) => r.width > 0) ?? null;
    out.push({ char, rect: /\s/.test(char) ? (rect && out.length > 0 ? null : rect) : rect });
    i += char.length;
  }
  // Leading white space that is drawn still does not start a line of text.
  while (out[0] && /\s/.test(out[0].char)) out.shift();
  return out;
}

/** An inline SVG, cloned with every style it computes written out as attributes. */
function svgElement(svg: SVGSVGElement, x: number, y: number, rect: DOMRect, patterns: Set<string>): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone, patterns, null);
  clone.setAttribute('x', String(round(x)));
  clone.setAttribute('y', String(round(y)));
  clone.setAttribute('width', String(round(rect.width)));
  clone.setAttribute('height', String(round(rect.height)));
  if (getComputedStyle(svg).overflow === 'visible') clone.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(clone);
}

/** Initial values: a property equal to its initial value, or to what its parent passes down, is not written. */
const INITIAL: Record<string, string> = {
  fill: 'rgb(0,0,0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
  'font-style': 'normal',
  'font-weight': '400',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'shape-rendering': 'auto',
};

/** The SVG properties of an element as attribute values: colours as rgb() plus opacity, lengths without "px". */
function svgValues(cs: CSSStyleDeclaration, patterns: Set<string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const prop of SVG_PROPS) {
    let value = cs.getPropertyValue(prop).trim();
    const ref = /url\("?#([^")]+)"?\)/.exec(value)?.[1];
    if (ref) {
      patterns.add(ref);
      value = `url(#${ref})`;
    } else if (prop === 'fill' || prop === 'stroke') {
      const rgba = parseColor(value);
      value = !rgba || rgba[3] === 0 ? 'none' : `rgb(${rgba.slice(0, 3).map(Math.round).join(',')})`;
      // A colour's own alpha folds into fill-opacity or stroke-opacity, which follow in SVG_PROPS.
      if (rgba && rgba[3] < 1) values[`${prop}-alpha`] = String(rgba[3]);
    } else if (prop === 'fill-opacity' || prop === 'stroke-opacity') {
      value = String(round(Number(value) * Number(values[`${prop.slice(0, -8)}-alpha`] ?? 1)));
    } else {
      value = value.replace(/(\d)px/g, '$1');
    }
    values[prop] = value;
  }
  return values;
}

function copyStyles(source: Element, target: Element, patterns: Set<string>, inherited: Record<string, string> | null) {
  const cs = getComputedStyle(source);
  for (const attr of [...target.attributes]) if (DROP_ATTRS.test(attr.name)) target.removeAttribute(attr.name);
  if (cs.display === 'none' || cs.visibility === 'hidden') target.setAttribute('visibility', 'hidden');
  const values = svgValues(cs, patterns);
  const isText = source instanceof SVGTextContentElement;
  // Font properties go on text elements only, in full on a <text> and as changes on a <tspan>.
  const fontBase = source.parentElement instanceof SVGTextContentElement ? inherited : null;
  for (const prop of SVG_PROPS) {
    const value = values[prop];
    if (value === undefined) continue;
    const font = prop.startsWith('font-') || prop === 'letter-spacing' || prop === 'text-anchor' || prop === 'dominant-baseline';
    if (font && !isText) continue;
    const base = font ? fontBase : inherited;
    const differs =
      base === null
        ? value !== INITIAL[prop] || prop === 'font-family' || prop === 'font-size'
        : prop === 'opacity'
          ? value !== '1'
          : value !== base[prop];
    if (differs) target.setAttribute(prop, value);
  }
  const sourceChildren = [...source.children];
  [...target.children].forEach((child, i) => {
    const original = sourceChildren[i];
    if (!original) return;
    if (original.matches(SKIP)) child.remove();
    else copyStyles(original, child, patterns, values);
  });
}

/** A pattern from the page (the hatching defined once for all charts), with its styles written out. */
function patternDef(id: string): string {
  const source = document.getElementById(id);
  if (!(source instanceof SVGElement)) return '';
  const clone = source.cloneNode(true) as SVGElement;
  [...source.children].forEach((child, i) => {
    const copy = clone.children[i];
    if (copy) copyStyles(child, copy, new Set(), null);
  });
  for (const attr of [...clone.attributes]) if (attr.name === 'class' || attr.name === 'style') clone.removeAttribute(attr.name);
  return new XMLSerializer().serializeToString(clone);
}
