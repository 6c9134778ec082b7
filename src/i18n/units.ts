import type { Indicator, Lang, Unit } from '../data/types';

const UNIT_NAMES: Record<Unit, Record<Lang, string>> = {
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
};

/** The unit an indicator is stated in, as a legend or subtitle names it ("亿元", "项", "per 10,000 people"). */
export function unitName(indicator: Pick<Indicator, 'unit' | 'counter'>, lang: Lang): string {
  if (lang === 'zh' && indicator.unit === 'item' && indicator.counter) return indicator.counter;
  return UNIT_NAMES[indicator.unit][lang];
}
