import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Ids must be unique in every mode: a duplicated id gives a chart the accessible
 * name of another (briefing mode renders neighbouring slides ahead of time), and a
 * label or a switch points at the wrong element.
 */

const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

interface IdReport {
  duplicates: string[];
  dangling: string[];
  /** In briefing mode: references from the current slide to an element outside it. */
  crossSlide: string[];
  count: number;
}

function idReport(page: Page): Promise<IdReport> {
  return page.evaluate((refs) => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
    const dangling: string[] = [];
    const crossSlide: string[] = [];
    const slideOf = (el: Element) => el.closest('[data-slide]');
    for (const attr of refs)
      for (const el of document.querySelectorAll(`[${attr}]`))
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
          const target = document.getElementById(id);
          if (!target) dangling.push(`${attr}="${id}"`);
          else if (slideOf(el) && slideOf(el) !== slideOf(target)) crossSlide.push(`${attr}="${id}"`);
        }
    return { duplicates, dangling, crossSlide, count: seen.size };
  }, REFERENCES);
}

const VIEWS: { name: string; url: string; ready: string }[] = [
  { name: 'explore, the map', url: '/', ready: '.map-box[data-map-state="idle"]' },
  { name: 'explore, financing', url: '/?panel=financing&lang=en', ready: '[data-chart="pledge"]' },
  { name: 'explore, patents', url: '/?panel=patents', ready: '[data-chart^="patents-"]' },
  { name: 'explore, designations', url: '/?panel=designations', ready: '[data-chart="matrix"]' },
  { name: 'explore, a profile', url: '/?panel=profile&focus=chengdu', ready: '[data-panel="profile"]' },
  { name: 'explore, sources', url: '/?panel=sources', ready: '[data-mark="source"]' },
  { name: 'embed, a chart', url: '/?embed=1&panel=financing', ready: '[data-chart="pledge"]' },
  { name: 'embed, the map', url: '/?embed=1&panel=map', ready: '.map-box[data-map-state="idle"]' },
  { name: 'present, slide 1', url: '/?mode=present', ready: '.slide.current' },
  { name: 'present, slide 3', url: '/?mode=present&slide=3', ready: '.slide.current' },
  { name: 'present, slide 6', url: '/?mode=present&slide=6&lang=en', ready: '.slide.current' },
];

for (const view of VIEWS) {
  test(`no id repeats and every reference resolves: ${view.name}`, async ({ page }) => {
    await page.goto(view.url);
    await expect(page.locator(view.ready).first()).toBeVisible({ timeout: 20_000 });
    const report = await idReport(page);
    expect(report.count, 'ids on the page').toBeGreaterThan(0);
    expect(report.duplicates, 'repeated ids').toEqual([]);
    expect(report.dangling, 'references to no element').toEqual([]);
    expect(report.crossSlide, 'references from the current slide into another').toEqual([]);
  });
}

test('in briefing mode the current slide is named by its own title, with its neighbours mounted', async ({ page }) => {
  await page.goto('/?mode=present&slide=3');
  const current = page.locator('.slide.current [data-slide-frame]');
  await expect(current).toBeVisible();
  await expect.poll(() => page.locator('.slide [data-slide-frame]').count()).toBe(3);
  await expect(current).toHaveAccessibleName((await current.locator('h1').textContent()) ?? '');
});

test('the share and saved-views dialogs add no repeated id', async ({ page }) => {
  await page.goto('/?panel=financing');
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await idReport(page)).duplicates).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '已存视图' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const report = await idReport(page);
  expect(report.duplicates).toEqual([]);
  expect(report.dangling).toEqual([]);
});
