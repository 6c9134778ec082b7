/**
 * The browser side of an export: measure text with a canvas, compose the frame,
 * rasterise the SVG through an <img>, and hand the file over. Loaded on first
 * use, so none of it weighs on the first screen.
 */
import { colon } from '../i18n/punctuation';
import { exportText } from './messages';
import { stateText } from '../state/messages';
import type { Dataset, Lang } from '../data/types';
import { downloadFile } from '../lib/download';
import { qrModules, qrPath } from '../lib/qr';
import type { Captured } from './capture';
import { compose, compositionSvg, MARGIN, type Font, type Measure, type Palette } from './compose';
import { toCsv } from './csv';
import { exportFileName, localDate } from './filename';
import type { RecordTarget } from '../data/refs';
import { CSV_COLUMNS, citation, citedSources, exportRecords } from './records';
import { fitChart, frameOf, PNG_SIZES, sliceChart, type PngSize, type Slice } from './sizes';

/** What a chart or the map offers for export; read when the reader asks, so it is current. */
export interface ExportSource {
  /** ASCII stem of the file names. */
  name: string;
  title: string;
  subtitle: string;
  targets: RecordTarget[];
  /**
   * Draws the chart as SVG markup, laid out `width` CSS px wide when one is asked
   * for and the chart can reflow; the map redraws its canvas at the pixel ratio asked for.
   */
  capture: (pixelRatio: number, width?: number) => Promise<Captured>;
}

export interface ExportRequest {
  data: Dataset;
  lang: Lang;
  /** ASCII stem of the file names. */
  name: string;
  title: string;
  subtitle: string;
  targets: RecordTarget[];
  /** The view's link, for the QR code; null leaves the code out. */
  link: string | null;
  date: Date;
}

export interface ExportFile {
  blob: Blob;
  name: string;
}

/** The largest side a canvas reliably takes in Chromium and Safari. */
const MAX_SIDE = 16_000;

export function csvFile(request: ExportRequest): ExportFile {
  const records = exportRecords(request.data, request.targets, request.lang);
  const csv = toCsv(
    CSV_COLUMNS,
    records.map((r) => CSV_COLUMNS.map((c) => r[c])),
  );
  return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), name: exportFileName(request.name, 'csv', request.date) };
}

type Composed = { svg: string; width: number; height: number };
type Chart = Pick<Captured, 'width' | 'height' | 'body' | 'defs'>;

/** The composed graphic as SVG markup, with its size in CSS pixels. */
export function composedSvg(request: ExportRequest, chart: Chart, frame?: { width: number; height: number | null }): Composed {
  const root = getComputedStyle(document.documentElement);
  const token = (name: string) => toHex(root.getPropertyValue(name).trim());
  const palette: Palette = {
    bg: token('--bg'),
    ink: token('--ink'),
    ink2: token('--ink-2'),
    ink3: token('--ink-3'),
    rule: token('--rule'),
  };
  const family = root.fontFamily;
  const { lang } = request;
  const records = exportRecords(request.data, request.targets, lang);
  const modules = request.link ? qrModules(request.link) : null;
  const composition = compose(
    {
      lang,
      title: request.title,
      subtitle: request.subtitle,
      sourcesLabel: `${exportText(lang, 'sources')}${colon(lang)}`,
      sources: citedSources(request.data, records).map((doc) => citation(doc, lang)),
      credit: `${stateText('zh', 'appTitle')} ${stateText('en', 'appTitle')} · ${exportText(lang, 'exported', { date: localDate(request.date) })}`,
      qr: modules ? { path: qrPath(modules, 4), extent: modules.length + 8, caption: exportText(lang, 'qrCaption') } : null,
      content: chart,
      ...(frame ? { frame } : {}),
    },
    canvasMeasure(family),
  );
  return { svg: compositionSvg(composition, palette, family, chart, request.title), width: composition.width, height: composition.height };
}

export function svgFile(request: ExportRequest, svg: string): ExportFile {
  return {
    blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }),
    name: exportFileName(request.name, 'svg', request.date),
  };
}

/**
 * Draws the SVG at `scale` through an <img> onto a canvas, `pixels` in size when
 * given (a social image's exact shape). The SVG is self-contained, so the canvas stays readable.
 */
async function rasterise(composed: Composed, scale: number, pixels?: { width: number; height: number }): Promise<Blob> {
  const fit = Math.min(scale, MAX_SIDE / composed.width, MAX_SIDE / composed.height);
  const url = URL.createObjectURL(new Blob([composed.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels?.width ?? Math.round(composed.width * fit);
    canvas.height = pixels?.height ?? Math.round(composed.height * fit);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(img, 0, 0, Math.round(composed.width * fit), Math.round(composed.height * fit));
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function pngFile(request: ExportRequest, composed: Composed, scale: number): Promise<ExportFile> {
  return {
    blob: await rasterise(composed, scale),
    name: exportFileName(request.name, 'png', request.date, scale === 1 ? null : `${scale}x`),
  };
}

/**
 * The chart in an image of a publishing size: condensed or split between rows to
 * fit (see sizes.ts), each part titled with its number, every part the same size.
 */
export async function sizedFiles(request: ExportRequest, chart: Captured, size: PngSize): Promise<ExportFile[]> {
  const spec = PNG_SIZES[size];
  const frame = frameOf(spec);
  const inner = frame.width - 2 * MARGIN;
  // A part cites only the sources of the figures in it.
  const targetsOf = (slice: Slice) => {
    const shown = new Set(chart.anchors.filter((a) => a.y >= slice.top && a.y < slice.bottom).map((a) => a.obs));
    return request.targets.filter((t) => t.kind !== 'observation' || shown.has(t.id));
  };
  // The frame's own height, measured with the longest title a part can have.
  const longest = exportText(request.lang, 'partOf', { title: request.title, i: 9, n: 9 });
  const frameHeight = (targets: RecordTarget[]) =>
    composedSvg({ ...request, title: longest, targets }, { ...chart, width: inner, height: 0 }, { width: frame.width, height: null })
      .height;
  const fit = (overhead: number) =>
    fitChart(chart, chart.cuts, { width: inner, height: (frame.height ?? frame.maxHeight) - overhead }, chart.header);
  let overhead = frameHeight(request.targets);
  let fitted = fit(overhead);
  // Parts citing fewer sources have shorter feet, so the chart gets more room: refit while every part still fits.
  for (let pass = 0; pass < 3 && fitted.slices.length > 1; pass++) {
    const tighter = Math.max(...fitted.slices.map((s) => frameHeight(targetsOf(s))));
    if (tighter >= overhead) break;
    const next = fit(tighter);
    if (!next.slices.every((s) => frameHeight(targetsOf(s)) <= tighter)) break;
    [fitted, overhead] = [next, tighter];
  }
  const { scale, slices } = fitted;
  const n = slices.length;
  return Promise.all(
    slices.map(async (slice, i) => {
      const title = n > 1 ? exportText(request.lang, 'partOf', { title: request.title, i: i + 1, n }) : request.title;
      const targets = n > 1 ? targetsOf(slice) : request.targets;
      const composed = composedSvg({ ...request, title, targets }, sliceChart(chart, slice, scale, chart.header), frame);
      const pixels = { width: spec.width, height: spec.height ?? Math.min(spec.maxHeight, Math.round(composed.height * spec.ratio)) };
      return {
        blob: await rasterise(composed, spec.ratio, pixels),
        name: exportFileName(request.name, 'png', request.date, n > 1 ? `${size}-${i + 1}of${n}` : size),
      };
    }),
  );
}

export type ExportFormat = { kind: 'png'; scale: number } | { kind: 'sized'; size: PngSize } | { kind: 'svg' } | { kind: 'csv' };

/** One export, start to end: the request from the source, then the file or files in the format asked for. */
export async function produce(
  format: ExportFormat,
  source: ExportSource,
  context: { data: Dataset; lang: Lang; link: string | null; date?: Date },
): Promise<ExportFile[]> {
  const request: ExportRequest = {
    data: context.data,
    lang: context.lang,
    name: source.name,
    title: source.title,
    subtitle: source.subtitle,
    targets: source.targets,
    link: context.link,
    date: context.date ?? new Date(),
  };
  if (format.kind === 'csv') return [csvFile(request)];
  if (format.kind === 'sized') {
    const spec = PNG_SIZES[format.size];
    return sizedFiles(request, await source.capture(spec.ratio, frameOf(spec).width - 2 * MARGIN), format.size);
  }
  const composed = composedSvg(request, await source.capture(format.kind === 'png' ? format.scale : 2));
  return [format.kind === 'svg' ? svgFile(request, composed.svg) : await pngFile(request, composed, format.scale)];
}

/** Hands the files over: downloads, or in WeChat, which cannot save downloads, images to long-press. */
export async function deliver(files: ExportFile[], wechat: boolean): Promise<{ saved: string[] } | { images: string[] }> {
  if (wechat) return { images: await Promise.all(files.map((f) => dataUrl(f.blob))) };
  for (const file of files) downloadFile(file.blob, file.name);
  return { saved: files.map((f) => f.name) };
}

export function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text: string, font: Font) => {
    if (!ctx) return text.length * font.size;
    ctx.font = `${font.weight} ${font.size}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** A token's colour in hex, which SVG editors read; a canvas normalises any CSS colour syntax. */
function toHex(color: string): string {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  return ctx.fillStyle;
}
