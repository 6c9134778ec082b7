/** The dataset contract (DESIGN.md §2). JSON in src/data is checked against these types at build time and by dataset.test.ts. */

export type Lang = 'zh' | 'en';

/** Every user-facing string exists in both languages. */
export interface Text {
  zh: string;
  en: string;
}

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

export const ZH_COUNTERS = ['件', '项', '个', '单', '所', '条', '家', '次'] as const;
export type ZhCounter = (typeof ZH_COUNTERS)[number];

export const AGGREGATIONS = [
  'annual', // one full calendar year
  'partial-year', // part of a year, e.g. Q1–Q3
  'cumulative', // a total over several years ("since 2021", "累计")
  'stock', // a level at a date ("拥有量", "有效量")
  'target', // a planned value
  'rate', // a ratio or share that is not a growth rate
  'growth', // a growth rate
  'rank', // a position in a ranking
  'share', // a share of a larger total
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** 超 / 余 → '>', 突破 / 以上 → '>=', 近 / 约 → '~', 前N → '<=' (a rank within the top N). */
export type Qualifier = '>' | '>=' | '~' | '<=';

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
}

export interface Observation {
  /** Stable id, unique across the dataset. */
  id: string;
  place: string;
  indicator: string;
  value: number;
  period: Period;
  aggregation: Aggregation;
  qualifier?: Qualifier;
  /** Where the figure covers something other than the place as a whole. */
  scope?: Text;
  /** For growth rates and shares: what the figure is relative to. */
  note?: Text;
  derived?: Derivation;
  /** A group id shared by figures a seed states twice for the same thing. */
  conflict?: string;
  source: Source;
}

export type DesignationLevel = 'national' | 'provincial' | 'municipal';

/** How the designations panel groups titles. */
export const DESIGNATION_KINDS = [
  'strong-city', // 知识产权强市 / 示范城市
  'protection-zone', // 保护示范区
  'operation-system', // 运营服务体系建设重点城市
  'reform-pilot', // 综合改革试验 / 改革试点
  'public-service', // 公共服务标准化试点 and service outlets
  'service-cluster', // 服务业集聚发展示范区
  'county-park', // 强县 / 园区试点示范
  'enterprise', // enterprise-level titles counted per place
  'case', // a selected typical case
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
  source: Source;
}

export interface Designation {
  id: string;
  title: Text;
  level: DesignationLevel;
  kind: DesignationKind;
  /** Who grants it, where the text says. */
  grantor?: Text;
  holders: Holding[];
}

export interface Event {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text is. */
  date: string;
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

export interface Dataset {
  places: Place[];
  indicators: Indicator[];
  observations: Observation[];
  designations: Designation[];
  events: Event[];
  sources: SourceDoc[];
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
}
