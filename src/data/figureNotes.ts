import type { Aggregation, CaveatKind, CoverageKind, Lang, Observation, Text } from './types';

/**
 * The lines that say what a figure covers and what it is measured against: an
 * institution's book, one deal or one programme named as such; the group a rank
 * is within and the whole a share is of; and the seed's own remarks. Every view
 * that shows a figure shows these with it.
 */

const COVERAGE_PREFIX: Record<Exclude<CoverageKind, 'place'>, Text> = {
  institution: { zh: '一家机构的数字：', en: 'One institution’s figure: ' },
  deal: { zh: '一笔交易：', en: 'One deal: ' },
  programme: { zh: '一个项目：', en: 'One programme: ' },
  event: { zh: '一次活动：', en: 'One event: ' },
  'wider-area': { zh: '范围大于本地：', en: 'A wider area than the place: ' },
};

/** What the figure covers, when it is not simply the place as a whole. */
export function coverageLine(o: Observation, lang: Lang): string | null {
  if (!o.covers) return null;
  const text = o.covers.text?.[lang] ?? '';
  if (o.covers.kind === 'place') return text || null;
  return `${COVERAGE_PREFIX[o.covers.kind][lang]}${text}`;
}

const WITHIN: Partial<Record<Aggregation, (w: string) => Text>> = {
  rank: (w) => ({ zh: `在${w}中的排名`, en: `Rank among ${w}` }),
  'rank-change': (w) => ({ zh: `在${w}中名次的变化`, en: `Change of rank among ${w}` }),
  share: (w) => ({ zh: `占${w}的比重`, en: `Share of ${w}` }),
};

/** The group a rank is within, or the whole a share is of. */
export function withinLine(o: Observation, lang: Lang): string | null {
  if (!o.within) return null;
  const phrase = WITHIN[o.aggregation] ?? ((w: string) => ({ zh: `相对于${w}`, en: `Relative to ${w}` }));
  return phrase(o.within[lang])[lang];
}

/** Every line of context a figure carries, in reading order. */
export function figureNotes(o: Observation, lang: Lang): string[] {
  return [coverageLine(o, lang), withinLine(o, lang), o.note?.[lang] ?? null].filter((line): line is string => Boolean(line));
}

export const CAVEAT_NAMES: Record<CaveatKind, Text> = {
  inconsistent: { zh: '与原文其他数字矛盾', en: 'Contradicts other figures in the source' },
  ambiguous: { zh: '原文可有多种理解', en: 'The source allows more than one reading' },
  approximate: { zh: '只在近似意义上成立', en: 'Holds only approximately' },
};

/** The short mark a caveat shows beside its figure. */
export const CAVEAT_MARKS: Record<CaveatKind, Text> = {
  inconsistent: { zh: '矛盾', en: 'inconsistent' },
  ambiguous: { zh: '存疑', en: 'unclear' },
  approximate: { zh: '近似', en: 'approx.' },
};
