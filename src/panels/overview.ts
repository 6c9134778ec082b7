import { headlines, type Headline } from '../data/figures';
import { descendants } from '../data/places';
import { placeSummaries, titlesHeld, type PlaceSummary } from '../data/select';
import type { Dataset } from '../data/types';

/** The overview: each city with how much the seeds say about it, two headline figures and its national titles. */

export interface CityCard {
  summary: PlaceSummary;
  pledge: Headline;
  patents: Headline;
  /** National titles held by the city or any of its districts and zones. */
  nationalTitles: number;
  children: PlaceSummary[];
}

export function overviewModel(data: Dataset): CityCard[] {
  const summaries = placeSummaries(data);
  const cities = summaries.filter((s) => s.place.level === 'city');
  const places = cities.map((c) => c.place);
  const pledge = headlines(data, 'ip-pledge-amount', places);
  const patents = headlines(data, 'valid-invention-patents', places);
  return cities.map((summary, i) => {
    const inside = new Set(descendants(data.places, summary.place.id).map((p) => p.id));
    return {
      summary,
      pledge: pledge[i] ?? { place: summary.place },
      patents: patents[i] ?? { place: summary.place },
      nationalTitles: titlesHeld(data, summary.place.id, 'national').length,
      children: summaries.filter((s) => inside.has(s.place.id)),
    };
  });
}
