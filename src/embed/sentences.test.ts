import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { citedSentences } from './sentences';

const cite = (doc: { file: string }) => doc.file;

describe('citedSentences', () => {
  it('lists a sentence that states three figures once, naming all three', () => {
    const ids = [
      's004-hz-ip-transfers-high-value-cum-2023',
      's004-hz-ip-transfer-value-cum-2023',
      's004-hz-high-value-ip-transfers-share-2023',
    ];
    const [doc, ...others] = citedSentences(
      dataset,
      ids.map((id) => ({ kind: 'observation', id })),
      'en',
      cite,
    );
    expect(others).toEqual([]);
    expect(doc?.sentences).toHaveLength(1);
    expect(doc?.sentences[0]?.quote).toContain('累计转移转化高价值知识产权1701项');
    expect(doc?.sentences[0]?.supports).toHaveLength(3);
    expect(doc?.sentences[0]?.supports.every((s) => s.startsWith('Hangzhou · '))).toBe(true);
  });

  it('leaves out a place with no figure, which has no sentence to quote', () => {
    const docs = citedSentences(
      dataset,
      [
        { kind: 'missing', place: 'kunming', indicator: 'ip-pledge-amount' },
        { kind: 'observation', id: 's004-hz-ip-pledge-amount-2023' },
      ],
      'zh',
      cite,
    );
    expect(docs.map((d) => d.citation)).toEqual([docs[0]?.doc.file]);
    expect(docs[0]?.sentences.map((s) => s.supports)).toEqual([['杭州 · 知识产权质押融资金额']]);
  });
});
