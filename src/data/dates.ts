import { defineTerms } from '../i18n/messages';
import { dataText } from './messages';
import type { Event, Holding, Lang, Period } from './types';

/** Dates and parts of years as each language writes them: "4月" / "Apr", "前三季度" / "Q1–Q3", "2023年4月" / "Apr 2023". */

const MONTHS = defineTerms<`${number}`>(
  Object.fromEntries(
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((en, i) => [
      `${i + 1}`,
      { zh: `${i + 1}月`, en },
    ]),
  ),
);
const ZH_NUMERALS = ['一', '二', '三', '四'];

/** A month on its own, 1-based. */
export function monthName(lang: Lang, month: number): string {
  return MONTHS(lang, `${month}`);
}

/** A month of a year. */
export function monthYear(lang: Lang, year: number, month?: number): string {
  return month ? dataText(lang, 'monthYear', { y: year, month: monthName(lang, month) }) : dataText(lang, 'year', { y: year });
}

/** When a title was granted: "2023年4月" / "Apr 2023", or "截至2023年" / "by 2023" when the source says only that it was held by then. */
export function holdingDate(h: Holding, lang: Lang): string {
  if (h.year === undefined) return h.heldBy === undefined ? '' : dataText(lang, 'heldBy', { y: h.heldBy });
  return monthYear(lang, h.year, h.month);
}

/** The date within its year, as precise as the source: "4月20日" / "20 Apr", "4月" / "Apr", or "年内" / "in the year". */
export function dayInYear(lang: Lang, date: string): string {
  const [, m, d] = date.split('-').map(Number);
  if (m && d) return dataText(lang, 'dayMonth', { d, month: monthName(lang, m) });
  return m ? monthName(lang, m) : dataText(lang, 'inTheYear');
}

/** An event's date as the text dates it: exactly, "by" a date, or "about" one. */
export function qualifiedDate(lang: Lang, date: string, qualifier: Event['dateQualifier']): string {
  return qualifier ? dataText(lang, qualifier === 'by' ? 'dateBy' : 'dateAbout', { date }) : date;
}

/** Which part of a year a period covers (前三季度, Q1, 4月), or null when it spans years. */
export function partOfYear(period: Pick<Period, 'start' | 'end'>, lang: Lang): string | null {
  const [sy, sm] = period.start.split('-').map(Number);
  const [ey, em] = period.end.split('-').map(Number);
  if (sy !== ey || !sm || !em) return null;
  if (sm === em) return monthName(lang, sm);
  if (sm % 3 === 1 && em % 3 === 0) {
    const from = (sm + 2) / 3;
    const to = em / 3;
    const numeral = (q: number) => (lang === 'zh' ? (ZH_NUMERALS[q - 1] ?? String(q)) : String(q));
    if (from === to) return dataText(lang, 'quarter', { q: numeral(from) });
    if (sm === 1 && em === 6) return dataText(lang, 'firstHalf');
    if (sm === 1) return dataText(lang, 'firstQuarters', { to: numeral(to) });
    return dataText(lang, 'quarters', { from: numeral(from), to: numeral(to) });
  }
  return dataText(lang, 'monthSpan', { from: monthName(lang, sm), to: monthName(lang, em) });
}

/**
 * A period in as few words as a slide has room for, from its months: "2023年10月" /
 * "Oct 2023" at a date, "2023年" for a calendar year, "2023年前三季度" / "Q1–Q3 2023"
 * for part of one, "2021—2023年" across years. The source's own framing ("“十三五”末")
 * stays in the explorer, the tables and the source dialog.
 */
export function shortPeriod(period: Pick<Period, 'start' | 'end'>, lang: Lang): string {
  const [sy, sm] = period.start.split('-').map(Number);
  const [ey, em] = period.end.split('-').map(Number);
  if (!sy || !ey) return period.end;
  if (sy !== ey) return dataText(lang, 'yearSpan', { from: sy, to: ey });
  if (sm === 1 && em === 12) return monthYear(lang, ey);
  if (sm === em) return monthYear(lang, ey, em);
  const part = partOfYear(period, lang);
  return part ? dataText(lang, 'partOfYearIn', { y: ey, part }) : monthYear(lang, ey);
}

/** Months from one "YYYY-MM" to another ("2023-01" → "2023-09" is 8). */
export function monthsBetween(from: string, to: string): number {
  const index = (yearMonth: string) => Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7));
  return index(to) - index(from);
}
