/** The two languages of the app; Chinese is the default. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. Every user-facing string has both. */
export interface Text {
  zh: string;
  en: string;
}

/** The language tag for `lang` attributes and Intl formatters. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The locale for Intl number and date formatting: British English, as the app's English is written. */
export function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}
