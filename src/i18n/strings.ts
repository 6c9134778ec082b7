import type { Aggregation, Category, Lang } from '../data/types';

/** Every UI string, in both languages; the type makes a missing translation a compile error. */
const zh = {
  appTitle: '知识产权城市图谱',
  appTagline: '五座城市如何建设知识产权体系：每个数字都可追溯到原文',
  language: '语言',
  languageName: '中文',
  otherLanguage: 'English',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeProjector: '投影',
  places: '地点',
  figures: '项数据',
  designations: '项称号',
  events: '件大事',
  cityLevel: '市',
  districtLevel: '区（县）',
  zoneLevel: '园区',
  sources: '资料来源',
  sourcesIntro: '所有数据均摘自以下五份中文原始文件，原文完整保存在项目的 seeds/ 目录中。',
  published: '发布',
  dataNote: '各地数据的统计时期、范围与口径不尽相同，比较时请留意标注。',
  noFigures: '原文未给出数据',
  skipToContent: '跳到正文',
  panel_map: '地图',
  panel_financing: '知识产权金融',
  panel_patents: '专利',
  panel_designations: '国家级称号',
  panel_plan: '郫都规划目标',
  panel_profile: '地点档案',
  panel_sources: '资料来源',
  noticeTitle: '链接中有部分参数无法识别，已按默认值显示：',
  dismiss: '关闭',
} as const;

type Strings = { [K in keyof typeof zh]: string };

const en: Strings = {
  appTitle: 'IP Atlas',
  appTagline: 'How five Chinese cities build their intellectual-property systems, with every figure traced to its source',
  language: 'Language',
  languageName: 'English',
  otherLanguage: '中文',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeProjector: 'Projector',
  places: 'Places',
  figures: 'figures',
  designations: 'designations',
  events: 'events',
  cityLevel: 'City',
  districtLevel: 'District',
  zoneLevel: 'Zone',
  sources: 'Sources',
  sourcesIntro: 'Every figure comes from these five Chinese documents, kept verbatim in the project’s seeds/ folder.',
  published: 'Published',
  dataNote: 'Figures differ in period, scope and method from place to place; check the labels before comparing.',
  noFigures: 'No figures in the sources',
  skipToContent: 'Skip to content',
  panel_map: 'Map',
  panel_financing: 'IP financing',
  panel_patents: 'Patents',
  panel_designations: 'National titles',
  panel_plan: 'Pidu plan targets',
  panel_profile: 'Place profile',
  panel_sources: 'Sources',
  noticeTitle: 'Part of this link could not be read, so defaults are shown instead:',
  dismiss: 'Dismiss',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
export type StringKey = keyof Strings;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}

export const CATEGORY_NAMES: Record<Category, Record<Lang, string>> = {
  financing: { zh: '金融', en: 'Financing' },
  patents: { zh: '专利', en: 'Patents' },
  trademarks: { zh: '商标与地理标志', en: 'Trademarks and GIs' },
  awards: { zh: '奖项', en: 'Awards' },
  designations: { zh: '试点示范', en: 'Designations' },
  protection: { zh: '保护', en: 'Protection' },
  services: { zh: '服务', en: 'Services' },
  talent: { zh: '人才', en: 'Talent' },
  transfer: { zh: '转移转化', en: 'Transfer and licensing' },
  other: { zh: '其他', en: 'Other' },
};

export const AGGREGATION_NAMES: Record<Aggregation, Record<Lang, string>> = {
  annual: { zh: '全年', en: 'full year' },
  'partial-year': { zh: '年内部分时期', en: 'part of a year' },
  cumulative: { zh: '累计', en: 'cumulative' },
  stock: { zh: '存量（时点值）', en: 'stock at a date' },
  target: { zh: '目标', en: 'target' },
  rate: { zh: '比率', en: 'rate' },
  growth: { zh: '增幅', en: 'growth' },
  rank: { zh: '排名', en: 'rank' },
  share: { zh: '占比', en: 'share' },
};
