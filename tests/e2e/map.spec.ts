import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { seriousViolations } from './axe';
import { expect, test, watchPage, type PageProblems } from './fixtures';

const CITIES = ['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo'];

const map = (page: Page) => page.locator('.map-box');
const marker = (page: Page, id: string) => page.locator(`button[data-map-place="${id}"]`);

async function idle(page: Page) {
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
}

/** Tabs from the indicator picker until a map marker has focus, as a keyboard user would. */
async function tabToMarker(page: Page, id: string) {
  await page.getByLabel(/地图指标|Map indicator/).focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await marker(page, id).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached the ${id} marker`);
}

test.describe('the map with WebGL', () => {
  test('renders with MapLibre, a marker for each city, the schematic note and its attribution', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await expect(map(page)).toHaveAttribute('data-map-renderer', 'webgl');
    await expect(map(page).locator('canvas.maplibregl-canvas')).toBeVisible();
    for (const id of CITIES) await expect(marker(page, id)).toBeVisible();
    await expect(map(page)).toContainText('示意图');
    await expect(map(page)).toContainText('Natural Earth');
    // The default view frames the five cities and writes no camera to the URL.
    expect(new URL(page.url()).searchParams.has('cam')).toBe(false);
  });

  test('labels every marker with its value and period, and says "not stated" rather than zero', async ({ page }) => {
    await page.goto('/?lang=en');
    await idle(page);
    await expect(marker(page, 'hangzhou')).toHaveAccessibleName(/^Hangzhou: IP pledge financing CNY 29\.2 bn, 2023$/);
    await expect(marker(page, 'kunming')).toHaveAccessibleName('Kunming: IP pledge financing not stated');
    const legend = page.locator('.legend');
    await expect(legend.locator('tr', { hasText: 'Kunming' })).toContainText('not stated');
    await expect(legend.locator('tr', { hasText: 'Chengdu' })).toContainText('Q1–Q3 2023');
  });

  test('selects a city by click, flies to it and shows its districts', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await marker(page, 'hangzhou').click();
    await expect(page).toHaveURL(/[?&]places=hangzhou(&|$)/);
    await expect(page).toHaveURL(/[?&]focus=hangzhou(&|$)/);
    await expect(page).toHaveURL(/[?&]cam=/);
    await idle(page);
    await expect(marker(page, 'binjiang')).toBeVisible();
    await expect(marker(page, 'hangzhou')).toHaveAccessibleName(/已选中$/);
    await page.goBack();
    await expect(page).not.toHaveURL(/places=/);
    await expect(marker(page, 'binjiang')).toHaveCount(0);
  });

  test('selects a city from the keyboard: Tab to its marker, then Enter', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await tabToMarker(page, 'chengdu');
    await expect(page.locator('.map-area [role=tooltip]')).toContainText('48.52亿元');
    await expect(page.locator('.map-area [role=tooltip]')).toContainText('2023年前三季度');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]places=chengdu(&|$)/);
    await expect(page).toHaveURL(/[?&]focus=chengdu(&|$)/);
  });

  test('never shows the exchange centre’s book as Guangzhou’s pledge financing, and says why', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await expect(marker(page, 'guangzhou')).toHaveAccessibleName('广州：知识产权质押融资金额 原文未给出');
    await expect(page.locator('.legend tr', { hasText: '广州' })).toContainText('原文未给出');
    await expect(page.locator('.legend')).not.toContainText('54.41');
    await marker(page, 'guangzhou').hover();
    await expect(page.locator('.map-area [role=tooltip]')).toContainText('一家机构的业务量');
  });

  test('refits the five cities when the window narrows, and keeps the URL clean', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await page.setViewportSize({ width: 375, height: 812 });
    for (const id of CITIES) await expect(marker(page, id)).toBeInViewport();
    const box = (await map(page).boundingBox())!;
    for (const id of CITIES) {
      const b = (await marker(page, id).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(new URL(page.url()).searchParams.has('cam')).toBe(false);
  });

  test('changes the indicator from the picker and resets the view', async ({ page }) => {
    await page.goto('/?cam=110~30~6');
    await idle(page);
    await page.getByLabel('地图指标').selectOption('valid-invention-patents');
    await expect(page).toHaveURL(/[?&]ind=valid-invention-patents(&|$)/);
    await expect(page.locator('.legend caption')).toContainText('有效发明专利');
    await page.getByRole('button', { name: '重置视图' }).click();
    await expect(page).not.toHaveURL(/cam=/);
  });
});

test.describe('the map for assistive technology', () => {
  test('has no serious accessibility problems, at rest, zoomed in and with a tooltip open', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    expect(await seriousViolations(page, '.map-area')).toEqual([]);
    await marker(page, 'kunming').click();
    await idle(page);
    await tabToMarker(page, 'guandu');
    await expect(page.locator('.map-area [role=tooltip]')).toBeVisible();
    expect(await seriousViolations(page, '.map-area')).toEqual([]);
  });
});

/**
 * Chromium without WebGL (--disable-3d-apis), as on office PCs and in-app browsers
 * without a usable GPU. launchOptions cannot change inside a file that also runs
 * with WebGL, so these tests launch their own browser and watch it as the fixture does.
 */
test.describe('the map without WebGL', () => {
  let noWebGL: Browser;
  let page: Page;
  let problems: PageProblems;

  test.beforeAll(async ({ playwright }) => {
    noWebGL = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
  });
  test.afterAll(async () => noWebGL.close());
  test.beforeEach(async ({ baseURL }) => {
    page = await noWebGL.newPage({ baseURL });
    problems = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(async () => {
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
  });

  test('falls back to the SVG map with the same markers and says it is simplified', async () => {
    await page.goto('/?lang=en');
    await idle(page);
    await expect(map(page)).toHaveAttribute('data-map-renderer', 'svg');
    await expect(map(page).locator('canvas')).toHaveCount(0);
    await expect(map(page).locator('svg.svg-map path.land')).toHaveAttribute('d', /^M/);
    for (const id of CITIES) await expect(marker(page, id)).toBeVisible();
    await expect(map(page)).toContainText('Simplified view');
    await expect(map(page)).toContainText('Schematic map');
  });

  test('selects by click and by keyboard in the fallback too', async () => {
    await page.goto('/');
    await idle(page);
    await marker(page, 'guangzhou').click();
    await expect(page).toHaveURL(/[?&]places=guangzhou(&|$)/);
    await expect(marker(page, 'gz-devzone')).toBeVisible();
    await page.goto('/');
    await idle(page);
    await tabToMarker(page, 'kunming');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]places=kunming(&|$)/);
    expect(await seriousViolations(page, '.map-area')).toEqual([]);
  });
});
