import { evaluateFormula, formulaRange } from './formula';
import { valueAppearsInQuote } from './quoteMatch';
import {
  AGGREGATIONS,
  CATEGORIES,
  CAVEAT_KINDS,
  COVERAGES,
  DESIGNATION_KINDS,
  DESIGNATION_TYPES,
  UNITS,
  ZH_COUNTERS,
  type Caveat,
  type Dataset,
  type Source,
  type Text,
} from './types';

export type Rule =
  'quote' | 'value' | 'derived' | 'unique' | 'reference' | 'coordinates' | 'unused' | 'conflict' | 'period' | 'text' | 'enum' | 'check';

export interface Problem {
  rule: Rule;
  message: string;
}

/** China's extent, with a margin; a place outside it has swapped or mistyped coordinates. */
const CHINA = { west: 73, east: 135.1, south: 18, north: 53.6 };
/** A district or zone further than this from its city is misplaced. */
const MAX_CHILD_KM = 120;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const CJK = /[\u3400-\u9fff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const CJK_OR_FULL_WIDTH = /[\u3400-\u9fff，。：；（）、！？【】《》]/;

/**
 * Every rule the dataset must keep (ARCHITECTURE.md §4). `seeds` maps each seed's file
 * name to its text. Returns the problems found; none means the data may ship.
 */
export function validateDataset(data: Dataset, seeds: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: Rule, message: string) => problems.push({ rule, message });

  const placeIds = uniqueIds(
    'place',
    data.places.map((p) => p.id),
  );
  const indicatorIds = uniqueIds(
    'indicator',
    data.indicators.map((i) => i.id),
  );
  const observationIds = uniqueIds(
    'observation',
    data.observations.map((o) => o.id),
  );
  uniqueIds(
    'designation',
    data.designations.map((d) => d.id),
  );
  uniqueIds(
    'event',
    data.events.map((e) => e.id),
  );
  const sourceFiles = uniqueIds(
    'source',
    data.sources.map((s) => s.file),
  );
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const places = new Map(data.places.map((p) => [p.id, p]));

  function uniqueIds(kind: string, ids: string[]): Set<string> {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report('unique', `${kind} id "${id}" is used more than once`);
      if (kind !== 'source' && !ID.test(id)) report('unique', `${kind} id "${id}" is not lower-case ASCII with hyphens`);
      seen.add(id);
    }
    return seen;
  }

  function checkSource(where: string, source: Source) {
    const text = seeds[source.file];
    if (!sourceFiles.has(source.file) || text === undefined) {
      report('reference', `${where}: source file "${source.file}" is not a seed`);
      return;
    }
    if (source.quote.trim().length < 4) report('quote', `${where}: quote is too short to locate a figure`);
    else if (!text.includes(source.quote)) report('quote', `${where}: quote is not verbatim in ${source.file}: "${source.quote}"`);
  }

  function checkText(where: string, text: Text | undefined) {
    if (!text) return;
    if (!text.zh?.trim() || !text.en?.trim()) report('text', `${where}: needs both zh and en`);
    else if (!LATIN_OR_DIGIT.test(text.en)) report('text', `${where}: the en text "${text.en}" has no English in it`);
    else if (CJK_OR_FULL_WIDTH.test(text.en))
      report('text', `${where}: the en text "${text.en}" has Chinese characters or full-width punctuation`);
    else if (!CJK.test(text.zh) && !/^[\d\s–—.()A-Za-z-]+$/.test(text.zh))
      report('text', `${where}: the zh text "${text.zh}" has no Chinese in it`);
  }

  function checkPlace(where: string, id: string) {
    if (!placeIds.has(id)) report('reference', `${where}: unknown place "${id}"`);
  }

  /** A stored range must hold what the rounded inputs allow, and claim little more. */
  function checkRange(where: string, formula: string, range: [number, number] | undefined) {
    const [lo, hi] = formulaRange(formula);
    const rounded = hi - lo > Math.abs(hi) * 1e-9;
    if (!range) {
      if (rounded) report('derived', `${where}: its inputs are rounded, so it needs a range (about ${lo}–${hi})`);
      return;
    }
    // Rounded outward to the digits it is written with, and no further.
    const digits = Math.max(...range.map((v) => (String(v).split('.')[1] ?? '').length));
    const slack = Math.max((hi - lo) * 0.25, 10 ** -digits);
    if (range[0] > lo + 1e-9 || range[1] < hi - 1e-9 || range[0] < lo - slack || range[1] > hi + slack)
      report('derived', `${where}: range ${range[0]}–${range[1]} should be ${lo}–${hi}`);
  }

  const checkIds = new Set(data.checks.map((c) => c.id));
  const conflictIds = new Set(data.observations.flatMap((o) => (o.conflict ? [`conflict:${o.conflict}`] : [])));

  function checkCaveats(where: string, caveats: Caveat[] | undefined) {
    for (const [i, c] of (caveats ?? []).entries()) {
      const at = `${where} caveat ${i + 1}`;
      if (!CAVEAT_KINDS.includes(c.kind)) report('enum', `${at}: kind "${c.kind}"`);
      if (!c.text) report('text', `${at}: needs a text`);
      checkText(`${at} text`, c.text);
      checkText(`${at} arithmetic`, c.arithmetic);
      for (const r of c.readings ?? []) checkText(`${at} reading`, r);
      if (c.readings && c.readings.length < 2) report('text', `${at}: an ambiguous figure lists at least two readings`);
      if (c.check !== undefined && !checkIds.has(c.check) && !conflictIds.has(c.check))
        report('reference', `${at}: unknown check "${c.check}"`);
    }
  }

  for (const place of data.places) {
    const where = `place ${place.id}`;
    checkText(`${where} name`, place.name);
    checkText(`${where} province`, place.province);
    if (!['city', 'district', 'zone'].includes(place.level)) report('enum', `${where}: level "${place.level}"`);
    const inChina =
      Number.isFinite(place.lon) &&
      Number.isFinite(place.lat) &&
      place.lon >= CHINA.west &&
      place.lon <= CHINA.east &&
      place.lat >= CHINA.south &&
      place.lat <= CHINA.north;
    if (!inChina) report('coordinates', `${where}: (${place.lon}, ${place.lat}) is not inside China`);
    if (place.level === 'city' && place.parent) report('reference', `${where}: a city has no parent`);
    if (place.level !== 'city') {
      const parent = place.parent ? places.get(place.parent) : undefined;
      if (!parent) report('reference', `${where}: a ${place.level} needs a known parent`);
      else if (distanceKm(place, parent) > MAX_CHILD_KM)
        report('coordinates', `${where}: ${Math.round(distanceKm(place, parent))} km from its parent ${parent.id}`);
    }
  }

  for (const indicator of data.indicators) {
    const where = `indicator ${indicator.id}`;
    checkText(`${where} name`, indicator.name);
    checkText(`${where} definition`, indicator.definition);
    if (!CATEGORIES.includes(indicator.category)) report('enum', `${where}: category "${indicator.category}"`);
    if (!UNITS.includes(indicator.unit)) report('enum', `${where}: unit "${indicator.unit}"`);
    if (indicator.base && !indicatorIds.has(indicator.base)) report('reference', `${where}: unknown base "${indicator.base}"`);
    if (indicator.counter !== undefined && (indicator.unit !== 'item' || !ZH_COUNTERS.includes(indicator.counter)))
      report('enum', `${where}: counter "${indicator.counter}" needs unit item and a known counter word`);
  }

  const used = new Set<string>();
  const conflicts = new Map<string, typeof data.observations>();
  for (const o of data.observations) {
    const where = `observation ${o.id}`;
    checkPlace(where, o.place);
    const indicator = indicators.get(o.indicator);
    if (!indicator) report('reference', `${where}: unknown indicator "${o.indicator}"`);
    used.add(o.indicator);
    if (!AGGREGATIONS.includes(o.aggregation)) report('enum', `${where}: aggregation "${o.aggregation}"`);
    if (o.qualifier !== undefined && !['>', '>=', '~', '<='].includes(o.qualifier)) report('enum', `${where}: qualifier "${o.qualifier}"`);
    if (typeof o.value !== 'number' || !Number.isFinite(o.value)) report('value', `${where}: value is not a number`);
    if (o.upper !== undefined) {
      if (!Number.isFinite(o.upper) || o.upper <= o.value)
        report('value', `${where}: a range's upper end ${o.upper} must exceed its lower end ${o.value}`);
      if (o.qualifier !== undefined) report('value', `${where}: a stated range keeps both ends and takes no qualifier`);
    }
    if (o.counter !== undefined && (!ZH_COUNTERS.includes(o.counter) || indicator?.unit !== 'item'))
      report('enum', `${where}: counter "${o.counter}" needs unit item and a known counter word`);
    if (o.covers) {
      if (!COVERAGES.includes(o.covers.kind)) report('enum', `${where}: covers "${o.covers.kind}"`);
      if (o.covers.kind !== 'place' && !o.covers.text) report('text', `${where}: a figure covering a ${o.covers.kind} says which`);
      checkText(`${where} covers`, o.covers.text);
    }
    if (o.average !== undefined && (o.average !== 'annual' || !['growth', 'target'].includes(o.aggregation)))
      report('enum', `${where}: average "${o.average}" is for a growth rate or a target for one`);
    if ((o.aggregation === 'rank-change') !== (indicator?.unit === 'places'))
      report('enum', `${where}: a change of rank is counted in places, and only a change of rank is`);
    checkText(`${where} period label`, o.period?.label);
    checkText(`${where} within`, o.within);
    checkText(`${where} note`, o.note);
    checkCaveats(where, o.caveats);
    if (!o.period || !MONTH.test(o.period.start) || !MONTH.test(o.period.end) || o.period.start > o.period.end)
      report('period', `${where}: period must run from YYYY-MM to a later or equal YYYY-MM`);
    checkSource(where, o.source);
    if (o.derived) {
      for (const from of o.derived.from) if (!observationIds.has(from)) report('derived', `${where}: derived from unknown "${from}"`);
      if (o.derived.from.length === 0) report('derived', `${where}: a derived value names what it comes from`);
      try {
        const computed = evaluateFormula(o.derived.formula);
        if (Math.abs(computed - o.value) > Math.max(Math.abs(o.value) * 0.005, 1e-9))
          report('derived', `${where}: ${o.derived.formula} = ${computed}, not ${o.value}`);
        checkRange(where, o.derived.formula, o.derived.range);
      } catch (error) {
        report('derived', `${where}: ${(error as Error).message}`);
      }
    } else if (indicator && seeds[o.source.file]?.includes(o.source.quote)) {
      for (const v of [o.value, ...(o.upper === undefined ? [] : [o.upper])])
        if (!valueAppearsInQuote(v, indicator.unit, o.source.quote))
          report('value', `${where}: ${v} (${indicator.unit}) is not stated in "${o.source.quote}"`);
    }
    if (o.conflict) conflicts.set(o.conflict, [...(conflicts.get(o.conflict) ?? []), o]);
  }
  for (const [group, members] of conflicts) {
    if (members.length < 2) report('conflict', `conflict "${group}" has only one figure`);
    const keys = new Set(members.map((m) => `${m.place}/${m.indicator}`));
    if (keys.size > 1) report('conflict', `conflict "${group}" mixes ${[...keys].join(', ')}`);
  }
  for (const indicator of data.indicators) if (!used.has(indicator.id)) report('unused', `indicator ${indicator.id} has no observation`);

  for (const d of data.designations) {
    const where = `designation ${d.id}`;
    checkText(`${where} title`, d.title);
    checkText(`${where} grantor`, d.grantor);
    if (!['national', 'provincial', 'municipal', 'unstated'].includes(d.level)) report('enum', `${where}: level "${d.level}"`);
    if (!DESIGNATION_TYPES.includes(d.type)) report('enum', `${where}: type "${d.type}"`);
    if (!DESIGNATION_KINDS.includes(d.kind)) report('enum', `${where}: kind "${d.kind}"`);
    if (d.holders.length === 0) report('unused', `${where} has no holder`);
    for (const [i, h] of d.holders.entries()) {
      const at = `${where} holder ${i + 1} (${h.place})`;
      checkPlace(at, h.place);
      checkSource(at, h.source);
      checkText(`${at} batch`, h.batch);
      checkText(`${at} note`, h.note);
      checkCaveats(at, h.caveats);
      if (h.year === undefined && h.heldBy === undefined) report('period', `${at}: needs a year or heldBy`);
      if (h.month !== undefined && (h.month < 1 || h.month > 12 || h.year === undefined))
        report('period', `${at}: month needs a year and must be 1–12`);
    }
  }

  for (const e of data.events) {
    const where = `event ${e.id}`;
    checkPlace(where, e.place);
    checkSource(where, e.source);
    checkText(`${where} text`, e.text);
    if (!DATE.test(e.date)) report('period', `${where}: date "${e.date}" is not YYYY[-MM[-DD]]`);
    if (e.dateQualifier !== undefined && !['by', 'about'].includes(e.dateQualifier))
      report('enum', `${where}: dateQualifier "${e.dateQualifier}"`);
  }

  const seenChecks = new Set<string>();
  for (const c of data.checks) {
    if (seenChecks.has(c.id)) report('unique', `check id "${c.id}" is used more than once`);
    seenChecks.add(c.id);
    for (const id of checkRecords(c)) if (!observationIds.has(id)) report('check', `check ${c.id}: unknown observation "${id}"`);
    if (c.kind === 'population' && c.pairs.length < 2) report('check', `check ${c.id}: a population check needs figures at two dates`);
  }

  for (const s of data.sources) {
    checkText(`source ${s.file} title`, s.title);
    checkText(`source ${s.file} publisher`, s.publisher);
    if (!(s.file in seeds)) report('reference', `source ${s.file} has no seed file`);
    if (!DATE.test(s.date)) report('period', `source ${s.file}: date "${s.date}"`);
    for (const p of s.places) checkPlace(`source ${s.file}`, p);
  }

  return problems;
}

/** Every observation a check reads. */
export function checkRecords(c: Dataset['checks'][number]): string[] {
  switch (c.kind) {
    case 'sum':
      return [c.total, ...c.parts];
    case 'share':
      return [c.share, c.part, ...(c.whole ? [c.whole] : [])];
    case 'ratio':
      return [c.claim, c.numerator, c.denominator];
    case 'change':
      return [c.rate, c.from, c.to];
    case 'population':
      return c.pairs.flat();
    case 'within':
      return [c.part, c.whole];
    case 'order':
      return [c.higher, c.lower];
  }
}

function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
