import type { Frame, Page } from '@playwright/test';
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
