import { kindName } from '../data/terms';
import { figureNotes } from '../data/figureNotes';
import { formatFigure } from '../data/format';
import type { SourceTarget } from '../data/refs';
import type { Dataset, Designation, Event, Holding, Indicator, Lang, Observation, Place, Source, SourceDoc } from '../data/types';

/**
 * Where a number comes from: the figure, its document, and the quoted sentence
 * inside its paragraph of the seed text. Pure: the seed text is passed in.
 */

export type Described =
  | {
      kind: 'observation';
      observation: Observation;
      indicator: Indicator;
      place: Place;
      source: Source;
      doc: SourceDoc;
      from: Observation[];
      twins: Observation[];
    }
  | { kind: 'holding'; designation: Designation; holding: Holding; place: Place; source: Source; doc: SourceDoc }
  | { kind: 'event'; event: Event; place: Place; source: Source; doc: SourceDoc }
  | { kind: 'document'; doc: SourceDoc };

export function describe(data: Dataset, target: SourceTarget): Described | null {
  const docOf = (file: string) => data.sources.find((s) => s.file === file);
  const placeOf = (id: string) => data.places.find((p) => p.id === id);
  if (target.kind === 'document') {
    const doc = docOf(target.file);
    return doc ? { kind: 'document', doc } : null;
  }
  if (target.kind === 'observation') {
    const observation = data.observations.find((o) => o.id === target.id);
    const indicator = observation && data.indicators.find((i) => i.id === observation.indicator);
    const place = observation && placeOf(observation.place);
    const doc = observation && docOf(observation.source.file);
    if (!observation || !indicator || !place || !doc) return null;
    const from = (observation.derived?.from ?? []).flatMap((id) => data.observations.filter((o) => o.id === id));
    const twins = observation.conflict ? data.observations.filter((o) => o.conflict === observation.conflict && o !== observation) : [];
    return { kind: 'observation', observation, indicator, place, source: observation.source, doc, from, twins };
  }
  if (target.kind === 'holding') {
    const designation = data.designations.find((d) => d.id === target.designation);
    const holding = designation?.holders.find((h) => h.place === target.place);
    const place = placeOf(target.place);
    const doc = holding && docOf(holding.source.file);
    if (!designation || !holding || !place || !doc) return null;
    return { kind: 'holding', designation, holding, place, source: holding.source, doc };
  }
  const event = data.events.find((e) => e.id === target.id);
  const place = event && placeOf(event.place);
  const doc = event && docOf(event.source.file);
  if (!event || !place || !doc) return null;
  return { kind: 'event', event, place, source: event.source, doc };
}

export interface QuoteContext {
  /** For a quote inside a table: the table's header row, so "12 / 14" says which column is 2020. */
  header: string | null;
  before: string;
  quote: string;
  after: string;
}

/**
 * The paragraph (line) that holds a quote, split around it. A quote spanning
 * lines widens the paragraph to every line it touches; a table row also brings
 * its table's header. Returns null when the quote is not in the text.
 */
export function locateQuote(text: string, quote: string): QuoteContext | null {
  const at = text.indexOf(quote);
  if (at < 0 || quote.length === 0) return null;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endAt = text.indexOf('\n', at + quote.length);
  const end = endAt < 0 ? text.length : endAt;
  const isTable = text.slice(start, at + 1).startsWith('\t');
  return {
    header: isTable ? tableHeader(text, start) : null,
    before: withoutMarkers(text.slice(start, at)),
    quote,
    after: withoutMarkers(text.slice(at + quote.length, end)),
  };
}

/**
 * A table in the seeds is a run of tab-indented lines, one cell per line, rows
 * separated by blank lines; its first row is the header.
 */
function tableHeader(text: string, rowStart: number): string | null {
  const lines = text.slice(0, rowStart).split('\n');
  const cell = (line: string | undefined) => line?.startsWith('\t') ?? false;
  let i = lines.length - 1;
  while (i >= 0 && (lines[i] === '' || cell(lines[i]))) i--;
  const header: string[] = [];
  for (const line of lines.slice(i + 1)) {
    if (cell(line)) header.push(line.trim());
    else if (header.length > 0) break;
  }
  return header.length > 0 ? header.join(' │ ') : null;
}

/** Word-processor bookmarks ("[bookmark: _GoBack]") were carried into the seeds by the conversion; they are not text. */
export function withoutMarkers(s: string): string {
  return s.replace(/\[bookmark: [^\]]*\]/g, '');
}

/**
 * An English gloss of one figure: what it measures, its value and its period.
 * It glosses the highlighted figure, not the paragraph.
 */
export function gloss(described: Described): string | null {
  if (described.kind === 'observation') {
    const { observation: o, indicator, place } = described;
    const kind = o.derived ? 'derived, not stated in the source' : kindName('en', o.aggregation);
    const about = [kind, ...figureNotes(o, 'en')].join('; ');
    return `${place.name.en}, ${indicator.name.en}: ${formatFigure(o, indicator, 'en')}, ${o.period.label.en} (${about}).`;
  }
  if (described.kind === 'holding') {
    const { designation, holding, place } = described;
    const when = holding.year !== undefined ? `in ${holding.year}` : holding.heldBy !== undefined ? `by ${holding.heldBy}` : '';
    const conferred =
      holding.year !== undefined ? `, conferred in ${holding.year}` : holding.heldBy !== undefined ? `, held by ${holding.heldBy}` : '';
    const batch = holding.batch ? ` (${holding.batch.en})` : '';
    const title = `${designation.title.en}${batch}`;
    // A case, an honour, a platform or an approval to prepare is never glossed as a title.
    const sentence = {
      title: `${place.name.en} holds the title ${title}${conferred}.`,
      case: `A case from ${place.name.en} was selected as a ${title} ${when}.`,
      honour: `${place.name.en} received the honour ${title} ${when}.`,
      platform: `${place.name.en} was approved to build a platform, the ${title}, ${when}.`,
      preparation: `${place.name.en} was approved ${when} to prepare a ${title}; it is not yet established.`,
    }[designation.type];
    return sentence.replace(/\s+([.,;])/g, '$1');
  }
  if (described.kind === 'event') return `${described.event.date}, ${described.place.name.en}: ${described.event.text.en}`;
  return null;
}

/** The figure as one line in the reader's language, e.g. "宁波 · 知识产权质押融资金额 · 394.11亿元". */
export function figureLine(described: Extract<Described, { kind: 'observation' }>, lang: Lang): string {
  const { observation: o, indicator, place } = described;
  return `${place.name[lang]} · ${indicator.name[lang]} · ${formatFigure(o, indicator, lang)}`;
}
