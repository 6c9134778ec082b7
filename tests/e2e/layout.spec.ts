import { expect, test } from './fixtures';

/**
 * The phone layout. Nothing scrolls sideways: at 320, 360 and 375 px, in Chinese
 * and in English, in explore mode and in an embed; a page wider than the screen is
 * broken for most readers of a shared link or an article. And a shared link opens
 * on the graphic it names.
 */

const VIEWS = [
  '/',
  '/?panel=financing',
  '/?panel=patents&measure=per-capita',
  '/?panel=designations',
  '/?panel=plan',
  '/?panel=profile&focus=hangzhou',
  '/?panel=sources',
  '/?embed=1&panel=financing',
  '/?embed=1&panel=map',
  '/?embed=1&panel=designations',
];

for (const width of [320, 360, 375])
  for (const lang of ['zh', 'en'] as const)
    test(`no page is wider than a ${width} px screen, in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const wide: string[] = [];
      for (const view of VIEWS) {
        await page.goto(`${view}${view.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('#app > *').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const { scroll, client, culprit } = await page.evaluate(() => {
          const root = document.documentElement;
          const over = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
          return {
            scroll: root.scrollWidth,
            client: root.clientWidth,
            culprit: over ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : '',
          };
        });
        if (scroll > client) wide.push(`${view}: ${scroll} px (${culprit})`);
      }
      expect(wide).toEqual([]);
    });

test('on a phone, a link that names a panel or a place opens with that graphic first, and the plain link with the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  for (const link of ['/?v=1&panel=financing&places=chengdu', '/?focus=hangzhou&lang=en']) {
    await page.goto(link);
    await expect(page.locator('.panel-column section').first()).toBeVisible();
    expect(await top('.panel-column'), link).toBeLessThan(await top('.map-column'));
    expect(await top('.panel-column'), `${link}: on the first screen`).toBeLessThan(740);
  }
  await page.goto('/');
  expect(await top('.map-column')).toBeLessThan(await top('.panel-column'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?v=1&panel=financing');
  expect(await top('.panel-column')).toBeGreaterThan(0);
  expect(Math.abs((await top('.panel-column')) - (await top('.map-column'))), 'side by side on a desktop').toBeLessThan(80);
});
