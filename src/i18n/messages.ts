import { htmlLang, type Lang, type Text } from './lang';

/**
 * The one factory and the one formatter behind every UI string. A feature folder
 * defines its messages in both languages with `defineMessages`; the compiler then
 * checks that both languages have every key and the same {placeholders}, and the
 * returned function demands exactly those placeholders. A message that counts
 * something gives its plural forms ({one, other}), chosen by Intl.PluralRules.
 */

/** Plural forms of a message, as Intl.PluralRules names them; `other` is required. */
export type PluralForms = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;
export type Message = string | PluralForms;

/** The names inside {braces} in a message. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type MessagePlaceholders<M> = M extends string ? Placeholders<M> : M extends PluralForms ? Placeholders<M[keyof M]> | 'n' : never;

/** The values a message needs; a plural message always needs `n`. */
export type VarsOf<M> = [MessagePlaceholders<M>] extends [never] ? Record<string, never> : Record<MessagePlaceholders<M>, string | number>;

type SameShape<Z, E> = {
  [K in keyof Z]: K extends keyof E
    ? [MessagePlaceholders<Z[K]>] extends [MessagePlaceholders<E[K]>]
      ? [MessagePlaceholders<E[K]>] extends [MessagePlaceholders<Z[K]>]
        ? Message
        : `placeholders differ from zh`
      : `placeholders differ from zh`
    : never;
};

type VarsArg<M> = [MessagePlaceholders<M>] extends [never] ? [] : [VarsOf<M>];

export interface Translate<Z extends Record<string, Message>> {
  /** The message in one language. */
  <K extends keyof Z & string>(lang: Lang, key: K, ...vars: VarsArg<Z[K]>): string;
  /** The message in both languages, for a reason or a label that travels with data and is shown later. */
  text<K extends keyof Z & string>(key: K, ...vars: VarsArg<Z[K]>): Text;
}

/** Every table defined, so a test can read all UI text in both languages. */
export const CATALOGUE: { zh: Record<string, unknown>; en: Record<string, unknown> }[] = [];

export function defineMessages<const Z extends Record<string, Message>, const E extends { [K in keyof Z]: Message }>(
  zh: Z,
  en: E & SameShape<Z, E>,
): Translate<Z> {
  const tables: Record<Lang, Record<string, Message>> = { zh, en };
  CATALOGUE.push(tables);
  const format = (lang: Lang, key: string, vars: unknown) =>
    formatMessage(lang, tables[lang][key] ?? key, (vars ?? {}) as Record<string, string | number>);
  const translate = Object.assign((lang: Lang, key: string, ...rest: unknown[]) => format(lang, key, rest[0]), {
    text: (key: string, ...rest: unknown[]): Text => ({ zh: format('zh', key, rest[0]), en: format('en', key, rest[0]) }),
  });
  return translate as Translate<Z>;
}

const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

/** Fills {placeholders} and, for a plural message, picks the form for `n`. */
export function formatMessage(lang: Lang, message: Message, vars: Record<string, string | number>): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const rules = (plurals[lang] ??= new Intl.PluralRules(htmlLang(lang)));
    const form = rules.select(Number(vars.n ?? 0)) as keyof PluralForms;
    template = message[form] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A table of names for the values of an enum (kinds of figure, units, levels),
 * in both languages; the compiler checks that every value has a name.
 */
export function defineTerms<K extends string>(table: Record<K, { zh: string; en: string }>): (lang: Lang, key: K) => string {
  const entries = Object.entries<{ zh: string; en: string }>(table);
  CATALOGUE.push({
    zh: Object.fromEntries(entries.map(([k, v]) => [k, v.zh])),
    en: Object.fromEntries(entries.map(([k, v]) => [k, v.en])),
  });
  return (lang, key) => table[key][lang];
}

/** A text built the same way in each language, from the same values. */
export function inBothLanguages(build: (lang: Lang) => string): Text {
  return { zh: build('zh'), en: build('en') };
}
