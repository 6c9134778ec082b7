import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PATENT_VIEWS } from '../../src/panels/patents';
import type { Dataset, FactsFile, Indicator, Observation } from '../../src/data/types';

/** The dataset as the JSON files hold it, read here so every expected count comes from the data, not from the app. */
const root = join(import.meta.dirname, '../..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const facts = readdirSync(join(root, 'src/data/facts'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => json<FactsFile>(`src/data/facts/${f}`));
const data = {
  places: json<Dataset['places']>('src/data/places.json'),
  indicators: [...json<Indicator[]>('src/data/indicators.json'), ...facts.flatMap((f) => f.indicators)],
  observations: facts.flatMap((f) => f.observations),
  holdings: facts.flatMap((f) => f.holdings),
  designations: [...json<Dataset['designations']>('src/data/designations.json'), ...facts.flatMap((f) => f.designations)],
  events: facts.flatMap((f) => f.events),
  sources: json<Dataset['sources']>('src/data/sources.json'),
};
const categoryOf = (o: Observation) => data.indicators.find((i) => i.id === o.indicator)?.category;
const seed = (file: string) => readFileSync(join(root, 'seeds', file), 'utf8');

/** Distinct figures a panel shows: every number on screen is a button carrying its observation id. */
async function figuresShown(page: Page, panel: string): Promise<Set<string>> {
  const ids = await page.locator(`[data-panel="${panel}"] [data-obs]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-obs')!));
  return new Set(ids);
}

async function openPanel(page: Page, query: string, panel: string) {
  await page.goto(`/?${query}`);
  await expect(page.locator(`[data-panel="${panel}"]`)).toBeVisible();
}

test.describe('the comparison panels', () => {
  test('the financing panel shows every financing figure in the seeds, once', async ({ page }) => {
    await openPanel(page, 'panel=financing', 'financing');
    const expected = new Set(data.observations.filter((o) => categoryOf(o) === 'financing').map((o) => o.id));
    expect(await figuresShown(page, 'financing')).toEqual(expected);
    const pledge = data.observations.filter((o) => o.indicator === 'ip-pledge-amount');
    await expect(page.locator('[data-chart="pledge"] [data-chart-body] [data-mark]')).toHaveCount(pledge.length);
  });

  test('the patents panel shows each view’s measures with their growth rates', async ({ page }) => {
    for (const measure of ['absolute', 'per-capita'] as const) {
      await openPanel(page, `panel=patents&measure=${measure}`, 'patents');
      const ids = new Set(PATENT_VIEWS[measure]);
      const growth = new Set(data.indicators.filter((i) => i.base && ids.has(i.base)).map((i) => i.id));
      const expected = data.observations.filter((o) => ids.has(o.indicator) || (growth.has(o.indicator) && o.aggregation === 'growth'));
      expect(await figuresShown(page, 'patents'), measure).toEqual(new Set(expected.map((o) => o.id)));
      await expect(page.locator('[data-panel="patents"] svg [data-mark]')).toHaveCount(
        expected.filter((o) => o.aggregation !== 'growth').length,
      );
    }
  });

  test('the per-capita switch puts measure=per-capita in the URL', async ({ page }) => {
    await openPanel(page, 'panel=patents', 'patents');
    await page.getByRole('button', { name: '人均' }).click();
    await expect(page).toHaveURL(/[?&]measure=per-capita(&|$)/);
    await expect(page.getByRole('heading', { name: /每万人口高价值发明专利拥有量/ })).toBeVisible();
  });

  test('the designations matrix has a cell entry for every holding and the timeline every event', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPanel(page, 'panel=designations', 'designations');
    const typeOf = (id: string) => data.designations.find((d) => d.id === id)?.type;
    const titles = data.holdings.filter((h) => typeOf(h.designation) === 'title');
    expect(titles.length).toBeLessThan(data.holdings.length);
    await expect(page.locator('[data-panel="designations"] table [data-mark="holding"]')).toHaveCount(titles.length);
    await expect(page.locator('[data-panel="designations"] .others [data-mark="holding"]')).toHaveCount(
      data.holdings.length - titles.length,
    );
    await expect(page.locator('[data-panel="designations"] [data-mark="event"]')).toHaveCount(data.events.length);
    const dated = data.holdings.filter((h) => h.year !== undefined).length;
    await expect(page.locator('[data-panel="designations"] [data-mark="designation"]')).toHaveCount(dated);
    await expect(page.locator('[data-panel="designations"] [data-strip]')).toHaveCount(dated + data.events.length);
  });

  test('on a phone the matrix becomes a list and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openPanel(page, 'panel=designations', 'designations');
    await expect(page.locator('[data-panel="designations"] table')).toHaveCount(0);
    await expect(page.locator('[data-panel="designations"] [data-mark="holding"]')).toHaveCount(data.holdings.length);
    await expect(page.locator('[data-strip]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('the plan panel draws each of Pidu’s 2020 → 2025 pairs', async ({ page }) => {
    await openPanel(page, 'panel=plan', 'plan');
    const targets = data.observations.filter((o) => o.place === 'pidu' && o.aggregation === 'target' && o.period.start.startsWith('2025'));
    await expect(page.locator('[data-row]')).toHaveCount(targets.length);
    for (const t of targets) await expect(page.locator(`[data-row="${t.indicator}"] [data-mark="${t.id}"]`)).toHaveCount(1);
  });

  test('the sources view lists every document and opens its full text', async ({ page }) => {
    await openPanel(page, 'panel=sources', 'sources');
    await expect(page.locator('[data-mark="source"]')).toHaveCount(data.sources.length);
    await page.getByRole('button', { name: new RegExp(`阅读全文.*${data.sources[2]!.title.zh.slice(0, 8)}`) }).click();
    const full = page.locator('dialog[open] .full');
    await expect(full).toContainText(seed(data.sources[2]!.file).trim().split('\n')[0]!);
  });
});

test.describe('provenance', () => {
  test('a figure’s dialog quotes its seed, names the document and returns focus on Esc', async ({ page }) => {
    await openPanel(page, 'panel=financing', 'financing');
    const hz = data.observations.find((o) => o.id === 's004-hz-ip-pledge-amount-2023')!;
    const button = page.locator(`[data-obs="${hz.id}"]`).first();
    await button.click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    const mark = dialog.locator('mark');
    await expect(mark).toHaveText(hz.source.quote);
    const text = seed(hz.source.file);
    expect(text.includes((await mark.textContent())!)).toBe(true);
    const paragraph = (await dialog.locator('blockquote').textContent())!;
    expect(text.includes(paragraph)).toBe(true);
    await expect(dialog).toContainText(data.sources.find((s) => s.file === hz.source.file)!.title.zh);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('loads a seed only when a dialog first needs it', async ({ page }) => {
    const seedChunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/\d{3}_[0-9a-f]+-[^/]+\.js$/.test(r.url())) seedChunks.push(r.url());
    });
    await openPanel(page, 'panel=financing', 'financing');
    expect(seedChunks).toEqual([]);
    await page.locator('[data-obs="s000-chengdu-ip-pledge-amount-2023-q1-q3"]').first().click();
    await expect(page.locator('dialog[open] mark')).toBeVisible();
    expect(seedChunks).toHaveLength(1);
  });

  test('a derived figure shows its formula and opens the figures it comes from', async ({ page }) => {
    await openPanel(page, 'panel=financing&lang=en', 'financing');
    const derived = data.observations.find((o) => o.id === 's004-nb-ip-pledge-amount-2022')!;
    await page.locator(`[data-obs="${derived.id}"]`).first().click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toContainText(derived.derived!.formula);
    await expect(dialog.locator('.gloss')).toContainText('gloss');
    await dialog.getByRole('button', { name: /IP pledge financing CNY 39\.411 bn/ }).click();
    const from = data.observations.find((o) => o.id === derived.derived!.from[0])!;
    await expect(dialog.locator('mark')).toHaveText(from.source.quote);
    await dialog.getByRole('button', { name: /Back/ }).click();
    await expect(dialog).toContainText(derived.derived!.formula);
  });

  test('a stated conflict shows both values', async ({ page }) => {
    await openPanel(page, 'panel=patents&measure=per-capita', 'patents');
    const pair = data.observations.filter((o) => o.conflict === 'hangzhou-high-value-per-10k-2023');
    for (const o of pair) await expect(page.locator(`[data-panel="patents"] [data-obs="${o.id}"]`)).toHaveCount(1);
    await expect(page.locator('[data-panel="patents"] .badge.conflict').first()).toBeVisible();
  });
});

test.describe('comparing like with like', () => {
  test('the comparable-only switch ranks just the like-for-like figures and puts cmp=1 in the URL', async ({ page }) => {
    await openPanel(page, 'panel=financing', 'financing');
    await expect(page.locator('[data-chart="pledge"] [data-chart-body] .rank')).toHaveCount(0);
    // The largest like-for-like set: full-year 2023 figures for the whole place, stated (not derived), one per conflict.
    const fullYear = data.observations.filter(
      (o) =>
        o.indicator === 'ip-pledge-amount' &&
        o.aggregation === 'annual' &&
        o.period.start === '2023-01' &&
        o.period.end === '2023-12' &&
        (o.covers?.kind ?? 'place') === 'place' &&
        !o.covers?.text &&
        !o.derived &&
        !o.qualifier,
    );
    const expected = [...fullYear].sort((a, b) => b.value - a.value).map((o) => o.place);
    await page.getByRole('switch', { name: '只比可比数字' }).click();
    await expect(page).toHaveURL(/[?&]cmp=1(&|$)/);
    await expect(page.locator('[data-chart="pledge"] [data-chart-body] .rank')).toHaveCount(expected.length);
    expect(
      await page
        .locator('[data-chart="pledge"] [data-chart-body] ol.list > li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-place'))),
    ).toEqual(expected);
    const left = data.observations.filter((o) => o.indicator === 'ip-pledge-amount').length - expected.length;
    await expect(page.locator('[data-chart="pledge"] [data-chart-body] .figures > li')).toHaveCount(left);
    await page.goBack();
    await expect(page.locator('[data-chart="pledge"] [data-chart-body] .rank')).toHaveCount(0);
  });
});

test.describe('the place profile', () => {
  test('opens from a panel, lists every figure for the place, links district and city, and closes on Esc', async ({ page }) => {
    await openPanel(page, 'panel=financing', 'financing');
    await page.locator('[data-chart="pledge"] [data-chart-body] [data-place="pidu"] .place').first().click();
    await expect(page).toHaveURL(/[?&]focus=pidu(&|$)/);
    const profile = page.locator('[data-panel="profile"]');
    await expect(profile.getByRole('heading', { level: 2 })).toContainText('郫都区');
    await expect(page.locator('[data-profile-title]')).toBeFocused();
    const own = data.observations.filter((o) => o.place === 'pidu');
    expect(await figuresShown(page, 'profile')).toEqual(new Set(own.map((o) => o.id)));
    await profile.getByRole('button', { name: '成都' }).click();
    await expect(page).toHaveURL(/[?&]focus=chengdu(&|$)/);
    await expect(profile.getByRole('button', { name: '郫都区' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(profile).toHaveCount(0);
    await expect(page.locator('[data-panel="financing"]')).toBeVisible();
  });
});

test.describe('keyboard and highlighting', () => {
  test('arrow keys move between tabs and change the panel', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: '地图' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: '知识产权金融' })).toBeFocused();
    await expect(page).toHaveURL(/[?&]panel=financing(&|$)/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/[?&]panel=sources(&|$)/);
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
  });

  test('hovering a district’s title lights its entries elsewhere in the panel', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openPanel(page, 'panel=designations', 'designations');
    await page.locator('table [data-mark="holding"][data-place="binjiang"]').hover();
    await expect(page.locator('[data-mark="undated"].hot')).toContainText('滨江区');
  });
});

test.describe('accessibility', () => {
  for (const panel of ['map', 'financing', 'patents', 'designations', 'plan', 'sources']) {
    test(`axe finds nothing serious in the ${panel} panel`, async ({ page }) => {
      await openPanel(page, `panel=${panel}`, panel);
      expect(await seriousViolations(page, '#panels')).toEqual([]);
    });
  }

  test('axe finds nothing serious in the profile, the comparable view or the dialog, in English and dark', async ({ page }) => {
    await openPanel(page, 'focus=hangzhou&lang=en&theme=dark', 'profile');
    expect(await seriousViolations(page, '#panels')).toEqual([]);
    await openPanel(page, 'panel=financing&cmp=1&theme=projector', 'financing');
    expect(await seriousViolations(page, '#panels')).toEqual([]);
    await page.locator('[data-obs="s004-nb-ip-pledge-amount-2023"]').first().click();
    await expect(page.locator('dialog[open] mark')).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
  });
});
