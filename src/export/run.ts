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
import { compose, compositionSvg, type Font, type Measure, type Palette } from './compose';
import { toCsv } from './csv';
import { exportFileName, localDate } from './filename';
import type { RecordTarget } from '../data/refs';
import { CSV_COLUMNS, citation, citedSources, exportRecords } from './records';

/** What a chart or the map offers for export; read when the reader asks, so it is current. */
export interface ExportSource {
  /** ASCII stem of the file names. */
  name: string;
  title: string;
  subtitle: string;
  targets: RecordTarget[];
  /** Draws the chart as SVG markup; the map redraws its canvas at the pixel ratio asked for. */
  capture: (pixelRatio: number) => Promise<Captured>;
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

/** The composed graphic as SVG markup, with its size in CSS pixels. */
export function composedSvg(request: ExportRequest, chart: Captured): { svg: string; width: number; height: number } {
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

/** Draws the SVG at `scale` through an <img> onto a canvas. The SVG is self-contained, so the canvas stays readable. */
export async function pngFile(
  request: ExportRequest,
  composed: { svg: string; width: number; height: number },
  scale: number,
): Promise<ExportFile> {
  const fit = Math.min(scale, MAX_SIDE / composed.width, MAX_SIDE / composed.height);
  const url = URL.createObjectURL(new Blob([composed.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(composed.width * fit);
    canvas.height = Math.round(composed.height * fit);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
    return { blob, name: exportFileName(request.name, 'png', request.date, scale) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export type ExportFormat = { kind: 'png'; scale: number } | { kind: 'svg' } | { kind: 'csv' };

/** One export, start to end: the request from the source, then the file in the format asked for. */
export async function produce(
  format: ExportFormat,
  source: ExportSource,
  context: { data: Dataset; lang: Lang; link: string | null; date?: Date },
): Promise<ExportFile> {
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
  if (format.kind === 'csv') return csvFile(request);
  const composed = composedSvg(request, await source.capture(format.kind === 'png' ? format.scale : 2));
  return format.kind === 'svg' ? svgFile(request, composed.svg) : pngFile(request, composed, format.scale);
}

/** Hands the file over: a download, or in WeChat, which cannot save downloads, an image to long-press. */
export async function deliver(file: ExportFile, wechat: boolean): Promise<{ saved: string } | { image: string }> {
  if (wechat) return { image: await dataUrl(file.blob) };
  downloadFile(file.blob, file.name);
  return { saved: file.name };
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
