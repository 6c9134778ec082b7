import type { RecordTarget } from '../data/refs';

/**
 * Which records a chart or the map exports: small, and loaded with every chart,
 * so it stays apart from the CSV rows and citations, which load on first export.
 */

export function targetKey(t: RecordTarget): string {
  switch (t.kind) {
    case 'observation':
    case 'event':
      return `${t.kind}:${t.id}`;
    case 'holding':
      return `holding:${t.designation}@${t.place}`;
    case 'missing':
      return `missing:${t.indicator}@${t.place}`;
  }
}

/** The figures a chart shows, from the observation ids its numbers carry, in order, each once. */
export function observationTargets(ids: Iterable<string>): RecordTarget[] {
  return [...new Set(ids)].map((id) => ({ kind: 'observation', id }));
}

/** A panel chart's rows: its numbers' observations, or, for a chart of titles and events, the rows its panel lists. */
export function chartTargets(observationIds: readonly string[], modelRows: () => readonly RecordTarget[] = () => []): RecordTarget[] {
  return observationIds.length > 0 ? observationTargets(observationIds) : [...modelRows()];
}

/** The map's rows: each mark drawn, with its figure, or marked as having none. */
export function mapTargets(marks: readonly { place: { id: string }; observation?: { id: string } }[], indicator: string): RecordTarget[] {
  return dedupe(
    marks.map((m) => (m.observation ? { kind: 'observation', id: m.observation.id } : { kind: 'missing', place: m.place.id, indicator })),
  );
}

export function dedupe(targets: RecordTarget[]): RecordTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = targetKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
