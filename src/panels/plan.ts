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
  /**
   * The planned change, derived from the two values: for a measure that is itself
   * a percentage, in percentage points (9% → 9.28% is +0.28 points, not +3.1%);
   * otherwise in per cent of the baseline. Null from a zero base.
   */
  change: PlannedChange | null;
  scale: PercentScale;
}

export interface PlannedChange {
  kind: 'percent' | 'points';
  value: number;
  formula: string;
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
      change: plannedChange(indicator, baseline.value, target.value),
      scale: percentScale(Math.max(baseline.value, target.value, ...(twins.get(baseline.id) ?? []).map((t) => t.value)), 2),
    });
  }
  return { rows, others };
}

export function plannedChange(indicator: Pick<Indicator, 'unit'>, from: number, to: number): PlannedChange | null {
  if (indicator.unit === 'percent')
    // No more decimals than the two stated values carry.
    return { kind: 'points', value: round(to - from, Math.max(decimals(from), decimals(to))), formula: `${to} − ${from}` };
  if (from === 0) return null;
  return { kind: 'percent', value: round(((to - from) / from) * 100, 1), formula: `(${to} − ${from}) ÷ ${from} × 100` };
}

function decimals(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}
