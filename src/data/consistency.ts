import { inBothLanguages } from '../i18n/messages';
import { clauses, colon, phrases } from '../i18n/punctuation';
import { formulaRange } from './formula';
import { monthsBetween } from './dates';
import { dataText } from './messages';
import type { Check, Dataset, Lang, Observation, Text, Unit } from './types';

/**
 * What the seeds' own figures imply about each other. Each relation in
 * `dataset.checks` (and each stated conflict) is recomputed with the rounding
 * every figure carries: a share from its part and whole, a ratio stated as a
 * third figure, a rate of change from its two ends, the population that
 * per-capita figures imply, sums of stated parts, a part within its whole, and
 * a ranking's order. The result says whether the figures agree, agree only
 * under one reading, or contradict each other, with the arithmetic.
 */

export type Status = 'consistent' | 'reading' | 'inconsistent';

export interface Finding {
  /** The check's id, or "conflict:<group>" for a stated conflict. */
  check: string;
  kind: Check['kind'] | 'conflict';
  status: Status;
  /** The arithmetic, in each language. */
  arithmetic: Text;
  /** Every record the check reads. */
  records: string[];
  /** The records a caveat must be attached to when the check finds a discrepancy. */
  subjects: string[];
}

type Interval = [number, number];

const both = inBothLanguages;
/** Between the computed and the stated value: the clause mark of each language. */
const separator = (lang: Lang) => clauses(lang, ['', '']);

/** Units whose values are rounded at their last digit; counts of things are exact. */
const ROUNDED: ReadonlySet<Unit> = new Set(['yi-yuan', 'per-10k-people', 'per-million-gdp', 'percent', 'times', 'day', 'month']);

/** People grow by a few per cent a year at most; more than this between two per-capita figures means they use different bases. */
const MAX_POPULATION_GROWTH = 0.05;

export function checkConsistency(data: Pick<Dataset, 'observations' | 'indicators' | 'checks'>): Finding[] {
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  const units = new Map(data.indicators.map((i) => [i.id, i.unit]));
  const get = (id: string): Observation => {
    const o = byId.get(id);
    if (!o) throw new Error(`check refers to unknown observation "${id}"`);
    return o;
  };
  const range = (o: Observation): Interval => interval(o, units.get(o.indicator) ?? 'item');

  const findings = data.checks.map((check) => evaluate(check, get, range));
  const groups = new Map<string, Observation[]>();
  for (const o of data.observations) if (o.conflict) groups.set(o.conflict, [...(groups.get(o.conflict) ?? []), o]);
  for (const [group, members] of groups) findings.push(conflict(group, members, range));
  return findings;
}

/** The values a figure allows: its rounding, its qualifier, its stated range or, for a derived figure, the range of its inputs. */
export function interval(o: Observation, unit: Unit): Interval {
  if (o.upper !== undefined) return [o.value, o.upper];
  const derived = o.derived ? (o.derived.range ?? formulaRange(o.derived.formula)) : null;
  const [lo, hi]: Interval = derived ?? (ROUNDED.has(unit) ? rounding(o.value) : [o.value, o.value]);
  switch (o.qualifier) {
    case '>':
    case '>=':
      return [lo, Infinity];
    case '<=':
      return [-Infinity, hi];
    case '~':
      return [lo * 0.95, hi * 1.05];
    default:
      return [lo, hi];
  }
}

function rounding(value: number): Interval {
  const half = 0.5 * 10 ** -decimals(value);
  return [value - half, value + half];
}

function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

function evaluate(check: Check, get: (id: string) => Observation, range: (o: Observation) => Interval): Finding {
  const base = { check: check.id, kind: check.kind };
  switch (check.kind) {
    case 'sum': {
      const total = get(check.total);
      const parts = check.parts.map(get);
      const sum = parts.reduce<Interval>((s, p) => add(s, range(p)), [0, 0]);
      const fits = overlaps(sum, range(total));
      return {
        ...base,
        status: fits ? 'consistent' : 'inconsistent',
        arithmetic: both((l) => `${parts.map((p) => num(p.value)).join(' + ')} = ${num(mid(sum))}${separator(l)}${stated(total, l)}`),
        records: [total.id, ...parts.map((p) => p.id)],
        subjects: [total.id],
      };
    }
    case 'share': {
      const share = get(check.share);
      const part = get(check.part);
      if (check.whole) {
        const whole = get(check.whole);
        const computed = times(divide(range(part), range(whole)), 100);
        const fits = overlaps(computed, range(share));
        // A whole stated only as a bound ("跃上2万亿元"): say what whole the share implies instead.
        const arithmetic = Number.isFinite(range(whole)[1])
          ? both((l) => `${num(part.value)} ÷ ${num(whole.value)} = ${percent(computed)}${separator(l)}${stated(share, l, '%')}`)
          : both(
              (l) =>
                `${num(part.value)} ÷ ${num(share.value)}% = ${num(Math.round((part.value / share.value) * 100))}${separator(l)}${dataText(l, 'statedWhole', { value: qualified(whole) })}`,
            );
        return {
          ...base,
          status: fits ? 'consistent' : 'inconsistent',
          arithmetic,
          records: [share.id, part.id, whole.id],
          subjects: [share.id],
        };
      }
      return impliedWhole(base, share, part);
    }
    case 'ratio': {
      const claim = get(check.claim);
      const numerator = get(check.numerator);
      const denominator = get(check.denominator);
      const computed = times(divide(range(numerator), range(denominator)), 100);
      const fits = overlaps(computed, range(claim));
      return {
        ...base,
        status: fits ? 'consistent' : 'inconsistent',
        arithmetic: both(
          (l) => `${num(numerator.value)} ÷ ${num(denominator.value)} = ${percent(computed)}${separator(l)}${stated(claim, l, '%')}`,
        ),
        records: [claim.id, numerator.id, denominator.id],
        subjects: [claim.id],
      };
    }
    case 'change':
      return change(base, get(check.rate), get(check.from), get(check.to), range);
    case 'population':
      return population(
        base,
        check.pairs.map(([t, p]) => [get(t), get(p)] as const),
        range,
      );
    case 'within': {
      const part = get(check.part);
      const whole = get(check.whole);
      const fits = range(part)[0] <= range(whole)[1];
      return {
        ...base,
        status: fits ? 'consistent' : 'inconsistent',
        arithmetic: both(() => `${qualified(part)} ${fits ? '≤' : '>'} ${qualified(whole)}`),
        records: [part.id, whole.id],
        subjects: [part.id],
      };
    }
    case 'order': {
      const higher = get(check.higher);
      const lower = get(check.lower);
      const fits = range(higher)[1] >= range(lower)[0];
      return {
        ...base,
        status: fits ? 'consistent' : 'inconsistent',
        arithmetic: both(() => `${qualified(higher)} ${fits ? '≥' : '<'} ${qualified(lower)}`),
        records: [higher.id, lower.id],
        subjects: [higher.id],
      };
    }
  }
}

/**
 * A share stated without its whole: the whole it implies must be a whole
 * number of things. When only truncating (not rounding) the share gives one,
 * the figures agree under that reading alone.
 */
function impliedWhole(base: Pick<Finding, 'check' | 'kind'>, share: Observation, part: Observation): Finding {
  const d = decimals(share.value);
  const step = 10 ** -d;
  const wholesFor = ([lo, hi]: Interval) => {
    const out: number[] = [];
    for (let n = Math.ceil((part.value * 100) / hi); n <= Math.floor((part.value * 100) / lo); n++) out.push(n);
    return out.filter((n) => {
      const s = (part.value / n) * 100;
      return s >= lo && s < hi;
    });
  };
  const records = [share.id, part.id];
  if (share.qualifier || !Number.isInteger(part.value)) {
    const bound =
      share.qualifier === '>' || share.qualifier === '>=' ? 'wholeAtMost' : share.qualifier === '<=' ? 'wholeAtLeast' : 'wholeAbout';
    return {
      ...base,
      status: 'consistent',
      arithmetic: both(
        (l) =>
          `${num(part.value)} ÷ ${num(share.value)}% = ${num(Math.round((part.value / share.value) * 1000) / 10)}${separator(l)}${dataText(l, bound)}`,
      ),
      records,
      subjects: [share.id],
    };
  }
  const rounded = wholesFor([share.value - step / 2, share.value + step / 2]);
  if (rounded.length > 0) {
    const central = (part.value * 100) / share.value;
    const n = rounded.reduce((best, w) => (Math.abs(w - central) < Math.abs(best - central) ? w : best));
    return {
      ...base,
      status: 'consistent',
      arithmetic: both(
        (l) => `${num(part.value)} ÷ ${n} = ${fixed((part.value / n) * 100, d + 1)}%${separator(l)}${stated(share, l, '%')}`,
      ),
      records,
      subjects: [share.id],
    };
  }
  const truncated = wholesFor([share.value, share.value + step]);
  const near = Math.round((part.value * 100) / share.value);
  const tried = [near, near + 1].map((n) => `${num(part.value)} ÷ ${n} = ${fixed((part.value / n) * 100, d + 1)}%`);
  return {
    ...base,
    status: truncated.length > 0 ? 'reading' : 'inconsistent',
    arithmetic: both((l) => `${phrases(l, tried)}${separator(l)}${stated(share, l, '%')}`),
    records,
    subjects: [share.id],
  };
}

/**
 * A rate of change between two stated ends. An average annual rate is counted
 * over the span between the two dates; when it fits only once that span is
 * rounded to whole years, the figures agree under that reading alone.
 */
function change(
  base: Pick<Finding, 'check' | 'kind'>,
  rate: Observation,
  from: Observation,
  to: Observation,
  range: (o: Observation) => Interval,
): Finding {
  const ratio = divide(range(to), range(from));
  const claimed = range(rate);
  const records = [rate.id, from.id, to.id];
  if (rate.average !== 'annual') {
    const computed = times(add(ratio, [-1, -1]), 100);
    const fits = overlaps(computed, claimed);
    return {
      ...base,
      status: fits ? 'consistent' : 'inconsistent',
      arithmetic: both((l) => `${num(to.value)} ÷ ${num(from.value)} − 1 = ${percent(computed)}${separator(l)}${stated(rate, l, '%')}`),
      records,
      subjects: [rate.id],
    };
  }
  const months = monthsBetween(from.period.end, to.period.end);
  const annual = (years: number): Interval => [(ratio[0] ** (1 / years) - 1) * 100, (ratio[1] ** (1 / years) - 1) * 100];
  const exact = annual(months / 12);
  const head = (l: Lang) => `(${num(to.value)} ÷ ${num(from.value)})^(12/${months}) − 1 = ${percent(exact)}${dataText(l, 'aYear')}`;
  if (overlaps(exact, claimed)) {
    return {
      ...base,
      status: 'consistent',
      arithmetic: both((l) => `${head(l)}${separator(l)}${stated(rate, l, '%')}`),
      records,
      subjects: [rate.id],
    };
  }
  const whole = Math.round(months / 12);
  const rounded = annual(whole);
  return {
    ...base,
    status: overlaps(rounded, claimed) ? 'reading' : 'inconsistent',
    arithmetic: both(
      (l) =>
        `${head(l)}${separator(l)}${dataText(l, 'overYears', { n: whole, value: percent(rounded) })}${separator(l)}${stated(rate, l, '%')}`,
    ),
    records,
    subjects: [rate.id],
  };
}

/** Per-capita figures and their totals imply a population; at two dates the two must be within plausible growth. */
function population(
  base: Pick<Finding, 'check' | 'kind'>,
  pairs: (readonly [Observation, Observation])[],
  range: (o: Observation) => Interval,
): Finding {
  const implied = pairs
    .map(([total, per]) => ({ total, per, people: times(divide(range(total), range(per)), 1e4) }))
    .sort((a, b) => a.total.period.end.localeCompare(b.total.period.end));
  const first = implied[0];
  const last = implied.at(-1);
  // validateDataset requires two dates; with fewer there is nothing to compare.
  if (!first || !last) return { ...base, status: 'consistent', arithmetic: both(() => ''), records: [], subjects: [] };
  const years = Math.max(monthsBetween(first.total.period.end, last.total.period.end), 1) / 12;
  const growth = mid(last.people) / mid(first.people);
  const plausible = (1 + MAX_POPULATION_GROWTH) ** years;
  const fits = last.people[0] / first.people[1] <= plausible && first.people[0] / last.people[1] <= plausible;
  const lines = (l: Lang) =>
    implied.map(
      ({ total, per, people }) =>
        `${num(total.value)} ÷ ${num(per.value)} × 10000 = ${Math.round(mid(people)).toLocaleString('en-US')}${dataText(l, 'people')} (${total.period.end})`,
    );
  const months = monthsBetween(first.total.period.end, last.total.period.end);
  const records = pairs.flatMap(([t, p]) => [t.id, p.id]);
  return {
    ...base,
    status: fits ? 'consistent' : 'inconsistent',
    arithmetic: both(
      (l) =>
        `${clauses(l, lines(l))}${colon(l)}${dataText(l, 'changeIn', { change: `${growth >= 1 ? '+' : '−'}${fixed(Math.abs(growth - 1) * 100, 1)}%`, months })}`,
    ),
    records,
    subjects: records,
  };
}

/** Two statements of one figure must allow a common value; a cumulative total can be no smaller than one year of it. */
function conflict(group: string, members: Observation[], range: (o: Observation) => Interval): Finding {
  const ranges = members.map(range);
  const common: Interval = [Math.max(...ranges.map((r) => r[0])), Math.min(...ranges.map((r) => r[1]))];
  const fits = common[0] <= common[1];
  const describe = (o: Observation, l: Lang) =>
    `${qualified(o)} (${o.aggregation === 'cumulative' ? dataText(l, 'cumulativeTo', { end: o.period.end }) : o.period.label[l]})`;
  const ordered = [...members].sort((a, b) => a.value - b.value);
  return {
    check: `conflict:${group}`,
    kind: 'conflict',
    status: fits ? 'consistent' : 'inconsistent',
    arithmetic: both((l) => (fits ? ordered.map(qualified).join(' ≈ ') : ordered.map((o) => describe(o, l)).join(' < '))),
    records: members.map((m) => m.id),
    subjects: members.map((m) => m.id),
  };
}

const add = (a: Interval, b: Interval): Interval => [a[0] + b[0], a[1] + b[1]];
const times = (a: Interval, k: number): Interval => [a[0] * k, a[1] * k];
const mid = (a: Interval): number => (Number.isFinite(a[1]) ? (a[0] + a[1]) / 2 : a[0]);

function divide(a: Interval, b: Interval): Interval {
  const values = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]].map((v) => (Number.isNaN(v) ? 0 : v));
  return [Math.min(...values), Math.max(...values)];
}

function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;
}

const SYMBOL = { '>': '> ', '>=': '≥ ', '~': '~', '<=': '≤ ' } as const;

function qualified(o: Observation): string {
  if (o.upper !== undefined) return `${num(o.value)}–${num(o.upper)}`;
  return `${o.qualifier ? SYMBOL[o.qualifier] : ''}${num(o.value)}`;
}

function stated(o: Observation, lang: Lang, suffix = ''): string {
  return dataText(lang, 'stated', { value: `${qualified(o)}${suffix}` });
}

/** A computed percentage, to one decimal more than any input needs. */
function percent(a: Interval): string {
  if (!Number.isFinite(a[1])) return `≤ ${fixed(a[0], 1)}%`;
  const lo = fixed(a[0], 1);
  const hi = fixed(a[1], 1);
  return lo === hi ? `${lo}%` : `${lo}–${hi}%`;
}

function fixed(n: number, digits: number): string {
  return n.toFixed(digits);
}

/** Digits as the seeds write them. */
function num(n: number): string {
  return String(Number(n.toFixed(6)));
}
