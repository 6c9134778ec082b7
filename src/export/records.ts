import { bracketed, clauses, labelled } from '../i18n/punctuation';
import { caveatName, unitName } from '../data/terms';
import { exportText } from './messages';
import type { Caveat, Dataset, Lang, SourceDoc } from '../data/types';
import { holdingDate } from '../data/dates';
import type { RecordTarget } from '../data/refs';
import { dedupe } from './targets';
import { publisherName } from '../data/publisher';

/**
 * The rows of a CSV export: one per figure, title or event a chart shows, each
 * with its period, its kind, and the sentence of its seed that states it.
 */

export const CSV_COLUMNS = [
  'place_id',
  'place',
  'indicator_id',
  'indicator',
  'value',
  'value_upper',
  'unit',
  'period',
  'period_start',
  'period_end',
  'aggregation',
  'qualifier',
  'covers',
  'covers_note',
  'within',
  'note',
  'derived',
  'derived_range',
  'conflict',
  'caveats',
  'source_file',
  'source_title',
  'quote',
] as const;

export type ExportRecord = Record<(typeof CSV_COLUMNS)[number], string>;

/** Each caveat as "kind: text (arithmetic)", so a spreadsheet keeps the warning beside the number. */
function caveatText(caveats: Caveat[] | undefined, lang: Lang): string {
  return (caveats ?? [])
    .map((c) => labelled(lang, caveatName(lang, c.kind), c.arithmetic ? bracketed(lang, c.text[lang], c.arithmetic[lang]) : c.text[lang]))
    .join(' | ');
}

const EMPTY: ExportRecord = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as ExportRecord;

/** Names in the reader's language; quotes stay in the Chinese of the seeds. Unknown targets are dropped. */
export function exportRecords(data: Dataset, targets: readonly RecordTarget[], lang: Lang): ExportRecord[] {
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.name[lang] ?? id;
  const docOf = (file: string) => data.sources.find((s) => s.file === file);
  const cite = (source: { file: string; quote: string }) => ({
    source_file: source.file,
    source_title: docOf(source.file)?.title[lang] ?? '',
    quote: source.quote,
  });

  return dedupe([...targets]).flatMap((t): ExportRecord[] => {
    if (t.kind === 'observation') {
      const o = data.observations.find((x) => x.id === t.id);
      const indicator = o && data.indicators.find((i) => i.id === o.indicator);
      if (!o || !indicator) return [];
      return [
        {
          place_id: o.place,
          place: placeName(o.place),
          indicator_id: indicator.id,
          indicator: indicator.name[lang],
          value: String(o.value),
          value_upper: o.upper === undefined ? '' : String(o.upper),
          unit: unitName({ unit: indicator.unit, counter: o.counter ?? indicator.counter }, lang),
          period: o.period.label[lang],
          period_start: o.period.start,
          period_end: o.period.end,
          aggregation: o.aggregation,
          qualifier: o.qualifier ?? '',
          covers: o.covers?.kind ?? 'place',
          covers_note: o.covers?.text?.[lang] ?? '',
          within: o.within?.[lang] ?? '',
          note: o.note?.[lang] ?? '',
          derived: o.derived?.formula ?? '',
          derived_range: o.derived?.range ? o.derived.range.join('–') : '',
          conflict: o.conflict ?? '',
          caveats: caveatText(o.caveats, lang),
          ...cite(o.source),
        },
      ];
    }
    if (t.kind === 'holding') {
      const designation = data.designations.find((d) => d.id === t.designation);
      const h = designation?.holders.find((x) => x.place === t.place);
      if (!designation || !h) return [];
      const date = h.year === undefined ? '' : h.month ? `${h.year}-${String(h.month).padStart(2, '0')}` : String(h.year);
      return [
        {
          ...EMPTY,
          place_id: h.place,
          place: placeName(h.place),
          indicator_id: designation.id,
          indicator: designation.title[lang],
          period: holdingDate(h, lang),
          period_start: date,
          period_end: date,
          aggregation: `designation:${designation.type}:${designation.level}`,
          note: clauses(
            lang,
            [h.batch?.[lang], h.note?.[lang]].filter((x): x is string => Boolean(x)),
          ),
          caveats: caveatText(h.caveats, lang),
          ...cite(h.source),
        },
      ];
    }
    if (t.kind === 'event') {
      const e = data.events.find((x) => x.id === t.id);
      if (!e) return [];
      return [
        {
          ...EMPTY,
          place_id: e.place,
          place: placeName(e.place),
          indicator_id: 'event',
          indicator: e.text[lang],
          period: e.date,
          period_start: e.date,
          period_end: e.date,
          aggregation: 'event',
          note: e.dateQualifier ? exportText(lang, e.dateQualifier === 'by' ? 'dateBy' : 'dateAbout') : '',
          ...cite(e.source),
        },
      ];
    }
    const indicator = data.indicators.find((i) => i.id === t.indicator);
    if (!indicator) return [];
    return [
      {
        ...EMPTY,
        place_id: t.place,
        place: placeName(t.place),
        indicator_id: indicator.id,
        indicator: indicator.name[lang],
        unit: unitName(indicator, lang),
        note: exportText(lang, 'noFigure'),
      },
    ];
  });
}

/** The seed documents the rows cite, in the dataset's order. */
export function citedSources(data: Dataset, records: readonly ExportRecord[]): SourceDoc[] {
  const files = new Set(records.map((r) => r.source_file));
  return data.sources.filter((s) => files.has(s.file));
}

/** "消费质量报《…》（2023-11）" / "Consumer Quality News: … (2023-11)", without the reporters' names. */
export function citation(doc: SourceDoc, lang: Lang): string {
  return exportText(lang, 'citation', { publisher: publisherName(doc, lang), title: doc.title[lang], date: doc.date });
}
