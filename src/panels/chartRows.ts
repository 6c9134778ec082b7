import type { RecordTarget } from '../data/refs';
import type { Dataset } from '../data/types';
import { designationMatrix } from './designations';
import { timelineItems } from './timeline';

/**
 * The rows the designations charts export. They draw titles and events, not
 * numbers, and always all of them (panels.spec checks that), so their rows come
 * from the same models that draw them.
 */

export function matrixRows(data: Dataset): RecordTarget[] {
  const matrix = designationMatrix(data);
  return [...matrix.sections, ...matrix.others].flatMap((s) =>
    s.rows.flatMap((r) =>
      Object.values(r.cells).flatMap((holdings) =>
        holdings.map((h) => ({ kind: 'holding' as const, designation: r.designation.id, place: h.place })),
      ),
    ),
  );
}

export function timelineRows(data: Dataset): RecordTarget[] {
  const { dated, undated } = timelineItems(data);
  return [
    ...dated.map((item) => item.target as RecordTarget),
    ...undated.map(({ designation, holding }) => ({ kind: 'holding' as const, designation: designation.id, place: holding.place })),
  ];
}
