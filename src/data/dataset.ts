import { assembleDataset, type DatasetParts } from './assemble';
import designations from './designations.json';
import indicators from './indicators.json';
import places from './places.json';
import sources from './sources.json';
import type { Dataset, FactsFile } from './types';

const facts = import.meta.glob<FactsFile>('./facts/*.json', { eager: true, import: 'default' });

/** The bundled dataset. The build refuses to ship it unless validateDataset finds no problem. */
export const dataset: Dataset = assembleDataset({
  places: places as DatasetParts['places'],
  indicators: indicators as DatasetParts['indicators'],
  designations: designations as DatasetParts['designations'],
  sources: sources as DatasetParts['sources'],
  facts: Object.entries(facts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, file]) => file),
});
