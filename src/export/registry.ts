import { getContext, setContext } from 'svelte';
import type { RecordTarget } from '../data/refs';
import { dedupe } from './targets';

/** Anything that can say which records it shows: a chart's or the map's export source. */
type Shows = () => { targets: RecordTarget[] } | null;

/**
 * The charts an embed holds, so its one "Data" link writes the records of
 * everything it shows. Each export menu adds its source while it is mounted;
 * outside an embed no registry is set and nothing is kept.
 */
export class ExportRegistry {
  #sources = new Set<Shows>();

  add(source: Shows): () => void {
    this.#sources.add(source);
    return () => this.#sources.delete(source);
  }

  targets(): RecordTarget[] {
    return dedupe([...this.#sources].flatMap((source) => source()?.targets ?? []));
  }
}

const KEY = Symbol('export-registry');

export function provideExportRegistry(registry: ExportRegistry): void {
  setContext(KEY, registry);
}

export function exportRegistry(): ExportRegistry | undefined {
  return getContext<ExportRegistry | undefined>(KEY);
}
