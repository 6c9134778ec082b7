import { defineTerms } from '../i18n/messages';
import type {
  Aggregation,
  CaveatKind,
  Category,
  CoverageKind,
  DesignationKind,
  DesignationLevel,
  DesignationType,
  Indicator,
  Lang,
  PlaceLevel,
  Unit,
} from './types';

/** The names of the dataset's enums, in both languages: one table per enum. */

export const placeLevelName = defineTerms<PlaceLevel>({
  city: { zh: '市', en: 'City' },
  district: { zh: '区（县）', en: 'District' },
  zone: { zh: '园区', en: 'Zone' },
});

export const categoryName = defineTerms<Category>({
  financing: { zh: '金融', en: 'Financing' },
  patents: { zh: '专利', en: 'Patents' },
  trademarks: { zh: '商标与地理标志', en: 'Trademarks and geographical indications' },
  awards: { zh: '奖项', en: 'Awards' },
  designations: { zh: '试点示范', en: 'Pilots and demonstrations' },
  protection: { zh: '保护', en: 'Protection' },
  services: { zh: '服务', en: 'Services' },
  talent: { zh: '人才', en: 'Talent' },
  transfer: { zh: '转移转化', en: 'Transfer and licensing' },
  other: { zh: '其他', en: 'Other' },
});

/** The kind of number a figure is. */
export const kindName = defineTerms<Aggregation>({
  annual: { zh: '全年', en: 'full year' },
  'partial-year': { zh: '年内部分时期', en: 'part of a year' },
  cumulative: { zh: '累计', en: 'cumulative' },
  stock: { zh: '存量（时点值）', en: 'stock at a date' },
  growth: { zh: '变化幅度', en: 'change' },
  rank: { zh: '排名', en: 'rank' },
  'rank-change': { zh: '名次变化', en: 'change of rank' },
  share: { zh: '占比', en: 'share' },
  rate: { zh: '比率', en: 'rate' },
  duration: { zh: '用时', en: 'time taken' },
  limit: { zh: '法定或参照时限', en: 'statutory or reference limit' },
  forecast: { zh: '预计数', en: 'forecast' },
  target: { zh: '目标', en: 'target' },
});

const unitNames = defineTerms<Unit>({
  'yi-yuan': { zh: '亿元', en: 'CNY 100 million' },
  item: { zh: '件', en: 'number' },
  enterprise: { zh: '家', en: 'firms' },
  person: { zh: '人', en: 'people' },
  'person-time': { zh: '人次', en: 'attendances' },
  'per-10k-people': { zh: '件/万人', en: 'per 10,000 people' },
  'per-million-gdp': { zh: '件/“百万GDP”（原文单位）', en: 'per ‘million GDP’ (the source’s unit)' },
  percent: { zh: '%', en: '%' },
  rank: { zh: '位次', en: 'rank' },
  places: { zh: '位', en: 'places' },
  day: { zh: '天', en: 'days' },
  month: { zh: '个月', en: 'months' },
  times: { zh: '倍', en: 'times' },
});

/** The unit an indicator is stated in, as a legend or subtitle names it ("亿元", "项", "per 10,000 people"). */
export function unitName(indicator: Pick<Indicator, 'unit' | 'counter'>, lang: Lang): string {
  if (lang === 'zh' && indicator.unit === 'item' && indicator.counter) return indicator.counter;
  return unitNames(lang, indicator.unit);
}

export const caveatName = defineTerms<CaveatKind>({
  inconsistent: { zh: '与原文其他数字矛盾', en: 'Contradicts other figures in the source' },
  ambiguous: { zh: '原文可有多种理解', en: 'The source allows more than one reading' },
  approximate: { zh: '只在近似意义上成立', en: 'Holds only approximately' },
});

/** The short mark a caveat shows beside its figure. */
export const caveatMark = defineTerms<CaveatKind>({
  inconsistent: { zh: '矛盾', en: 'inconsistent' },
  ambiguous: { zh: '存疑', en: 'unclear' },
  approximate: { zh: '近似', en: 'approx.' },
});

/** How a line about a figure's coverage begins, for figures that are not about the place as a whole. */
export const coveragePrefix = defineTerms<Exclude<CoverageKind, 'place'>>({
  institution: { zh: '一家机构的数字：', en: 'One institution’s figure: ' },
  deal: { zh: '一笔交易：', en: 'One deal: ' },
  programme: { zh: '一个项目：', en: 'One programme: ' },
  event: { zh: '一次活动：', en: 'One event: ' },
  'wider-area': { zh: '范围大于本地：', en: 'A wider area than the place: ' },
});

/** The same, in a few words, for a sentence that names the figure beside others. */
export const coverageBriefName = defineTerms<Exclude<CoverageKind, 'place'>>({
  institution: { zh: '一家机构的业务量', en: 'one institution’s own book' },
  deal: { zh: '一笔交易', en: 'one deal' },
  programme: { zh: '一个项目', en: 'one programme' },
  event: { zh: '一次活动', en: 'one event' },
  'wider-area': { zh: '范围大于本地', en: 'a wider area' },
});

export const designationKindName = defineTerms<DesignationKind>({
  'strong-city': { zh: '知识产权强市与示范城市', en: 'IP powerhouse and demonstration cities' },
  'protection-zone': { zh: '保护示范区', en: 'Protection demonstration zones' },
  'operation-system': { zh: '运营服务体系', en: 'IP operation service system' },
  'reform-pilot': { zh: '改革试点', en: 'Reform pilots' },
  'public-service': { zh: '公共服务与标准化', en: 'Public services and standardisation' },
  'service-cluster': { zh: '服务业集聚区', en: 'IP service clusters' },
  'county-park': { zh: '强县与园区', en: 'Counties and parks' },
  'dispute-pilot': { zh: '纠纷处理试点', en: 'Dispute-handling pilots' },
  navigation: { zh: '专利导航与运营', en: 'Patent navigation and IP operation' },
  other: { zh: '其他', en: 'Other' },
});

export const levelName = defineTerms<DesignationLevel>({
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  unstated: { zh: '级别原文未注明', en: 'Level not stated' },
});

export const typeName = defineTerms<DesignationType>({
  title: { zh: '称号', en: 'Title' },
  case: { zh: '典型案例（不是称号）', en: 'Typical case (not a title)' },
  honour: { zh: '荣誉（不是称号）', en: 'Honour (not a title)' },
  platform: { zh: '平台（不是称号）', en: 'Platform (not a title)' },
  preparation: { zh: '获批筹建（尚未建成）', en: 'Approved for preparation (not yet a title)' },
});

/** A recognition's type in one word, for badges. */
export const typeShort = defineTerms<DesignationType>({
  title: { zh: '称号', en: 'title' },
  case: { zh: '案例', en: 'case' },
  honour: { zh: '荣誉', en: 'honour' },
  platform: { zh: '平台', en: 'platform' },
  preparation: { zh: '筹建', en: 'in preparation' },
});
