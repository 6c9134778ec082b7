import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { expect, test, watchPage } from './fixtures';
import { askPixels, LAND, SEA } from './pixels';

/**
 * The basemap draws at every camera, with MapLibre and with the SVG fallback: the
 * national frame, each city zoomed in, the Hangzhou–Ningbo coast, and deep zooms a
 * shared link can ask for. "Draws" means the map's own pixels are land and, on a
 * coast, sea, in the theme's colours, not a blank or a half-loaded frame.
 */

const CAMERAS: { name: string; cam: string | null; coast: boolean }[] = [
  { name: 'the five cities', cam: null, coast: true },
  { name: 'Chengdu, zoomed in', cam: '104.07~30.66~9', coast: false },
  { name: 'Kunming, zoomed in', cam: '102.71~25.04~10', coast: false },
  { name: 'Hangzhou and Ningbo', cam: '121~30.1~8', coast: true },
  { name: 'Guangzhou and the Pearl River', cam: '113.5~22.9~9', coast: true },
  { name: 'Ningbo’s coast, deep zoom', cam: '121.9~29.9~12', coast: true },
];

async function shares(page: Page) {
  await expect(page.locator('.map-box')).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
  // Labels and markers sit on top; the map's frame below them is what is measured. The page's
  // CSP refuses inline style sheets, so they are hidden through the CSSOM.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.overlay, .map-box .controls, .map-box .note, .map-box .scale'))
      el.style.setProperty('visibility', 'hidden', 'important');
  });
  const png = await page.locator('.map-box').screenshot();
  const { shares: [land = 0, sea = 0] = [] } = await askPixels(page, png, { kind: 'shares', probes: [LAND, SEA], tolerance: 6 });
  return { land, sea };
}

function expectDrawn(name: string, coast: boolean, { land, sea }: { land: number; sea: number }) {
  expect(land, `${name}: land`).toBeGreaterThan(0.2);
  if (coast) expect(sea, `${name}: sea`).toBeGreaterThan(0.02);
  expect(land + sea, `${name}: nothing but land and sea`).toBeGreaterThan(0.9);
}

test.describe('the basemap with WebGL', () => {
  for (const { name, cam, coast } of CAMERAS)
    test(`draws land${coast ? ' and sea' : ''}: ${name}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(cam ? `/?theme=light&cam=${cam}` : '/?theme=light');
      await expect(page.locator('.map-box')).toHaveAttribute('data-map-renderer', 'webgl');
      expectDrawn(name, coast, await shares(page));
    });
});

test.describe('the basemap without WebGL', () => {
  let noWebGL: Browser;
  test.beforeAll(async ({ playwright }) => {
    noWebGL = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
  });
  test.afterAll(async () => noWebGL.close());

  for (const { name, cam, coast } of CAMERAS)
    test(`draws land${coast ? ' and sea' : ''}: ${name}`, async ({ baseURL }) => {
      const page = await noWebGL.newPage({ baseURL, viewport: { width: 1280, height: 900 } });
      const problems = watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto(cam ? `/?theme=light&cam=${cam}` : '/?theme=light');
      await expect(page.locator('.map-box')).toHaveAttribute('data-map-renderer', 'svg');
      expectDrawn(name, coast, await shares(page));
      await page.close();
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
    });
});

/** The two discs drawn in the visible map (a slide's, in briefing mode), centres and radii in CSS px. */
function discs(page: Page) {
  return page.evaluate(() =>
    ['hangzhou', 'ningbo'].map((id) => {
      const button = document.querySelector(`.slide.current button[data-map-place="${id}"], main button[data-map-place="${id}"]`);
      const box = button?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2, r: Number(button?.getAttribute('data-r') ?? 0) } : null;
    }),
  );
}

/** Apart, with a gap that shows between the outlines, not merely not overlapping. */
async function expectApart(page: Page, what: string) {
  const [hz, nb] = await discs(page);
  expect(hz && nb, what).toBeTruthy();
  if (hz && nb) expect(Math.hypot(hz.x - nb.x, hz.y - nb.y) - hz.r - nb.r, what).toBeGreaterThanOrEqual(6);
}

for (const width of [1440, 375])
  test(`Hangzhou’s and Ningbo’s symbols never overlap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const ind of ['ip-pledge-amount', 'valid-invention-patents', 'valid-trademarks']) {
      await page.goto(`/?ind=${ind}`);
      await expect(page.locator('.map-box')).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
      await expectApart(page, `${ind} at ${width} px`);
    }
  });

test('Hangzhou’s and Ningbo’s symbols stay apart on the briefing map slide, with a projector’s thicker outlines', async ({ page }) => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?mode=present&slide=1');
    await expect(page.locator('.slide.current .map-box')).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
    await expectApart(page, `slide 1 at ${width}×${height}`);
  }
});
