import type { Lang, Unit } from '../data/types';

/** Unit names for subtitles ("单位：亿元" / "in CNY 100 million"). */
export const UNIT_NAMES: Record<Unit, Record<Lang, string>> = {
  'yi-yuan': { zh: '亿元', en: 'CNY 100 million' },
  item: { zh: '件（项）', en: 'items' },
  enterprise: { zh: '家', en: 'firms' },
  person: { zh: '人', en: 'people' },
  'person-time': { zh: '人次', en: 'attendances' },
  'per-10k-people': { zh: '件/万人', en: 'per 10,000 people' },
  'per-million-gdp': { zh: '件/百万GDP', en: 'per CNY 1 million of GDP' },
  percent: { zh: '%', en: '%' },
  rank: { zh: '名次', en: 'rank' },
  day: { zh: '天', en: 'days' },
  month: { zh: '个月', en: 'months' },
  times: { zh: '倍', en: 'times' },
};
