import type { Lang } from '../data/types';

/** Export, print and their dialogs; the type makes a missing translation a compile error. */
const zh = {
  export: '导出',
  exportOf: '导出：{title}',
  png: 'PNG 图片',
  pngScale: 'PNG 图片，{n} 倍尺寸',
  svg: 'SVG 矢量图',
  csv: 'CSV 数据表',
  csvHint: '图中显示的全部数据，含出处原文',
  withQr: '附本视图二维码',
  working: '正在生成…',
  saved: '已保存 {file}',
  failed: '导出未成功，请重试。',
  longPress: '长按图片保存',
  longPressHint: '微信内无法直接下载文件：长按图片即可保存到手机。',
  noDownloadHere: '微信内无法下载 {format} 文件。请点右上角“…”，选择“在浏览器中打开”，再导出。',
  inBrowser: '在浏览器中打开后导出',
  close: '关闭',
  sources: '资料来源',
  exported: '导出于 {date}',
  printed: '打印于 {date}',
  qrCaption: '扫码打开此视图',
  viewLink: '本视图链接',
  mapSubtitleLatest: '单位：{unit}。各市最新公布的数字，统计时期不同，见图下表格。',
  mapSubtitleYear: '单位：{unit}。仅显示 {year} 年的数字。',
  noFigure: '原文没有给出这一地点整体的此项数字',
  dateBy: '原文只说明此前已发生，未给出日期',
  dateAbout: '原文称“近日”，日期为约数',
} as const;

type Strings = { [K in keyof typeof zh]: string };

const en: Strings = {
  export: 'Export',
  exportOf: 'Export: {title}',
  png: 'PNG image',
  pngScale: 'PNG image, {n}× size',
  svg: 'SVG vector image',
  csv: 'CSV data',
  csvHint: 'Every figure shown, with the source sentence',
  withQr: 'Add a QR code of this view',
  working: 'Preparing…',
  saved: 'Saved {file}',
  failed: 'The export did not succeed. Please try again.',
  longPress: 'Long-press the image to save',
  longPressHint: 'WeChat cannot download files here: long-press the image to save it to your phone.',
  noDownloadHere: 'WeChat cannot download {format} files. Tap “…” at the top right, choose “Open in browser”, then export again.',
  inBrowser: 'Open in a browser to export',
  close: 'Close',
  sources: 'Sources',
  exported: 'Exported {date}',
  printed: 'Printed {date}',
  qrCaption: 'Scan to open this view',
  viewLink: 'Link to this view',
  mapSubtitleLatest: 'In {unit}. Each city’s latest published figure; periods differ, see the table below the map.',
  mapSubtitleYear: 'In {unit}. Figures for {year} only.',
  noFigure: 'The sources state no figure for the place as a whole',
  dateBy: 'The source says only that it had happened by then',
  dateAbout: 'The source says “recently”: the date is approximate',
};

const STRINGS: Record<Lang, Strings> = { zh, en };
export type ExportStringKey = keyof Strings;

export function xt(lang: Lang, key: ExportStringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
