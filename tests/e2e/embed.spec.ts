import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { parseCsv } from '../support/parseCsv';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const CHART = '#ip-atlas-demo-financing';
const MAP = '#ip-atlas-demo-map';

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('article.embed');
  return frame!;
}

/** The iframe's height on the host page and the height of what it shows. */
async function heights(page: Page, selector: string) {
  const frame = await frameOf(page, selector);
  const content = await frame.evaluate(() => Math.ceil(document.querySelector('article.embed')!.getBoundingClientRect().height));
  const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  return { content, iframe };
}

async function expectFitted(page: Page, selector: string) {
  await expect
    .poll(
      async () => {
        const h = await heights(page, selector);
        return Math.abs(h.content - h.iframe);
      },
      { timeout: 15_000 },
    )
    .toBeLessThanOrEqual(3);
}

for (const width of [375, 1280]) {
  test.describe(`the demo article at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('sizes each iframe to its content, and again when the content changes', async ({ page }) => {
      await page.goto('/embed-demo.html');
      await page.locator(CHART).scrollIntoViewIfNeeded();
      await expectFitted(page, CHART);
      await page.locator(MAP).scrollIntoViewIfNeeded();
      await expectFitted(page, MAP);

      const before = await heights(page, CHART);
      await page.locator(CHART).evaluate((el: HTMLIFrameElement) => (el.src = el.src.replace('lang=zh', 'lang=en')));
      // The frame navigates: an evaluation that lands mid-navigation reads nothing, and the poll tries again.
      await expect
        .poll(() =>
          frameOf(page, CHART)
            .then((frame) => frame.evaluate(() => document.documentElement.lang))
            .catch(() => null),
        )
        .toBe('en');
      await expectFitted(page, CHART);
      const after = await heights(page, CHART);
      expect(after.content).not.toBe(before.content);
    });

    test('the chart embed downloads no MapLibre, and carries a title, sources and a link out', async ({ page }) => {
      const chartRequests: string[] = [];
      page.on('request', (r) => {
        if (r.frame().url().includes('panel=financing')) chartRequests.push(r.url());
      });
      await page.goto('/embed-demo.html');
      const frame = await frameOf(page, CHART);
      await expect(frame.locator('h1')).toHaveText('知识产权金融');
      await expect(frame.locator('footer')).toContainText('昆明日报');
      const full = frame.getByRole('link', { name: /完整视图/ });
      expect(await full.getAttribute('href')).not.toContain('embed=1');
      expect(await full.getAttribute('target')).toBe('_blank');
      await page.waitForLoadState('networkidle');
      expect(chartRequests.length).toBeGreaterThan(0);
      expect(chartRequests.filter((url) => /maplibre|MapLibreView/i.test(url))).toEqual([]);
    });

    test('has no serious accessibility violations inside the embeds', async ({ page }) => {
      await page.goto('/embed-demo.html');
      for (const selector of [CHART, MAP]) {
        await page.locator(selector).scrollIntoViewIfNeeded();
        const frame = await frameOf(page, selector);
        expect(await seriousViolations(frame), selector).toEqual([]);
      }
    });
  });
}

test('an embed ignores messages that try to change it', async ({ page }) => {
  await page.goto('/?v=1&embed=1&panel=financing&lang=zh');
  await page.waitForSelector('article.embed');
  const before = await page.locator('article.embed').innerText();
  await page.evaluate(() => {
    window.postMessage({ type: 'ip-atlas:set', view: 'lang=en' }, '*');
    window.postMessage('lang=en', '*');
  });
  await page.waitForTimeout(300);
  expect(await page.locator('article.embed').innerText()).toBe(before);
  expect(page.url()).toContain('lang=zh');
});

const PINNED = '/?v=1&embed=1&panel=financing&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=en&theme=light';

test.describe('a phone embed', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('shows about one screen of rows and a “Show all” that expands in place and reports the new height', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const frame = await frameOf(page, CHART);
    const content = frame.locator('[data-embed-content]');
    const showAll = frame.getByRole('button', { name: /^显示全部 \d+ 行/ });
    await expect(showAll).toBeVisible();
    const rows = await content.locator('li.row').count();
    await expect(showAll).toContainText(`显示全部 ${rows} 行`);
    const clipped = await content.evaluate((el) => el.getBoundingClientRect().height);
    expect(clipped).toBeLessThanOrEqual(620);
    // The cut falls between rows: every row is either wholly above it or wholly below.
    const top = await content.evaluate((el) => el.getBoundingClientRect().top);
    for (const box of await content.locator('li.row').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.bottom - top <= clipped + 1 || box.top - top >= clipped - 1, `row at ${box.top - top}`).toBe(true);
    }
    await expectFitted(page, CHART);
    const before = await heights(page, CHART);
    await showAll.click();
    await expect(showAll).toHaveCount(0);
    await expectFitted(page, CHART);
    const after = await heights(page, CHART);
    expect(after.iframe).toBeGreaterThan(before.iframe + 600);
  });

  test('a map embed keeps a sensible height', async ({ page }) => {
    await page.goto('/embed-demo.html');
    await page.locator(MAP).scrollIntoViewIfNeeded();
    await expectFitted(page, MAP);
    const { iframe } = await heights(page, MAP);
    expect(iframe).toBeGreaterThan(500);
    expect(iframe).toBeLessThan(1300);
  });
});

test.describe('embed options', () => {
  test('title=0 hides the title from sight only, bg=transparent lets the article show through, and at 1200 px nothing is hidden', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${PINNED}&title=0&bg=transparent&static=0`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('IP financing');
    expect(await heading.evaluate((el) => el.closest('header')!.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    const bg = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(bg).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Show as table/ }).first()).toBeVisible();
  });

  test('static=1 is a picture: no controls, no hover, no clicks, and the data and sources still open', async ({ page }) => {
    await page.goto(`${PINNED}&title=1&bg=theme&static=1`);
    const content = page.locator('[data-embed-content]');
    await expect(content).toHaveAttribute('inert', '');
    await expect(page.getByRole('button', { name: /Show as table/ })).toHaveCount(0);
    const value = content.locator('[data-obs]').first();
    await value.hover({ force: true });
    await value.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Source sentences' }).click();
    await expect(page.getByRole('dialog', { name: 'Where this chart’s figures come from' })).toBeVisible();
  });

  test('“Data” downloads the CSV of exactly the figures the embed shows, and “Source sentences” quotes them', async ({ page }) => {
    await page.goto(`${PINNED}&title=1&bg=theme&static=0`);
    await expect(page.locator('[data-embed-content] [data-obs]').first()).toBeVisible();
    const shown = new Set(
      await page.locator('[data-embed-content] [data-obs]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.obs ?? '')),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download this chart’s data/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ip-atlas_financing_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = parseCsv(text.slice(1));
    const id = header!.indexOf('indicator_id');
    const quote = header!.indexOf('quote');
    expect(rows).toHaveLength(shown.size);
    expect(rows.filter((r) => r[id] === 'ip-pledge-amount').length).toBeGreaterThan(5);
    await expect(page.getByRole('status')).toContainText('Saved ip-atlas_financing_');

    await page.getByRole('button', { name: 'Source sentences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Where this chart’s figures come from' });
    await expect(dialog).toContainText('质押金额292.0亿元');
    const squash = (s = '') => s.replace(/\s+/g, ' ').trim();
    const quotes = (await dialog.locator('blockquote').allTextContents()).map(squash);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of new Set(rows.map((r) => squash(r[quote])))) expect(quotes, q).toContain(q);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('the embed builder', () => {
  test('pins each option in the URL, previews the embed at 375 and 1200 px, and writes the code for each kind of host', async ({
    page,
  }) => {
    await page.goto('/?panel=financing&lang=en');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const code = page.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/title=1&amp;bg=theme&amp;static=0/);
    await page.getByLabel('Show the title').uncheck();
    await page.getByLabel('Transparent background').check();
    await page.getByLabel('Still picture (no interaction)').check();
    await page.getByLabel('Colours').selectOption('dark');
    await expect(code).toHaveValue(/theme=dark&amp;title=0&amp;bg=transparent&amp;static=1"/);
    await expect(code).toHaveValue(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>/);
    // The view is a preset's, so the iframe loads its static page, which shows the chart where scripts cannot run.
    await expect(code).toHaveValue(/src="http:\/\/[^"]+\/embeds\/financing-en\.html\?v=1&amp;embed=1&amp;panel=financing/);

    const previews = page.locator('[data-preview-height]');
    await expect(previews).toHaveCount(2);
    await expect
      .poll(() => previews.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.previewHeight))))
      .toEqual([expect.any(Number), expect.any(Number)]);
    await expect(page.locator('[data-fixed-height]')).not.toHaveAttribute('data-fixed-height', '', { timeout: 30_000 });
    const fixed = await page.locator('[data-fixed-height]').getAttribute('data-fixed-height');
    const [phone, desktop] = await previews.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.previewHeight)));
    expect(phone).toBeGreaterThan(300);
    expect(desktop).toBeGreaterThan(phone!);
    expect(Number(fixed)).toBe(Math.max(phone!, desktop!));

    await page.getByRole('radio', { name: /Fixed height/ }).check();
    await expect(code).toHaveValue(new RegExp(`^<iframe [^>]*height="${fixed}"[^>]*></iframe>$`));
    await page.getByRole('radio', { name: /AMP page/ }).check();
    await expect(code).toHaveValue(/^<amp-iframe [^>]*resizable/);
  });
});

test.describe('with scripts disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a static embed page shows its chart, numbers and sources, and hides the controls that need a script', async ({ page }) => {
    await page.goto(`/embeds/financing-en.html?${PINNED.slice(2)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP financing');
    const chart = page.locator('section.frame[data-chart="pledge"]');
    await expect(chart).toContainText('CNY 39.411 bn');
    await expect(chart).toContainText('One institution’s figure');
    expect(await chart.locator('svg rect, svg path').count()).toBeGreaterThan(10);
    await expect(page.locator('footer')).toContainText('Consumer Quality News');
    await expect(page.getByRole('link', { name: /Open the full view/ })).toHaveAttribute('href', /^\/\?v=1&panel=financing&lang=en$/);
    await expect(page.getByRole('button', { name: /Show as table/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Source sentences' })).toBeHidden();
  });

  test('the demo article’s embeds fall back to their static pages', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const chart = page.frameLocator(CHART);
    await expect(chart.getByRole('heading', { level: 1 })).toHaveText('知识产权金融');
    await expect(chart.locator('section.frame[data-chart="pledge"]')).toContainText('394.11亿元');
    const map = page.frameLocator(MAP);
    await expect(map.getByText('地图需要启用 JavaScript 才能显示')).toBeVisible();
    await expect(map.locator('table, [role="table"]').first()).toContainText('394.11亿元');
  });
});

test('a static embed page carries its own picture as its card', async ({ page }) => {
  await page.goto('/embeds/patents-zh.html');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe('/embeds/patents-zh.png');
  const png = await page.request.get(image!);
  expect(png.headers()['content-type']).toContain('image/png');
  const bytes = await png.body();
  expect(bytes.readUInt32BE(16)).toBe(1200);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(400);
  // With no query the page still stands for its own view, and the URL says which.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利');
  expect(new URL(page.url()).searchParams.get('panel')).toBe('patents');
});
