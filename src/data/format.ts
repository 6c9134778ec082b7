import type { Indicator, Lang, Qualifier, Unit, ZhCounter } from './types';

/**
 * Formats a stored value for reading. zh uses 万/亿 (e.g. "292亿元", "15.3万件");
 * en uses "CNY 29.2 bn" for money and grouped digits for counts. Precision follows
 * the stored value: a figure is never shown rounder or sharper than the text gave it.
 */
export function formatValue(value: number, unit: Unit, lang: Lang, qualifier?: Qualifier, counter?: ZhCounter): string {
  const number = lang === 'zh' ? formatZh(value, unit, counter) : formatEn(value, unit);
  return qualify(number, unit, lang, qualifier);
}

/** formatValue for an observation of an indicator, with the counter word its seed uses (13项, 7单). */
export function formatFigure(o: { value: number; qualifier?: Qualifier }, indicator: Pick<Indicator, 'unit' | 'counter'>, lang: Lang): string {
  return formatValue(o.value, indicator.unit, lang, o.qualifier, indicator.counter);
}

/** A short axis label: the number alone, compact, without unit words. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'yi-yuan') {
    return lang === 'zh' ? compactZh(value * 1e8) : compactEn(value * 1e8);
  }
  if (unit === 'percent') return `${trim(value)}%`;
  return lang === 'zh' ? compactZh(value) : compactEn(value);
}

function formatZh(value: number, unit: Unit, counter?: ZhCounter): string {
  switch (unit) {
    case 'yi-yuan':
      return `${compactZh(value * 1e8, significant(value))}元`;
    case 'percent':
      return `${trim(value)}%`;
    case 'rank':
      return `第${trim(value)}位`;
    case 'per-10k-people':
      return `${trim(value)}件/万人`;
    case 'per-million-gdp':
      return `${trim(value)}件/百万GDP`;
    case 'times':
      return `${trim(value)}倍`;
    case 'item':
      return `${countZh(value)}${counter ?? '件'}`;
    default:
      return `${countZh(value)}${ZH_COUNTERS[unit]}`;
  }
}

const ZH_COUNTERS: Record<Exclude<Unit, 'yi-yuan' | 'percent' | 'rank' | 'per-10k-people' | 'per-million-gdp' | 'times' | 'item'>, string> = {
  enterprise: '家',
  person: '人',
  'person-time': '人次',
  day: '天',
  month: '个月',
};

function formatEn(value: number, unit: Unit): string {
  switch (unit) {
    case 'yi-yuan':
      return `CNY ${moneyEn(value * 1e8, significant(value))}`;
    case 'percent':
      return `${trim(value)}%`;
    case 'rank':
      return `No. ${trim(value)}`;
    case 'per-10k-people':
      return `${trim(value)} per 10k people`;
    case 'per-million-gdp':
      return `${trim(value)} per CNY 1m of GDP`;
    case 'times':
      return `${trim(value)}×`;
    case 'day':
      return `${grouped(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'month':
      return `${grouped(value)} ${value === 1 ? 'month' : 'months'}`;
    default:
      return grouped(value);
  }
}

function qualify(text: string, unit: Unit, lang: Lang, qualifier?: Qualifier): string {
  if (!qualifier) return text;
  if (lang === 'zh') {
    if (qualifier === '<=') return unit === 'rank' ? text.replace('第', '前') : `不超过${text}`;
    return { '>': '超', '>=': '≥', '~': '约' }[qualifier] + text;
  }
  if (qualifier === '<=') return unit === 'rank' ? `top ${text.replace('No. ', '')}` : `at most ${text}`;
  return { '>': 'more than ', '>=': 'at least ', '~': 'about ' }[qualifier] + text;
}

/** Significant digits the stored value carries (48.52 → 4, 292 → 3, 0.771 → 3). */
function significant(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.min(Math.max(digits.length, 1), 8);
}

function compactZh(yuanOrCount: number, sig?: number): string {
  const abs = Math.abs(yuanOrCount);
  const [div, suffix] = abs >= 1e8 ? [1e8, '亿'] : abs >= 1e4 ? [1e4, '万'] : [1, ''];
  const n = yuanOrCount / div;
  return `${sig ? toSignificant(n, sig) : trim(round(n, 2))}${suffix}`;
}

function compactEn(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trim(round(n / 1e9, 2))} bn`;
  if (abs >= 1e6) return `${trim(round(n / 1e6, 2))} m`;
  if (abs >= 1e4) return `${trim(round(n / 1e3, 1))}k`;
  return grouped(n);
}

function moneyEn(yuan: number, sig: number): string {
  const abs = Math.abs(yuan);
  if (abs >= 1e9) return `${toSignificant(yuan / 1e9, sig)} bn`;
  if (abs >= 1e6) return `${toSignificant(yuan / 1e6, sig)} m`;
  return grouped(yuan);
}

/** Counts: 15.3万 when that is exact, otherwise every digit (100,593). */
function countZh(n: number): string {
  if (Math.abs(n) >= 1e4 && Number.isInteger(round(n / 1e4, 2) * 100) && round(n / 1e4, 2) * 1e4 === n) {
    return `${trim(n / 1e4)}万`;
  }
  return grouped(n, 'zh-CN');
}

function toSignificant(n: number, sig: number): string {
  return trim(Number(n.toPrecision(sig)));
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function trim(n: number): string {
  return String(Number(n.toFixed(6)));
}

function grouped(n: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n);
}
