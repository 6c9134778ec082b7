import type { Dataset, Lang, SourceDoc } from '../data/types';
import type { RecordTarget } from '../data/refs';
import { citedSources, exportRecords } from '../export/records';

export interface CitedSentence {
  quote: string;
  /** What the sentence states, as "place · indicator", in the reader's language. */
  supports: string[];
}

export interface CitedDocument {
  doc: SourceDoc;
  citation: string;
  sentences: CitedSentence[];
}

/**
 * The seed sentences behind what an embed shows, grouped by document in the
 * dataset's order; a sentence that states several figures is listed once.
 */
export function citedSentences(
  data: Dataset,
  targets: readonly RecordTarget[],
  lang: Lang,
  cite: (doc: SourceDoc) => string,
): CitedDocument[] {
  const records = exportRecords(data, targets, lang).filter((r) => r.quote !== '');
  return citedSources(data, records).map((doc) => {
    const byQuote = new Map<string, CitedSentence>();
    for (const r of records.filter((rec) => rec.source_file === doc.file)) {
      const entry = byQuote.get(r.quote) ?? { quote: r.quote, supports: [] };
      const label = [r.place, r.indicator].filter(Boolean).join(' · ');
      if (label && !entry.supports.includes(label)) entry.supports.push(label);
      byQuote.set(r.quote, entry);
    }
    return { doc, citation: cite(doc), sentences: [...byQuote.values()] };
  });
}
