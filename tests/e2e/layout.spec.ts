import { expect, test } from './fixtures';

/**
 * Nothing scrolls sideways on a phone: at 320, 360 and 375 px, in Chinese and in
 * English, in explore mode and in an embed. A page wider than the screen is
 * broken for most readers of a shared link or an article.
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
