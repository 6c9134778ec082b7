import type { Dataset, Indicator, Observation } from '../data/types';
import { indicatorById } from '../data/lookup';
import { placeById } from '../data/places';
import { required } from '../lib/required';
import type { LikeForLike } from '../data/comparability';
import { buildBlock, placeOrder, rankBlock, type Block } from './rows';

/** The financing panel: pledge financing by place, growth, stated rankings and the other instruments. */

export const PLEDGE = 'ip-pledge-amount';

export type FinancingTheme = 'pledge' | 'securitisation' | 'insurance' | 'other';

/** Which theme each instrument belongs to; financing indicators not named here fall under 'other'. */
const THEME_OF: Record<string, FinancingTheme> = {
  'ip-pledge-projects': 'pledge',
  'ip-pledge-enterprises': 'pledge',
  'ip-securitization-amount': 'securitisation',
  'ip-securitization-products': 'securitisation',
  'ip-securitization-enterprises': 'securitisation',
  'ip-insurance-coverage': 'insurance',
  'ip-insurance-insured-firm-times': 'insurance',
};
const THEMES: FinancingTheme[] = ['pledge', 'securitisation', 'insurance', 'other'];
const INSTRUMENT_ORDER = Object.keys(THEME_OF);

export interface FinancingModel {
  /** Every pledge-financing figure, grouped by kind; or, with `comparable`, only the like-for-like ones, ranked. */
  pledge: Block;
  comparison: LikeForLike | null;
  /** Growth rates (stated or targeted), never drawn on the money axis. */
  growth: Observation[];
  /** Rankings the sources claim. */
  ranks: Observation[];
  instruments: { theme: FinancingTheme; items: Observation[] }[];
}

export function financingModel(data: Dataset, comparable: boolean): FinancingModel {
  const all = required(buildBlock(data, PLEDGE, { series: false, growth: false }), 'the pledge-financing figures');
  const ranked = comparable ? rankBlock(data, all) : null;
  const order = placeOrder(data.places);
  const financing = data.observations
    .filter((o) => indicatorById(data.indicators, o.indicator)?.category === 'financing' && o.indicator !== PLEDGE)
    .sort((a, b) => order(place(data, a)) - order(place(data, b)) || b.period.end.localeCompare(a.period.end));
  const kindOf = (o: Observation) => kind(required(indicatorById(data.indicators, o.indicator), `indicator ${o.indicator}`));
  const others = financing.filter((o) => kindOf(o) === 'instrument');
  return {
    pledge: ranked ? ranked.block : all,
    comparison: ranked ? ranked.comparison : null,
    growth: financing.filter((o) => kindOf(o) === 'growth'),
    ranks: financing.filter((o) => kindOf(o) === 'rank'),
    instruments: THEMES.map((theme) => ({
      theme,
      items: others
        .filter((o) => (THEME_OF[o.indicator] ?? 'other') === theme)
        .sort(
          (a, b) =>
            instrumentRank(a) - instrumentRank(b) ||
            a.indicator.localeCompare(b.indicator) ||
            order(place(data, a)) - order(place(data, b)),
        ),
    })).filter((t) => t.items.length > 0),
  };
}

function instrumentRank(o: Observation): number {
  const i = INSTRUMENT_ORDER.indexOf(o.indicator);
  return i < 0 ? INSTRUMENT_ORDER.length : i;
}

function kind(indicator: Indicator): 'growth' | 'rank' | 'instrument' {
  if (indicator.unit === 'rank') return 'rank';
  if (indicator.unit === 'percent' && indicator.base) return 'growth';
  return 'instrument';
}

function place(data: Dataset, o: Observation) {
  return required(placeById(data.places, o.place), `place ${o.place}`);
}
