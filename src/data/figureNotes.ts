import { dataText } from './messages';
import { coverageBriefName, coveragePrefix } from './terms';
import type { Aggregation, Lang, Observation } from './types';

/**
 * The lines that say what a figure covers and what it is measured against: an
 * institution's book, one deal or one programme named as such; the group a rank
 * is within and the whole a share is of; and the seed's own remarks. Every view
 * that shows a figure shows these with it.
 */

/** What the figure covers, when it is not simply the place as a whole. */
export function coverageLine(o: Observation, lang: Lang): string | null {
  if (!o.covers) return null;
  const text = o.covers.text?.[lang] ?? '';
  if (o.covers.kind === 'place') return text || null;
  return `${coveragePrefix(lang, o.covers.kind)}${text}`;
}

/** What the figure covers in a few words: the narrowing of a place's figure, or the kind of thing it is about. */
export function coverageBrief(o: Observation, lang: Lang): string | null {
  if (!o.covers) return null;
  if (o.covers.kind === 'place') return o.covers.text?.[lang] ?? null;
  return coverageBriefName(lang, o.covers.kind);
}

const WITHIN: Partial<Record<Aggregation, 'withinRank' | 'withinRankChange' | 'withinShare'>> = {
  rank: 'withinRank',
  'rank-change': 'withinRankChange',
  share: 'withinShare',
};

/** The group a rank is within, or the whole a share is of. */
export function withinLine(o: Observation, lang: Lang): string | null {
  if (!o.within) return null;
  return dataText(lang, WITHIN[o.aggregation] ?? 'withinOther', { w: o.within[lang] });
}

/** Every line of context a figure carries, in reading order. */
export function figureNotes(o: Observation, lang: Lang): string[] {
  return [coverageLine(o, lang), withinLine(o, lang), o.note?.[lang] ?? null].filter((line): line is string => Boolean(line));
}
