import type { Browser, Page } from '@playwright/test';
import { expect, test, watchPage } from './fixtures';

/** What a person sees of the view: the header, the panel column, the language and theme. */
async function visibleView(page: Page) {
  await page.waitForSelector('#panels');
  return {
    title: await page.title(),
    lang: await page.locator('html').getAttribute('lang'),
    theme: await page.locator('html').getAttribute('data-theme'),
    header: await page.locator('header').first().innerText(),
    panels: await page.locator('#panels').innerText(),
    legend: await page.locator('.map-column table').first().innerText(),
  };
}

/** Opens a URL in a brand-new context (no history, no storage) and returns what it shows. */
async function coldOpen(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page, new URL(url).origin);
  await page.goto(url);
  const view = await visibleView(page);
  await context.close();
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
  return view;
}

test.describe('every view is a link', () => {
  test('language and theme go into the URL, and a cold open reproduces the view', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await coldOpen(browser, page.url())).toEqual(await visibleView(page));
  });

  test('place, indicator, panel and comparable-only each go into the URL, and a cold open reproduces the view', async ({
    page,
    browser,
  }) => {
    await page.goto('/?lang=en');
    await page.waitForSelector('[data-map-state="idle"]');

    await page.locator('[data-map-place="ningbo"]').click();
    await expect(page).toHaveURL(/[?&]places=ningbo(&|$)/);
    await expect(page).toHaveURL(/[?&]focus=ningbo(&|$)/);

    await page.getByLabel('Map indicator').selectOption('valid-invention-patents');
    await expect(page).toHaveURL(/[?&]ind=valid-invention-patents(&|$)/);

    await page.getByRole('tab', { name: 'IP financing' }).click();
    await expect(page).toHaveURL(/[?&]panel=financing(&|$)/);
    await expect(page).not.toHaveURL(/focus=/);

    await page.getByRole('switch', { name: /Comparable only/ }).click();
    await expect(page).toHaveURL(/[?&]cmp=1(&|$)/);

    expect(await coldOpen(browser, page.url())).toEqual(await visibleView(page));
  });

  test('Back and Forward walk through the steps', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByLabel('Theme').selectOption('projector');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goForward();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a URL with garbage shows the default view and says what was ignored', async ({ page, browser }) => {
    await page.goto('/?v=1&lang=xx&panel=%E0%A4%A&places=atlantis~narnia&cmp=maybe&theme=neon&slide=-3&cam=1~2~3&lang=en');
    await expect(page.getByRole('status').filter({ hasText: '无法识别' })).toBeVisible();
    const notice = await page.getByRole('status').filter({ hasText: '无法识别' }).innerText();
    expect(notice).toContain('未知地点');
    expect(notice).toContain('重复');
    const defaults = await coldOpen(browser, new URL('/', page.url()).href);
    const shown = await visibleView(page);
    expect(shown.panels).toBe(defaults.panels);
    expect(shown.theme).toBe('auto');
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByRole('status').filter({ hasText: '无法识别' })).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?v=1');
  });
});

test.describe('saved views', () => {
  test('survive a reload and open the view they hold', async ({ page }) => {
    await page.goto('/?lang=en&theme=dark');
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByLabel('Save this view').fill('Dark, in English');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('[data-saved-view]')).toHaveCount(1);
    await expect(page.locator('[data-save-status]')).toHaveText('Saved on this device: Dark, in English');
    await page.goto('/');
    await page.getByRole('button', { name: '已存视图' }).click();
    await page.getByRole('button', { name: 'Dark, in English' }).click();
    await expect(page).toHaveURL(/theme=dark/);
  });

  test('a page where IndexedDB throws still works and says so once', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP Atlas');
    await page.getByRole('button', { name: 'Saved views' }).click();
    await expect(page.getByText('storage is unavailable')).toBeVisible();
    await page.getByLabel('Save this view').fill('Session only');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('[data-saved-view]')).toHaveCount(1);
  });
});

test.describe('the share dialog', () => {
  test('offers the link, a QR code of it and a pinned embed code', async ({ page }) => {
    await page.goto('/?lang=en&theme=dark');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
    expect(link).toMatch(/\?v=1&lang=en&theme=dark$/);
    await expect(page.getByRole('img', { name: 'QR code of this view’s link' })).toBeVisible();
    const embed = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(embed).toContain('embed=1');
    expect(embed).toContain('ind=ip-pledge-amount');
    expect(embed).toContain('/embed.js');
  });
});
