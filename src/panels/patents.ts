import type { Dataset } from '../data/types';
import type { Measure } from '../state/view';
import type { LikeForLike } from '../data/comparability';
import { buildBlock, rankBlock, type Block } from './rows';

/**
 * The measures the patents panel shows, per view. Per-capita figures exist only
 * where a seed states them (no population figures are in the seeds, so none is computed).
 */
export const PATENT_VIEWS: Record<Measure, string[]> = {
  absolute: [
    'valid-invention-patents',
    'high-value-patents',
    'invention-patent-grants',
    'patent-grants',
    'pct-applications',
    'china-patent-awards',
    'china-patent-gold-awards',
    'provincial-patent-awards',
    'zhejiang-ip-awards',
  ],
  'per-capita': ['invention-patents-per-10k', 'high-value-patents-per-10k', 'high-value-patents-per-million-gdp'],
};

export interface PatentBlock {
  block: Block;
  /** Set in the comparable-only view: what was ranked and what was left out. */
  comparison: LikeForLike | null;
}

export function patentBlocks(data: Dataset, measure: Measure, comparable: boolean): PatentBlock[] {
  return PATENT_VIEWS[measure].flatMap((id): PatentBlock[] => {
    const block = buildBlock(data, id, { series: true, growth: true });
    if (!block) return [];
    if (!comparable) return [{ block, comparison: null }];
    const ranked = rankBlock(data, block);
    return [{ block: ranked.block, comparison: ranked.comparison }];
  });
}
