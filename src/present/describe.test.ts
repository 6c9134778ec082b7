import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { parseView } from '../state/codec';
import { catalogOf } from '../state/view';
import { describeView } from './describe';

const view = (query: string) => parseView(query, catalogOf(dataset)).view;

describe('describeView', () => {
  it('names the panel, the places and the filters in the language asked for', () => {
    expect(describeView(view('v=1&panel=financing&places=hangzhou~ningbo&cmp=1'), dataset, 'en')).toBe(
      'IP financing · Hangzhou, Ningbo · comparable only',
    );
    expect(describeView(view('v=1&panel=financing&places=hangzhou~ningbo&cmp=1'), dataset, 'zh')).toBe(
      '知识产权金融 · 杭州、宁波 · 仅可比数据',
    );
  });

  it('names the map’s indicator, and a panel’s only when it is not the default', () => {
    expect(describeView(view('v=1'), dataset, 'en')).toBe('Map · IP pledge financing');
    expect(describeView(view('v=1&panel=patents&ind=valid-invention-patents&period=2023'), dataset, 'en')).toBe(
      'Patents · Valid invention patents · 2023',
    );
    expect(describeView(view('v=1&panel=sources'), dataset, 'zh')).toBe('资料来源');
  });
});
