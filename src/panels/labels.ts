import type { Lang, Observation, Place } from '../data/types';
import { figureClass } from './compare';
import { CLASS_BADGES } from './strings';

const ZH_QUARTERS = ['一', '二', '三', '四'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The badge on a figure: its kind, and for part of a year which part (前三季度, Q1, 4月). */
export function badgeText(o: Observation, lang: Lang): string {
  const cls = figureClass(o);
  if (cls === 'partial-year') return partOfYear(o, lang) ?? CLASS_BADGES[cls][lang];
  return CLASS_BADGES[cls][lang];
}

/** Which part of a year a period covers, or null when it spans years. */
export function partOfYear(o: Observation, lang: Lang): string | null {
  const { start, end } = o.period;
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  if (sy !== ey || !sm || !em) return null;
  if (sm === em) return lang === 'zh' ? `${sm}月` : EN_MONTHS[sm - 1]!;
  if (sm % 3 === 1 && em % 3 === 0) {
    const q1 = (sm + 2) / 3;
    const q2 = em / 3;
    if (lang === 'en') return q1 === q2 ? `Q${q1}` : sm === 1 && em === 6 ? 'H1' : `Q${q1}–Q${q2}`;
    if (q1 === q2) return `${ZH_QUARTERS[q1 - 1]}季度`;
    if (sm === 1 && em === 6) return '上半年';
    return sm === 1 ? `前${ZH_QUARTERS[q2 - 1]}季度` : `${ZH_QUARTERS[q1 - 1]}至${ZH_QUARTERS[q2 - 1]}季度`;
  }
  return lang === 'zh' ? `${sm}–${em}月` : `${EN_MONTHS[sm - 1]}–${EN_MONTHS[em - 1]}`;
}

/** A place's name, with its city for a district or zone ("成都 · 郫都区"). */
export function placeLabel(places: Place[], place: Place, lang: Lang): string {
  const city = cityName(places, place, lang);
  return city ? `${city} · ${place.name[lang]}` : place.name[lang];
}

function cityName(places: Place[], place: Place, lang: Lang): string | null {
  let p: Place | undefined = place;
  while (p?.parent) p = places.find((x) => x.id === p!.parent);
  return p && p !== place ? p.name[lang] : null;
}
