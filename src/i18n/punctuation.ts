import { locale, type Lang } from './lang';

/**
 * Punctuation differs by language: Chinese text takes full-width marks, English
 * half-width ones. Views join and label with these, never with a literal mark.
 */
const MARKS = {
  zh: { colon: '：', comma: '，', clause: '；', enumeration: '、', open: '（', close: '）' },
  en: { colon: ': ', comma: ', ', clause: '; ', enumeration: ', ', open: ' (', close: ')' },
} as const satisfies Record<Lang, Record<string, string>>;

/** "来源：" / "Source: ". */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${MARKS[lang].colon}${value}`;
}

export function colon(lang: Lang): string {
  return MARKS[lang].colon;
}

/** Clauses of one sentence: "仅商标专利；预计数" / "trademarks only; a forecast". */
export function clauses(lang: Lang, items: readonly string[]): string {
  return items.join(MARKS[lang].clause);
}

/** A plain enumeration of names: "成都、杭州" / "Chengdu, Hangzhou". */
export function enumeration(lang: Lang, items: readonly string[]): string {
  return items.join(MARKS[lang].enumeration);
}

/** Two phrases joined by a comma: "48.52亿元，2023年前三季度" / "CNY 4.85 bn, Q1–Q3 2023". */
export function phrases(lang: Lang, items: readonly string[]): string {
  return items.join(MARKS[lang].comma);
}

/** A remark in brackets after a phrase: "2023年（全年）" / "2023 (full year)". */
export function bracketed(lang: Lang, text: string, remark: string): string {
  return `${text}${MARKS[lang].open}${remark}${MARKS[lang].close}`;
}

/**
 * A list as a sentence joins it, in parts so that items can be rich (buttons):
 * "成都、杭州和宁波" / "Chengdu, Hangzhou and Ningbo". Each part is an item's
 * index or a joining text.
 */
export function listParts(lang: Lang, count: number): (number | string)[] {
  const format = new Intl.ListFormat(locale(lang), { type: 'conjunction' });
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return format.formatToParts(placeholders).map((part) => (part.type === 'element' ? Number(part.value.slice(1, -1)) : part.value));
}
