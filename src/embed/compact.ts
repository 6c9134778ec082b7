/**
 * A phone embed shows what fits about one screen and a "Show all" control, the
 * way newsroom charts do, instead of four screens of article for one chart.
 */

/** Widths up to this are phones, where an embed starts compact. */
export const COMPACT_MAX_WIDTH = 480;
/** About one phone screen of chart, below the embed's own title. */
export const COMPACT_HEIGHT = 600;
/** Not worth hiding: the control itself takes about this much room. */
const LEAST_HIDDEN = 2;

export interface RowBox {
  top: number;
  bottom: number;
}

export type Compaction = { cut: null; total: number } | { cut: number; shown: number; total: number };

/**
 * Where to cut the content, between two rows: after the last row that ends within
 * `budget` px of the content's top. Rows are in document order, measured from that
 * top. Nothing is cut when everything fits, or when so little would be hidden that
 * the control would cost more room than it saves.
 */
export function compaction(rows: readonly RowBox[], contentHeight: number, budget = COMPACT_HEIGHT): Compaction {
  const total = rows.length;
  if (contentHeight <= budget || total === 0) return { cut: null, total };
  const fitting = rows.findIndex((r) => r.bottom > budget);
  const shown = Math.max(1, fitting < 0 ? total : fitting);
  if (total - shown < LEAST_HIDDEN) return { cut: null, total };
  const next = rows[shown];
  // Cut halfway into the gap before the first hidden row, so no row is sliced.
  const end = rows[shown - 1]?.bottom ?? 0;
  const cut = next ? Math.max(end, Math.min(next.top, end + (next.top - end) / 2)) : end;
  return { cut: Math.ceil(cut), shown, total };
}

/** The rows an embed can cut between: chart rows, list items and table rows, outermost only; a legend's keys are not rows. */
export const ROW_SELECTOR = '.row, [data-row], li, tbody tr';

export function outermostRows(root: Element): Element[] {
  const all = [...root.querySelectorAll(ROW_SELECTOR)].filter((el) => !el.closest('[data-legend]'));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}
