import { htmlLang, type Lang } from './lang';

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

export type Translate<Z extends Record<string, Message>> = <K extends keyof Z & string>(
  lang: Lang,
  key: K,
  ...vars: [MessagePlaceholders<Z[K]>] extends [never] ? [] : [VarsOf<Z[K]>]
) => string;

export function defineMessages<const Z extends Record<string, Message>, const E extends { [K in keyof Z]: Message }>(
  zh: Z,
  en: E & SameShape<Z, E>,
): Translate<Z> {
  const tables: Record<Lang, Record<string, Message>> = { zh, en };
  return (lang, key, ...rest) => formatMessage(lang, tables[lang][key] ?? key, (rest[0] ?? {}) as Record<string, string | number>);
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
  return (lang, key) => table[key][lang];
}
