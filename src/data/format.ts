import { dataText } from './messages';
import { unitName } from './terms';
import type { Indicator, Lang, Observation, Qualifier, Unit, ZhCounter } from './types';

/**
 * Formats a stored value for reading. zh uses 万/亿 (e.g. "292亿元", "15.3万件");
 * en uses "CNY 29.2 bn" for money and grouped digits for counts. Precision follows
 * the stored value: a figure is never shown rounder or sharper than the text gave it.
 */
export function formatValue(
  value: number,
  unit: Unit,
  lang: Lang,
  qualifier?: Qualifier,
  counter?: ZhCounter,
  style?: NumberStyle,
): string {
  const scaled = style ? formatScaled(value, unit, lang, style, counter) : null;
  const number = scaled ?? (lang === 'zh' ? formatZh(value, unit, counter) : formatEn(value, unit));
  return qualify(number, unit, lang, qualifier, value);
}

/**
 * One number style for the figures shown together (a chart, a row, the map):
 * one unit and one scale, so 5.01万件 never sits beside 100,593件, nor 8000万元
 * beside 292亿元. In Chinese, money is in 亿元 and counts are in 万 once any
 * figure reaches ten thousand; in English, money is in CNY bn with the decimals
 * the smallest figure needs. Figures are rounded to the style's decimals for
 * display, never padded past what the source states; tables, the source dialog
 * and CSV keep every digit.
 */
export interface NumberStyle {
  unit: Unit;
  /** zh counts: 1e4 when shown in 万. */
  countScale: 1 | 1e4;
  /** The most decimals any figure shows in the style's scale. */
  decimals: number;
}

const COUNT_UNITS: ReadonlySet<Unit> = new Set(['item', 'enterprise', 'person', 'person-time']);

export function numberStyle(values: readonly number[], unit: Unit, lang: Lang): NumberStyle {
  const finite = values.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
  const largest = Math.max(0, ...finite);
  const countScale = lang === 'zh' && COUNT_UNITS.has(unit) && largest >= 1e4 ? 1e4 : 1;
  const enMoney = unit === 'yi-yuan' && lang === 'en';
  // The figures as the style writes them: CNY bn in English, 万 for counts that reach it.
  const scaled = finite.map((v) => (enMoney ? v / 10 : v / countScale));
  // The fewest decimals (one for CNY bn, as in "CNY 39.4 bn"; two otherwise) that round no figure by more than 5%.
  const [least, most] = enMoney ? [1, 3] : [2, 4];
  let decimals = least;
  while (decimals < most && scaled.some((v) => Math.abs(round(v, decimals) - v) > 0.05 * v)) decimals++;
  return { unit, countScale, decimals };
}

/** The unit a chart's header names for its style: "亿元", "万件", "CNY bn"; otherwise the indicator's own unit. */
export function styleUnit(style: NumberStyle, indicator: Pick<Indicator, 'unit' | 'counter'>, lang: Lang): string {
  if (indicator.unit === 'yi-yuan') return dataText(lang, 'unitMoneyStyled');
  if (style.countScale === 1e4) return `万${(indicator.unit === 'item' && indicator.counter) || (ZH_UNIT_WORD[indicator.unit] ?? '')}`;
  return unitName(indicator, lang);
}

const ZH_UNIT_WORD: Partial<Record<Unit, string>> = { item: '件', enterprise: '家', person: '人', 'person-time': '人次' };

function formatScaled(value: number, unit: Unit, lang: Lang, style: NumberStyle, counter?: ZhCounter): string | null {
  if (unit === 'yi-yuan') {
    return lang === 'zh'
      ? `${trim(round(value, Math.min(decimalsOf(value), style.decimals)))}亿元`
      : `CNY ${trim(round(value / 10, Math.min(decimalsOf(value / 10), style.decimals)))} bn`;
  }
  if (style.countScale === 1e4 && COUNT_UNITS.has(unit)) {
    const word = unit === 'item' ? (counter ?? '件') : (ZH_UNIT_WORD[unit] ?? '');
    return `${trim(round(value / 1e4, Math.min(decimalsOf(value / 1e4), style.decimals)))}万${word}`;
  }
  return null;
}

function decimalsOf(n: number): number {
  return (String(Number(n.toFixed(6))).split('.')[1] ?? '').length;
}

export type FigureValue = Pick<Observation, 'value'> &
  Partial<Pick<Observation, 'upper' | 'qualifier' | 'counter' | 'derived' | 'aggregation' | 'average'>>;

/**
 * A figure as it should read: with the counter word its seed uses (13项, 7单, 3次),
 * a stated range with both ends (50–60%), a change of rank as a change ("up 23
 * places"), an average annual rate as one (年均26%), and a value derived from
 * rounded inputs as approximate, rounded to the precision its inputs allow
 * (约4,900件, not 4,933件).
 */
export function formatFigure(o: FigureValue, indicator: Pick<Indicator, 'unit' | 'counter'>, lang: Lang, style?: NumberStyle): string {
  const counter = o.counter ?? indicator.counter;
  if (o.upper !== undefined)
    return joinRange(
      formatValue(o.value, indicator.unit, lang, undefined, counter, style),
      formatValue(o.upper, indicator.unit, lang, undefined, counter, style),
    );
  if (o.aggregation === 'rank-change') return rankChange(o.value, lang);
  const range = o.derived?.range;
  if (range) {
    const step = honestStep(range);
    const shown = o.qualifier === '>=' ? Math.round(range[0] / step) * step : Math.round(o.value / step) * step;
    const value = formatValue(Number(shown.toFixed(6)), indicator.unit, lang, undefined, counter);
    return dataText(lang, o.qualifier === '>=' ? 'atLeastApprox' : 'approx', { value });
  }
  const value = formatValue(o.value, indicator.unit, lang, o.qualifier, counter, style);
  return o.average === 'annual' ? dataText(lang, 'annualRate', { value }) : value;
}

/** The span a derived value's rounded inputs allow, e.g. "4,857–5,012件". */
export function formatRange(
  range: [number, number],
  indicator: Pick<Indicator, 'unit' | 'counter'>,
  lang: Lang,
  counter?: ZhCounter,
): string {
  const c = counter ?? indicator.counter;
  return joinRange(formatValue(range[0], indicator.unit, lang, undefined, c), formatValue(range[1], indicator.unit, lang, undefined, c));
}

/**
 * The rounding step a range supports: the power of ten at or above its half-width,
 * so no digit is shown that the inputs do not determine (±77 → hundreds).
 */
export function honestStep([lo, hi]: [number, number]): number {
  const half = (hi - lo) / 2;
  return half > 0 ? 10 ** Math.ceil(Math.log10(half)) : 1e-6;
}

function rankChange(places: number, lang: Lang): string {
  return dataText(lang, places >= 0 ? 'rankUp' : 'rankDown', { n: trim(Math.abs(places)) });
}

/** "50%" and "60%" → "50–60%"; "3个月" and "6个月" → "3–6个月": the unit once, after the upper end. */
function joinRange(low: string, high: string): string {
  const parse = (t: string) => /^(\D*?)([\d.,]+)(.*)$/.exec(t);
  const a = parse(low);
  const b = parse(high);
  if (a && b && a[1] === b[1] && a[3] === b[3]) return `${a[1]}${a[2]}–${b[2]}${b[3]}`;
  return `${low}–${high}`;
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
    case 'places':
      return `${trim(value)}位`;
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

const ZH_COUNTERS: Record<
  Exclude<Unit, 'yi-yuan' | 'percent' | 'rank' | 'places' | 'per-10k-people' | 'per-million-gdp' | 'times' | 'item'>,
  string
> = {
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
    case 'places':
      return `${trim(value)} ${value === 1 ? 'place' : 'places'}`;
    case 'per-10k-people':
      return `${trim(value)} per 10k people`;
    case 'per-million-gdp':
      // The seed's own unit, which its other figures put in doubt (see the figure's caveat).
      return `${trim(value)} per ‘million GDP’`;
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

const QUALIFIED = { '>': 'more', '>=': 'atLeast', '~': 'about', '<=': 'atMost' } as const;

function qualify(value: string, unit: Unit, lang: Lang, qualifier: Qualifier | undefined, bare: number): string {
  if (!qualifier) return value;
  // "前2位" / "top 2": a rank within the top N reads as such, not as "at most No. 2".
  if (qualifier === '<=' && unit === 'rank') return dataText(lang, 'topN', { n: trim(bare) });
  return dataText(lang, QUALIFIED[qualifier], { value });
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

/** A planned or stated change: "+275%" of a baseline, or, for a percentage, "+0.28个百分点" / "+0.28 percentage points". */
export function formatChange(change: { kind: 'percent' | 'points'; value: number }, lang: Lang): string {
  const sign = change.value > 0 ? '+' : change.value < 0 ? '−' : '';
  const n = Math.abs(change.value);
  return change.kind === 'points' ? dataText(lang, 'changePoints', { sign, n }) : `${sign}${trim(n)}%`;
}
