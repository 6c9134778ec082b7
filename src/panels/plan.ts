import type { Dataset, Indicator, Observation } from '../data/types';
import { indicatorById } from '../data/lookup';
import { required } from '../lib/required';
import { splitConflicts } from '../data/comparability';
import { percentScale, round, type PercentScale } from './scale';

/**
 * Pidu's plan table: each main indicator's end-2020 actual and 2025 target. Units
 * differ from row to row, so every row gets its own scale from zero.
 */

export const PLAN_PLACE = 'pidu';

export interface PlanRow {
  indicator: Indicator;
  baseline: Observation;
  target: Observation;
  /** Other values the source gives for the baseline (a stated conflict). */
  twins: Observation[];
  /** Planned change in per cent, computed from the two values (null from a zero base). */
  change: number | null;
  scale: PercentScale;
}

export interface PlanModel {
  rows: PlanRow[];
  /** Targets in the plan's text that have no end-2020 value beside them. */
  others: Observation[];
}

export function planModel(data: Dataset, place = PLAN_PLACE): PlanModel {
  const own = data.observations.filter((o) => o.place === place);
  const { kept, twins } = splitConflicts(own);
  const targets = kept.filter((o) => o.aggregation === 'target');
  const rows: PlanRow[] = [];
  const others: Observation[] = [];
  for (const target of targets) {
    const baseline = kept.find(
      (o) =>
        o.indicator === target.indicator &&
        o.aggregation !== 'target' &&
        !o.derived &&
        o.period.end === '2020-12' &&
        target.period.start.startsWith('2025'),
    );
    if (!baseline) {
      others.push(target);
      continue;
    }
    const indicator = required(indicatorById(data.indicators, target.indicator), `indicator ${target.indicator}`);
    rows.push({
      indicator,
      baseline,
      target,
      twins: twins.get(baseline.id) ?? [],
      change: baseline.value === 0 ? null : round(((target.value - baseline.value) / baseline.value) * 100, 1),
      scale: percentScale(Math.max(baseline.value, target.value, ...(twins.get(baseline.id) ?? []).map((t) => t.value)), 2),
    });
  }
  return { rows, others };
}
