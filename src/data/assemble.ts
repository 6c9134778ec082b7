import type { Dataset, Designation, FactsFile, Indicator, Place, SourceDoc } from './types';

export interface DatasetParts {
  places: Place[];
  indicators: Indicator[];
  designations: Omit<Designation, 'holders'>[];
  sources: SourceDoc[];
  facts: FactsFile[];
}

/** Merges the shared registries with the per-seed facts files into one dataset. */
export function assembleDataset(parts: DatasetParts): Dataset {
  const designations: Designation[] = [...parts.designations, ...parts.facts.flatMap((f) => f.designations)].map((d) => ({
    ...d,
    holders: [],
  }));
  const byId = new Map(designations.map((d) => [d.id, d]));
  for (const { designation, ...holding } of parts.facts.flatMap((f) => f.holdings)) {
    const target = byId.get(designation);
    // An unknown designation id is reported by validateDataset, which sees the orphan here.
    if (target) target.holders.push(holding);
    else
      designations.push({
        id: designation,
        title: { zh: '', en: '' },
        level: 'national',
        type: 'title',
        kind: 'other',
        holders: [holding],
      });
  }
  return {
    places: parts.places,
    indicators: [...parts.indicators, ...parts.facts.flatMap((f) => f.indicators)],
    observations: parts.facts.flatMap((f) => f.observations),
    designations,
    events: parts.facts.flatMap((f) => f.events),
    checks: parts.facts.flatMap((f) => f.checks ?? []),
    sources: parts.sources,
  };
}
