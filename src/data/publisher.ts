import type { Lang, SourceDoc } from './types';

/** A source's publisher without the bracketed reporters' names: "消费质量报", "Consumer Quality News". */
export function publisherName(doc: SourceDoc, lang: Lang): string {
  return doc.publisher[lang].replace(/\s*[（(].*?[）)]/g, '').trim();
}
