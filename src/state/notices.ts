import type { Lang } from '../i18n/lang';
import { clauses, colon } from '../i18n/punctuation';
import type { Notice } from './codec';
import { stateText } from './messages';

/** What the URL notices say, as a heading for a list (explore mode's banner). */
export function noticeHeading(lang: Lang): string {
  return `${stateText(lang, 'linkNotice')}${colon(lang)}`;
}

/** The same notices as one line, for the places a banner does not fit: a slide's bar, an embed's footer. */
export function noticeLine(notices: readonly Notice[], lang: Lang): string {
  return `${noticeHeading(lang)}${clauses(
    lang,
    notices.map((n) => n.reason[lang]),
  )}`;
}
