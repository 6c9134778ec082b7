/**
 * A reference to one record of the dataset: a figure, a title held, an event or a
 * whole document. Panels open its source with it; exports write its row.
 */
export type SourceTarget =
  | { kind: 'observation'; id: string }
  | { kind: 'holding'; designation: string; place: string }
  | { kind: 'event'; id: string }
  | { kind: 'document'; file: string };

/** What a chart shows: a figure, a title held, an event, or a place drawn without a figure ("not stated"). */
export type RecordTarget = Exclude<SourceTarget, { kind: 'document' }> | { kind: 'missing'; place: string; indicator: string };
