import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { figureLines, mapLines, staticImageSvg } from './staticImage';

describe('the static embed’s picture', () => {
  const pledge = dataset.observations.filter((o) => o.indicator === 'ip-pledge-amount').map((o) => o.id);

  it('keeps an institution’s book and a single deal apart from the places’ own figures, and compares nothing', () => {
    const lines = figureLines(dataset, pledge, 'en');
    const headings = lines.filter((l) => l.kind === 'heading').map((l) => l.text);
    expect(headings.some((h) => h.includes('not the place’s total'))).toBe(true);
    const portion = lines.slice(lines.findIndex((l) => l.kind === 'heading' && l.text.includes('not the place’s total')) + 1);
    const guangzhou = portion.find((l) => l.kind === 'figure' && l.place === 'Guangzhou');
    expect(guangzhou).toMatchObject({ value: 'CNY 5.441 bn' });
    expect(guangzhou?.kind === 'figure' && guangzhou.note).toContain('one institution’s own book');
    // The page and the accent stripe are the only rectangles: no bars.
    expect(staticImageSvg({ title: 't', subtitle: 's', lines, sources: 'x' }, 'en').match(/<rect /g)).toHaveLength(2);
  });

  it('writes one group’s figures in one unit, and says when the source states a figure two ways', () => {
    const lines = figureLines(dataset, pledge, 'zh');
    const pidu = lines.find((l) => l.kind === 'figure' && l.place === '郫都区' && l.note.includes('2020'));
    expect(pidu).toMatchObject({ value: '0.8亿元' });
    const ningbo = lines.filter((l) => l.kind === 'figure' && l.place === '宁波' && l.note.includes('两种说法'));
    expect(ningbo.map((l) => l.kind === 'figure' && l.value)).toEqual(['394.11亿元', '约400亿元']);
  });

  it('gives the map’s figure for each city its symbol shows, and names the cities with none, which are not zero', () => {
    const lines = mapLines(dataset, 'ip-pledge-amount', null, 'zh');
    const figures = lines.flatMap((l) => (l.kind === 'figure' ? [`${l.place} ${l.value}`] : []));
    expect(figures).toEqual(expect.arrayContaining(['宁波 394.11亿元', '杭州 292亿元', '成都 48.52亿元']));
    expect(lines.at(-1)).toEqual({ kind: 'item', text: '原文未给出（不是零）', note: '昆明、广州' });
  });
});
