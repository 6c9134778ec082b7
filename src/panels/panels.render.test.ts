import { parse, type HTMLElement } from 'node-html-parser';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Lang } from '../data/types';
import { NO_HIGHLIGHT, type PanelActions } from './actions';
import DesignationsPanel from './DesignationsPanel.svelte';
import { financingModel } from './financing';
import FinancingPanel from './FinancingPanel.svelte';
import { patentBlocks } from './patents';
import PatentsPanel from './PatentsPanel.svelte';
import PlaceIndex from './PlaceIndex.svelte';
import PlaceProfile from './PlaceProfile.svelte';
import { planModel } from './plan';
import PlanPanel from './PlanPanel.svelte';
import { profileModel } from './profile';
import SourcesList from './SourcesList.svelte';

/**
 * Each panel rendered on the server and read as a person would: which marks are
 * drawn, in what order, with which values, labels and badges. Copy edits do not
 * break these; a wrong figure, a lost mark or a figure in the wrong group does.
 */

const actions: PanelActions = { source: () => {}, hover: () => {}, select: () => {} };
const common = { data: dataset, highlight: NO_HIGHLIGHT, actions };
const html = (body: string): HTMLElement => parse(body);
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const marks = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(`${selector} [data-mark]`).map((e) => e.getAttribute('data-mark'));
const byId = new Map(dataset.observations.map((o) => [o.id, o]));

function financing(lang: Lang, comparable: boolean) {
  return html(
    render(FinancingPanel, { props: { ...common, lang, model: financingModel(dataset, comparable), comparable, oncomparable: () => {} } })
      .body,
  );
}

describe('the financing panel', () => {
  it('draws every pledge figure once, each group of one kind, the exchange centre’s book and a single loan apart', () => {
    const root = financing('zh', false);
    const drawn = marks(root, '[data-chart="pledge"] [data-chart-body]').filter((id): id is string => id !== undefined);
    const pledge = dataset.observations.filter((o) => o.indicator === 'ip-pledge-amount').map((o) => o.id);
    expect([...drawn].sort()).toEqual([...pledge].sort());
    const groups = root.querySelectorAll('[data-chart="pledge"] [data-chart-body] .group').map((g) => ({
      badge: text(g.querySelector('.group-head .badge')),
      marks: g.querySelectorAll('svg [data-mark]').map((m) => m.getAttribute('data-mark') ?? ''),
    }));
    expect(groups.map((g) => g.badge)).toEqual(['全年', '年内部分', '累计', '部分口径', '预计', '目标', '推算']);
    const portion = groups.find((g) => g.badge === '部分口径')!;
    expect(portion.marks.map((id) => byId.get(id)?.covers?.kind).sort()).toEqual(['deal', 'institution', 'institution']);
    const fullYear = groups[0]!.marks.filter((id) => !byId.get(id)?.conflict || byId.get(id)?.qualifier === undefined);
    expect(fullYear.map((id) => byId.get(id)?.place)).toEqual(['hangzhou', 'ningbo', 'pidu']);
  });

  it('labels each figure with its value, its period and its coverage in the reader’s language', () => {
    const root = financing('en', false);
    const row = root
      .querySelectorAll('[data-chart="pledge"] [data-chart-body] [data-place="chengdu"]')
      .find((r) => text(r).includes('4.852 bn'));
    expect(text(row ?? null)).toMatch(/Chengdu.*CNY 4\.852 bn.*Q1–Q3 2023.*trademark and patent pledges only/);
    const forecast = root.querySelector('[data-chart="pledge"] [data-chart-body] [data-obs="s000-chengdu-ip-pledge-amount-2023-expected"]');
    expect(text(forecast)).toMatch(/^at least CNY 5 bn/);
    const derived = root.querySelector('[data-chart="pledge"] [data-chart-body] [data-obs="s004-nb-ip-pledge-amount-2022"]');
    expect(text(derived)).toMatch(/^about CNY 16\.5 bn/);
  });

  it('ranks only Ningbo and Hangzhou in the comparable view, and says why each other figure is left out', () => {
    const root = financing('en', true);
    const ranks = root.querySelectorAll('[data-chart="pledge"] [data-chart-body] .rank').map((r) => r.getAttribute('aria-label'));
    expect(ranks).toEqual(['Rank 1', 'Rank 2']);
    expect(marks(root, '[data-chart="pledge"] [data-chart-body] svg')).toEqual([
      's004-nb-ip-pledge-amount-2023',
      's004-nb-ip-pledge-amount-2023-approx',
      's004-hz-ip-pledge-amount-2023',
    ]);
    const reasons = root.querySelectorAll('.reasons').map(text);
    expect(reasons.some((r) => r.includes('covers something different'))).toBe(true);
    expect(reasons.some((r) => r.includes('a forecast, not an outcome'))).toBe(true);
  });
});

describe('the patents panel', () => {
  it.each(['absolute', 'per-capita'] as const)('draws a chart per measure with a mark per stated or derived figure (%s)', (measure) => {
    const blocks = patentBlocks(dataset, measure, false);
    const root = html(
      render(PatentsPanel, {
        props: { ...common, lang: 'en', blocks, measure, comparable: false, onmeasure: () => {}, oncomparable: () => {} },
      }).body,
    );
    for (const { block } of blocks) {
      const frame = root.querySelector(`[data-chart="patents-${block.indicator.id}"] [data-chart-body]`);
      expect(text(root.querySelector(`[data-chart="patents-${block.indicator.id}"] h3`))).toContain(block.indicator.name.en);
      const expected = block.groups.flatMap((g) =>
        g.rows.flatMap((r) => r.marks.flatMap((m) => [m.observation.id, ...m.twins.map((t) => t.id)])),
      );
      expect(
        frame
          ?.querySelectorAll('svg [data-mark]')
          .map((m) => m.getAttribute('data-mark'))
          .sort(),
      ).toEqual(expected.sort());
    }
  });

  it('shows Chengdu’s end-2020 and October 2023 stocks as one before-and-after row, with the caveat on both ends', () => {
    const blocks = patentBlocks(dataset, 'absolute', false);
    const root = html(
      render(PatentsPanel, {
        props: { ...common, lang: 'zh', blocks, measure: 'absolute', comparable: false, onmeasure: () => {}, oncomparable: () => {} },
      }).body,
    );
    const row = root.querySelectorAll('[data-chart="patents-valid-invention-patents"] [data-chart-body] [data-place="chengdu"]')[0]!;
    expect(row.querySelectorAll('svg [data-mark]').map((m) => m.getAttribute('data-mark'))).toEqual([
      's000-chengdu-valid-invention-patents-2020-12',
      's000-chengdu-valid-invention-patents-2023-10',
    ]);
    expect(row.querySelectorAll('.caveat-mark.inconsistent')).toHaveLength(2);
  });
});

describe('the designations panel', () => {
  const titles = dataset.designations.filter((d) => d.type === 'title').reduce((n, d) => n + d.holders.length, 0);
  const all = dataset.designations.reduce((n, d) => n + d.holders.length, 0);

  it('puts every title in the matrix under its city, and every other recognition apart, on a wide screen', () => {
    const root = html(render(DesignationsPanel, { props: { ...common, lang: 'en', initialWidth: 640 } }).body);
    expect(root.querySelectorAll('table.matrix thead th.city button').map(text)).toEqual([
      'Chengdu',
      'Kunming',
      'Guangzhou',
      'Hangzhou',
      'Ningbo',
    ]);
    expect(root.querySelectorAll('table.matrix [data-mark="holding"]')).toHaveLength(titles);
    expect(root.querySelectorAll('.others [data-mark="holding"]')).toHaveLength(all - titles);
    expect(text(root.querySelector('.others'))).toContain('Typical case (not a title)');
  });

  it('lists the same holdings without a table on a phone', () => {
    const root = html(render(DesignationsPanel, { props: { ...common, lang: 'zh', initialWidth: 360 } }).body);
    expect(root.querySelectorAll('table.matrix')).toHaveLength(0);
    expect(root.querySelectorAll('[data-chart="matrix"] [data-chart-body] [data-mark="holding"]')).toHaveLength(all);
  });
});

describe('the plan panel', () => {
  it('draws each of Pidu’s 13 indicators from its 2020 value to its 2025 target', () => {
    const model = planModel(dataset);
    const root = html(render(PlanPanel, { props: { ...common, lang: 'zh', model } }).body);
    const rows = root.querySelectorAll('[data-row]');
    expect(rows.map((r) => r.getAttribute('data-row'))).toEqual(model.rows.map((r) => r.indicator.id));
    expect(rows).toHaveLength(13);
    for (const [i, row] of rows.entries()) {
      expect(row.querySelectorAll('[data-mark]').map((m) => m.getAttribute('data-mark'))).toEqual(
        expect.arrayContaining([model.rows[i]!.baseline.id, model.rows[i]!.target.id]),
      );
    }
  });
});

describe('a place’s profile', () => {
  it('gives Ningbo’s figures by category, its titles and, apart, what is not a title', () => {
    const root = html(
      render(PlaceProfile, {
        props: { data: dataset, actions, lang: 'en', model: profileModel(dataset, 'ningbo')!, onclose: () => {}, onfocusplace: () => {} },
      }).body,
    );
    const own = dataset.observations.filter((o) => o.place === 'ningbo').map((o) => o.id);
    expect(new Set(root.querySelectorAll('[data-obs]').map((e) => e.getAttribute('data-obs')))).toEqual(new Set(own));
    const headings = root.querySelectorAll('h3').map(text);
    expect(headings).toEqual(expect.arrayContaining(['Titles', 'Other recognitions (not titles)', 'Events']));
    expect(text(root.querySelector('.counts'))).toBe(
      `${own.length} figures · 3 titles · 3 events 5 titles counting its districts and zones`,
    );
  });
});

describe('the overview and the sources', () => {
  it('shows each city’s own pledge figure, or says it is not stated, never a stand-in', () => {
    const root = html(render(PlaceIndex, { props: { ...common, lang: 'en' } }).body);
    const card = (id: string) => root.querySelector(`li.city[data-place="${id}"]`);
    expect(text(card('ningbo'))).toContain('CNY 39.411 bn');
    expect(text(card('guangzhou'))).toContain('Not stated');
    expect(text(card('guangzhou'))).not.toContain('5.441');
  });

  it('lists the five documents', () => {
    const root = html(render(SourcesList, { props: { data: dataset, actions, lang: 'zh' } }).body);
    expect(root.querySelectorAll('[data-mark="source"]').map((e) => e.getAttribute('data-source'))).toEqual(
      dataset.sources.map((s) => s.file),
    );
  });
});

/**
 * One small structural snapshot where geometry matters: a bar row with its twin
 * ("近400亿元") line. As in Observable Plot's snapshots, noise goes first: hydration
 * comments and style hashes, ids renumbered in order of appearance, floats rounded.
 */
function normalise(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/<!--[^>]*-->/g, '')
    .replace(/ ?\bsvelte-[a-z0-9]{4,}\b/g, '')
    .replace(/ class=""/g, '')
    .replace(/\b(id|for|aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return `${attr}="${ids.get(id)}"`;
    })
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s*</g, '>\n<')
    .trim();
}

describe('the financing bar row, structurally', () => {
  it('draws Ningbo’s 2023 bar with the twin figure as a line at its own value', async () => {
    const root = financing('en', false);
    const row = root
      .querySelectorAll('[data-chart="pledge"] [data-chart-body] [data-place="ningbo"]')
      .find((r) => r.querySelector('[data-mark="s004-nb-ip-pledge-amount-2023"]'))!;
    await expect(normalise(row.querySelector('svg')!.toString())).toMatchFileSnapshot('./__snapshots__/financing-row-ningbo.svg');
  });

  it('normalise drops hydration comments and style hashes, renumbers ids and rounds floats', () => {
    expect(normalise('<rect id="a-b" class="bar svelte-1x2y3z" width="73.0012345%"/><!--[--><b aria-labelledby="a-b">x</b>')).toBe(
      '<rect id="id1" class="bar" width="73%"/>\n<b aria-labelledby="id1">x</b>',
    );
  });
});

describe('English that reads as English', () => {
  const CJK_OR_FULL_WIDTH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  /** The text a reader sees, leaving out what is marked as Chinese on purpose: quotes and titles of the seeds. */
  const englishText = (root: HTMLElement) => {
    for (const zh of root.querySelectorAll('[lang^="zh"]')) zh.remove();
    return text(root);
  };
  const rendered = (): [string, string][] => [
    [
      'financing',
      render(FinancingPanel, {
        props: { ...common, lang: 'en', model: financingModel(dataset, false), comparable: false, oncomparable: () => {} },
      }).body,
    ],
    ...(['absolute', 'per-capita'] as const).map((measure): [string, string] => [
      `patents ${measure}`,
      render(PatentsPanel, {
        props: {
          ...common,
          lang: 'en',
          blocks: patentBlocks(dataset, measure, false),
          measure,
          comparable: false,
          onmeasure: () => {},
          oncomparable: () => {},
        },
      }).body,
    ]),
    ['designations', render(DesignationsPanel, { props: { ...common, lang: 'en', initialWidth: 640 } }).body],
    ['plan', render(PlanPanel, { props: { ...common, lang: 'en', model: planModel(dataset) } }).body],
    ['overview', render(PlaceIndex, { props: { ...common, lang: 'en' } }).body],
    ['sources', render(SourcesList, { props: { data: dataset, actions, lang: 'en' } }).body],
    ...dataset.places.map((p): [string, string] => [
      `profile ${p.id}`,
      render(PlaceProfile, {
        props: { data: dataset, actions, lang: 'en', model: profileModel(dataset, p.id)!, onclose: () => {}, onfocusplace: () => {} },
      }).body,
    ]),
  ];

  it.each(rendered())('has no Chinese characters or full-width punctuation outside the seeds’ own words: %s', (_, body) => {
    const seen = englishText(html(body));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.match(new RegExp(`.{0,30}${CJK_OR_FULL_WIDTH.source}.{0,30}`))?.[0] ?? null).toBeNull();
  });
});
