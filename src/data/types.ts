/** The dataset contract (ARCHITECTURE.md §4). JSON in src/data is checked against these types at build time and by dataset.test.ts. */

import type { Lang, Text } from '../i18n/lang';

export type { Lang, Text };

export type PlaceLevel = 'city' | 'district' | 'zone';

export interface Place {
  /** Short, stable, lower-case ASCII; used in URLs. */
  id: string;
  name: Text;
  level: PlaceLevel;
  /** The containing place, for districts and zones. */
  parent?: string;
  province: Text;
  lon: number;
  lat: number;
  adcode?: string;
}

export const CATEGORIES = [
  'financing',
  'patents',
  'trademarks',
  'awards',
  'designations',
  'protection',
  'services',
  'talent',
  'transfer',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The unit a value is stored in. Money is always stored in 亿元 so that figures
 * stated in 万元 compare directly; counts are stored as plain numbers even when
 * the text says 5.01万件.
 */
export const UNITS = [
  'yi-yuan', // 亿元 (CNY 100 million)
  'item', // 件 / 项 / 单 / 个: a count of things
  'enterprise', // 家 (企业, 机构)
  'person', // 人
  'person-time', // 人次
  'per-10k-people', // 件 per 10,000 residents
  'per-million-gdp', // 件 per 百万 GDP (as the Ningbo seed states it)
  'percent', // %
  'rank', // 第 N 位
  'places', // 位: places climbed or fallen in a ranking
  'day', // 天 / 日
  'month', // 个月
  'times', // 倍
] as const;
export type Unit = (typeof UNITS)[number];

export interface Indicator {
  id: string;
  name: Text;
  category: Category;
  unit: Unit;
  /** One sentence saying what is counted. */
  definition: Text;
  /** For a growth rate, share or per-capita figure: the indicator it is computed on. */
  base?: string;
  /** The Chinese counter word for unit 'item' when the seeds use one other than 件 (项, 个, 单…). */
  counter?: ZhCounter;
}

export const ZH_COUNTERS = ['件', '项', '个', '单', '所', '条', '家', '次', '届'] as const;
export type ZhCounter = (typeof ZH_COUNTERS)[number];

/**
 * The kind of number a figure is. Levels (annual, partial-year, cumulative, stock)
 * say how much; the rest are different things and never share an axis or a
 * ranking with a level: a change is not a level, a change of rank is not a rank,
 * a limit is not a measurement, a forecast is not a target.
 */
export const AGGREGATIONS = [
  'annual', // a level over one full calendar year
  'partial-year', // a level over part of a year, e.g. Q1–Q3
  'cumulative', // a level summed over several years ("since 2021", "累计")
  'stock', // a level at a date ("拥有量", "有效量")
  'growth', // a change: a growth or reduction rate, or a multiple of an earlier value
  'rank', // a position in a ranking
  'rank-change', // places climbed or fallen in a ranking ("连续提升23位")
  'share', // a part of a larger whole
  'rate', // a ratio that is neither a share nor a change (satisfaction, closure rate)
  'duration', // a measured time (days to decide a case)
  'limit', // a statutory or reference limit: context for a measured time, not a measurement
  'forecast', // an expectation for the period ("预计年内突破")
  'target', // a planned value
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * What a figure covers. Only 'place' (the place as a whole, perhaps with a
 * narrower definition in `text`) may stand as the place's figure; the rest are
 * an institution's book, one deal, one programme, one event, or an area wider
 * than the place, and are shown as what they are.
 */
export const COVERAGES = ['place', 'institution', 'deal', 'programme', 'event', 'wider-area'] as const;
export type CoverageKind = (typeof COVERAGES)[number];

export interface Coverage {
  kind: CoverageKind;
  /** What exactly is covered: the institution, deal or programme, or a narrower definition of a whole-place figure. */
  text?: Text;
}

/** 超 / 余 / 多 → '>', 突破 / 以上 → '>=', 近 / 约 → '~', 以内 / 前N → '<=' (a rank within the top N). */
export type Qualifier = '>' | '>=' | '~' | '<=';

export const CAVEAT_KINDS = ['inconsistent', 'ambiguous', 'approximate'] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

/**
 * Something a reader must know to read a figure truthfully. `inconsistent`: the
 * seed's own figures contradict it (with the arithmetic); `ambiguous`: the text
 * allows more than one reading (each listed); `approximate`: it holds only as an
 * approximation (with the arithmetic).
 */
export interface Caveat {
  kind: CaveatKind;
  text: Text;
  /** The arithmetic behind it; for a caveat a check found, exactly what the check computes. */
  arithmetic?: Text;
  /** The readings the text allows, for an ambiguous figure. */
  readings?: Text[];
  /** The consistency check (src/data/consistency.ts) that found it. */
  check?: string;
}

export interface Period {
  /** How the text itself frames the period, in both languages. */
  label: Text;
  /** YYYY-MM. */
  start: string;
  end: string;
}

export interface Source {
  /** A seed's file name in seeds/. */
  file: string;
  /** A verbatim substring of that file that states the figure. */
  quote: string;
}

export interface Derivation {
  /** The computation, written so a reader can redo it, e.g. "100593 ÷ 50100 − 1". */
  formula: string;
  /** Ids of the observations the value is computed from. */
  from: string[];
  /**
   * Where the inputs are rounded (a 3.2× multiple, a 139% rate), the lowest and
   * highest values they allow; the value is then approximate. A test recomputes it.
   */
  range?: [number, number];
}

export interface Observation {
  /** Stable id, unique across the dataset. */
  id: string;
  place: string;
  indicator: string;
  /** The value, or the lower end of a stated range. */
  value: number;
  /** The upper end of a stated range ("50%~60%" → value 50, upper 60). */
  upper?: number;
  period: Period;
  aggregation: Aggregation;
  qualifier?: Qualifier;
  /** The counter word the seed uses for this figure, where it differs from its indicator's (3次, not 3件). */
  counter?: ZhCounter;
  /** What the figure covers; absent means the place as a whole. */
  covers?: Coverage;
  /** For a rank, the group ranked within; for a share, the whole it is a share of. */
  within?: Text;
  /** For a change over several years, or a target for one: an average annual rate (年均). */
  average?: 'annual';
  /** Anything else the text says about it. */
  note?: Text;
  derived?: Derivation;
  /** A group id shared by figures a seed states twice for the same thing. */
  conflict?: string;
  caveats?: Caveat[];
  source: Source;
}

/** 'unstated': the seed names the title but not the level that conferred it. */
export type DesignationLevel = 'national' | 'provincial' | 'municipal' | 'unstated';

/**
 * Only a 'title' is a designation a place holds. A typical case, an honour, a
 * platform it was approved to build, or an approval to prepare something are
 * recognitions of another kind, listed apart and never counted as titles.
 */
export const DESIGNATION_TYPES = ['title', 'case', 'honour', 'platform', 'preparation'] as const;
export type DesignationType = (typeof DESIGNATION_TYPES)[number];

/** How the designations panel groups titles. */
export const DESIGNATION_KINDS = [
  'strong-city', // 知识产权强市 / 示范城市
  'protection-zone', // 保护示范区
  'operation-system', // 运营服务体系建设重点城市
  'reform-pilot', // 综合改革试验 / 改革试点
  'public-service', // 公共服务标准化试点 and service outlets
  'service-cluster', // 服务业集聚发展示范区
  'county-park', // 强县 / 园区试点示范
  'dispute-pilot', // pilots in handling patent disputes
  'navigation', // patent navigation and IP operation bases
  'other',
] as const;
export type DesignationKind = (typeof DESIGNATION_KINDS)[number];

export interface Holding {
  place: string;
  /** The year it was granted, where the text says. */
  year?: number;
  /** Where the text gives no year: the year by which the place already held it. */
  heldBy?: number;
  month?: number;
  /** e.g. "首批" / "first batch". */
  batch?: Text;
  /** Anything the text adds about this holder, e.g. 已公示待确定. */
  note?: Text;
  caveats?: Caveat[];
  source: Source;
}

export interface Designation {
  id: string;
  title: Text;
  level: DesignationLevel;
  type: DesignationType;
  kind: DesignationKind;
  /** Who grants it, where the text says. */
  grantor?: Text;
  holders: Holding[];
}

export interface Event {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text is. */
  date: string;
  /** 'by': the text says only that it had happened by then; 'about': the text says "recently" (近日). */
  dateQualifier?: 'by' | 'about';
  place: string;
  text: Text;
  source: Source;
}

export type SourceKind = 'news' | 'plan' | 'report';

export interface SourceDoc {
  file: string;
  title: Text;
  publisher: Text;
  /** YYYY-MM-DD, or as precise as known. */
  date: string;
  /** Where the date is inferred rather than printed, how. */
  dateNote?: Text;
  kind: SourceKind;
  /** Place the document is mainly about. */
  places: string[];
}

/**
 * A relation between figures of the seeds that the consistency engine
 * (consistency.ts) recomputes: parts that add up to a total, a share of a part
 * in a whole, a ratio of two figures stated as a third, a rate of change between
 * two stated ends, per-capita figures that imply one population, a part no
 * larger than its whole, and one figure no smaller than another it outranks.
 */
export type Check =
  | { id: string; kind: 'sum'; total: string; parts: string[] }
  | { id: string; kind: 'share'; share: string; part: string; whole?: string }
  | { id: string; kind: 'ratio'; claim: string; numerator: string; denominator: string }
  | { id: string; kind: 'change'; rate: string; from: string; to: string }
  | { id: string; kind: 'population'; pairs: [total: string, perTenThousand: string][] }
  | { id: string; kind: 'within'; part: string; whole: string }
  | { id: string; kind: 'order'; higher: string; lower: string };

export interface Dataset {
  places: Place[];
  indicators: Indicator[];
  observations: Observation[];
  designations: Designation[];
  events: Event[];
  sources: SourceDoc[];
  checks: Check[];
}

/** The shape of each per-seed facts file in src/data/facts/. */
export interface FactsFile {
  /** Indicators that only this seed uses; shared ones live in indicators.json. */
  indicators: Indicator[];
  observations: Observation[];
  /** New designations this seed introduces; holders of shared ones go in holdings. */
  designations: Omit<Designation, 'holders'>[];
  holdings: (Holding & { designation: string })[];
  events: Event[];
  /** Relations between figures for the consistency engine to recompute. */
  checks?: Check[];
}
