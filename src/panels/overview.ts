import { headlines, type Headline } from '../data/figures';
import { descendants } from '../data/places';
import type { Dataset, Place } from '../data/types';

/** The overview's city cards: each city, its two headline figures, and its districts and zones. */

export interface CityCard {
  place: Place;
  pledge: Headline;
  patents: Headline;
  /** Districts and zones within the city, nested ones included, in places.json order. */
  children: Place[];
}

export function overviewModel(data: Dataset): CityCard[] {
  const cities = data.places.filter((p) => p.level === 'city');
  const pledge = headlines(data, 'ip-pledge-amount', cities);
  const patents = headlines(data, 'valid-invention-patents', cities);
  return cities.map((place, i) => ({
    place,
    pledge: pledge[i] ?? { place },
    patents: patents[i] ?? { place },
    children: descendants(data.places, place.id),
  }));
}
