import { cityOf } from '../data/places';
import { partOfYear } from '../data/dates';
import { classBadge } from './messages';
import type { Lang, Observation, Place } from '../data/types';
import { figureClass } from '../data/comparability';

/** The badge on a figure: its kind, and for part of a year which part (前三季度, Q1, 4月). */
export function badgeText(o: Observation, lang: Lang): string {
  const cls = figureClass(o);
  if (cls === 'partial-year') return partOfYear(o.period, lang) ?? classBadge(lang, cls);
  return classBadge(lang, cls);
}

/** A place's name, with its city for a district or zone ("成都 · 郫都区"), unless the name already begins with it ("广州开发区"). */
export function placeLabel(places: Place[], place: Place, lang: Lang): string {
  const city = cityOf(places, place.id);
  if (!city || city === place || place.name[lang].startsWith(city.name[lang])) return place.name[lang];
  return `${city.name[lang]} · ${place.name[lang]}`;
}
