import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { seriousViolations } from './axe';
import { expect, test, watchPage, type PageProblems } from './fixtures';
import { CSV_COLUMNS } from '../../src/export/records';
import type { SourceDoc } from '../../src/data/types';
import { parseCsv } from '../support/parseCsv';
import { askPixels, LAND } from './pixels';

const root = join(import.meta.dirname, '../..');
const seed = (file: string) => readFileSync(join(root, 'seeds', file), 'utf8');
const sources = JSON.parse(readFileSync(join(root, 'src/data/sources.json'), 'utf8')) as SourceDoc[];

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; PGT-AN10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/140.0.0.0 Mobile Safari/537.36 XWEB/5169 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN';

/** The export menu of the chart with this id, or of the map. */
const chartMenu = (page: Page, id: string) => page.locator(`section.frame[data-chart="${id}"] .export`);
const mapMenu = (page: Page) => page.locator('.map-area .export');

async function idle(page: Page) {
  await expect(page.locator('.map-box')).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
}

/** Opens the menu, presses one of its buttons and returns the file it downloads. */
async function exported(page: Page, menu: Locator, button: string | RegExp, options: { qr?: boolean } = {}) {
  const trigger = menu.locator('.trigger');
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  if (options.qr) await menu.getByRole('checkbox').check();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: button, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function svgSize(svg: string) {
  const [, width, height] = /<svg[^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
}

async function colours(page: Page, png: Buffer, probes: [number, number, number][]) {
  const { count, found } = await askPixels(page, png, { kind: 'colours', probes });
  return { count, found };
}

async function corner(page: Page, png: Buffer, size: number) {
  const { width, height, b64 } = await askPixels(page, png, { kind: 'corner', size });
  return { width, height, rgba: new Uint8ClampedArray(Buffer.from(b64, 'base64')) };
}

/** RFC 4180 records, for reading the CSV back. */
function readCsv(bytes: Buffer) {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0), 'byte-order mark').toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])) as Record<(typeof CSV_COLUMNS)[number], string>);
}

/** Checks a composed SVG: it parses as XML, names the title, and cites a seed document; returns its size. */
async function checkSvg(page: Page, bytes: Buffer, title: string) {
  const svg = bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain(title);
  expect(parsed.text).toMatch(/资料来源：|Sources: /);
  // Lines wrap, so compare without white space.
  const bare = (text: string) => text.replace(/\s+/g, '');
  expect(sources.some((s) => bare(parsed.text).includes(bare(s.title.zh)) || bare(parsed.text).includes(bare(s.title.en)))).toBe(true);
  expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC/);
  expect(svg, 'no reference outside the file').not.toMatch(/(href|src)="(https?:)?\/\//);
  return svgSize(svg);
}

test.describe('exporting a panel chart', () => {
  test('the financing chart exports an SVG and a 2× PNG of the same composition, with its bars drawn', async ({ page }) => {
    await page.goto('/?panel=financing');
    const menu = chartMenu(page, 'pledge');
    const svg = await exported(page, menu, 'SVG 矢量图');
    expect(svg.name).toMatch(/^ip-atlas_financing-pledge_\d{4}-\d{2}-\d{2}\.svg$/);
    const size = await checkSvg(page, svg.bytes, '知识产权质押融资金额');

    const png = await exported(page, menu, 'PNG 图片，2 倍尺寸');
    expect(png.name).toMatch(/^ip-atlas_financing-pledge_\d{4}-\d{2}-\d{2}_2x\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const drawn = await colours(page, png.bytes, [[0x00, 0x72, 0xb2]]);
    expect(drawn.count).toBeGreaterThan(50);
    expect(drawn.found, 'the financing blue of the bars').toEqual([true]);
    await expect(menu.getByRole('status')).toContainText(png.name);
  });

  test('the CSV holds exactly the figures the chart shows, with their quotes, behind a BOM', async ({ page }) => {
    for (const query of ['panel=financing&lang=en', 'panel=financing&cmp=1&lang=en', 'panel=patents&measure=per-capita']) {
      await page.goto(`/?${query}`);
      const frame = page.locator('section.frame').first();
      const body = frame.locator('[data-chart-body]');
      const shown = new Set(await body.locator('[data-obs]').evaluateAll((els) => els.map((e) => e.getAttribute('data-obs')!)));
      const id = (await frame.getAttribute('data-chart'))!;
      const rows = readCsv((await exported(page, chartMenu(page, id), /^CSV/)).bytes);
      expect(rows, query).toHaveLength(shown.size);
      for (const row of rows) expect(seed(row.source_file), row.quote).toContain(row.quote);
      if (query.includes('lang=en')) {
        expect(rows.some((r) => r.place === 'Hangzhou')).toBe(true);
        expect(rows.every((r) => /[\u4e00-\u9fff]/.test(r.quote))).toBe(true);
      }
    }
  });

  test('the designations matrix exports every title it lists', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/?panel=designations');
    // The panel lays out narrow until it has measured its width; count once the wide table is up.
    await expect(page.locator('[data-chart="matrix"] table.matrix')).toBeVisible();
    const holdings = await page.locator('[data-chart="matrix"] [data-chart-body] [data-mark="holding"]').count();
    const rows = readCsv((await exported(page, chartMenu(page, 'matrix'), /^CSV/)).bytes);
    expect(rows).toHaveLength(holdings);
    expect(rows.every((r) => r.aggregation.startsWith('designation:') && seed(r.source_file).includes(r.quote))).toBe(true);
    // Typical cases, honours and platforms travel with their type: none is exported as a title.
    expect(rows.filter((r) => r.indicator_id === 'ip-pledge-insurance-typical-case').map((r) => r.aggregation)).toEqual([
      'designation:case:national',
    ]);
  });

  test('with the QR option, the image carries a code that opens this view', async ({ page }) => {
    await page.goto('/?panel=financing&places=hangzhou~ningbo&lang=en');
    const png = await exported(page, chartMenu(page, 'pledge'), 'PNG image, 2× size', { qr: true });
    const { width, height, rgba } = await corner(page, png.bytes, 480);
    const code = jsQR(rgba, width, height);
    expect(code?.data).toBe(page.url());
  });

  test('the menu works from the keyboard and has no serious accessibility problems', async ({ page }) => {
    await page.goto('/?panel=financing');
    const menu = chartMenu(page, 'pledge');
    const trigger = menu.locator('.trigger');
    await expect(trigger).toHaveAccessibleName('导出：知识产权质押融资金额');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'PNG 图片，1 倍尺寸' })).toBeFocused();
    expect(await seriousViolations(page, '.frame .export')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(trigger).toBeFocused();
  });
});

/** Presses a size in the menu and returns every image it saves: one, or the numbered parts of a split chart. */
async function sized(page: Page, menu: Locator, size: 'article' | 'wide' | 'square') {
  const trigger = menu.locator('.trigger');
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  const files: { name: string; bytes: Buffer }[] = [];
  const seen: Promise<void>[] = [];
  const onDownload = (d: Download) =>
    seen.push(d.path().then((path) => void files.push({ name: d.suggestedFilename(), bytes: readFileSync(path) })));
  page.on('download', onDownload);
  await menu.locator(`button[data-size="${size}"]`).click();
  const status = menu.getByRole('status');
  await expect(status).toContainText(/Saved|已保存/, { timeout: 30_000 });
  // The page announces the save as it starts the downloads; Playwright reports each one a little later.
  const many = /(?:Saved|已保存) (\d+) /.exec((await status.textContent()) ?? '');
  const expected = many ? Number(many[1]) : 1;
  await expect.poll(() => seen.length, { timeout: 30_000 }).toBe(expected);
  await Promise.all(seen);
  page.off('download', onDownload);
  return files.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

test.describe('images sized for publishing', () => {
  test('a short chart fits each size in one image, at exactly the size asked for', async ({ page }) => {
    await page.goto('/?panel=financing&lang=en');
    const menu = chartMenu(page, 'pledge-growth');
    for (const [size, width, height] of [
      ['article', 1200, null],
      ['wide', 1200, 675],
      ['square', 1080, 1080],
    ] as const) {
      const files = await sized(page, menu, size);
      expect(files.map((f) => f.name)).toEqual([
        expect.stringMatching(new RegExp(`^ip-atlas_financing-pledge-growth_\\d{4}-\\d{2}-\\d{2}_${size}\\.png$`)),
      ]);
      const got = pngSize(files[0]!.bytes);
      expect(got.width, size).toBe(width);
      if (height) expect(got.height, size).toBe(height);
      else expect(got.height).toBeLessThanOrEqual(1600);
      expect((await colours(page, files[0]!.bytes, [])).count, `${size} is drawn`).toBeGreaterThan(50);
    }
  });

  test('a long chart is split between its rows into numbered article images, none over 1600 px', async ({ page }) => {
    await page.goto('/?panel=financing');
    const files = await sized(page, chartMenu(page, 'pledge'), 'article');
    expect(files.length).toBeGreaterThan(1);
    files.forEach((f, i) => {
      expect(f.name).toMatch(new RegExp(`_article-${i + 1}of${files.length}\\.png$`));
      const got = pngSize(f.bytes);
      expect(got.width).toBe(1200);
      expect(got.height).toBeLessThanOrEqual(1600);
    });
    for (const f of files) {
      const { found } = await colours(page, f.bytes, [[0x00, 0x72, 0xb2]]);
      expect(found, `${f.name}: the financing blue of the bars`).toEqual([true]);
    }
  });

  test('the map fits an article image whole, legend included', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    const [file, ...more] = await sized(page, mapMenu(page), 'article');
    expect(more).toEqual([]);
    const got = pngSize(file!.bytes);
    expect(got.width).toBe(1200);
    expect(got.height).toBeLessThanOrEqual(1600);
    expect((await colours(page, file!.bytes, [LAND])).found, 'land').toEqual([true]);
  });
});

test.describe('exporting the map with WebGL', () => {
  test('draws the WebGL map under the overlay, at 2×, and lists every city drawn', async ({ page }) => {
    await page.goto('/');
    await idle(page);
    await expect(page.locator('.map-box')).toHaveAttribute('data-map-renderer', 'webgl');
    const menu = mapMenu(page);
    const svg = await exported(page, menu, 'SVG 矢量图');
    expect(svg.name).toMatch(/^ip-atlas_map-ip-pledge-amount_\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    const size = await checkSvg(page, svg.bytes, '知识产权质押融资金额');

    const png = await exported(page, menu, 'PNG 图片，2 倍尺寸');
    expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const drawn = await colours(page, png.bytes, [LAND]);
    expect(drawn.found, 'land, drawn by WebGL').toEqual([true]);
    expect(drawn.count).toBeGreaterThan(50);

    const markers = await page.locator('button[data-map-place]').count();
    const rows = readCsv((await exported(page, menu, /^CSV/)).bytes);
    expect(rows).toHaveLength(markers);
    expect(rows.find((r) => r.place_id === 'kunming')).toMatchObject({ value: '', quote: '' });
    for (const row of rows.filter((r) => r.value !== '')) expect(seed(row.source_file)).toContain(row.quote);
    // Redrawing the canvas sharper for the export moved nothing the URL records.
    expect(new URL(page.url()).searchParams.has('cam')).toBe(false);
  });

  test('lists the districts drawn around a chosen city too', async ({ page }) => {
    // Districts show at city zoom, where choosing a city on the map flies to.
    await page.goto('/?lang=en');
    await idle(page);
    await page.locator('button[data-map-place="chengdu"]').click();
    await expect(page).toHaveURL(/cam=/);
    await idle(page);
    await expect(page.locator('button[data-map-place="pidu"]')).toBeVisible();
    await expect(page.locator('button[data-map-place="cd-hitech"]')).toBeVisible();
    const markers = await page.locator('button[data-map-place]').count();
    const rows = readCsv((await exported(page, mapMenu(page), /^CSV/)).bytes);
    expect(rows).toHaveLength(markers);
  });
});

/** Chromium without WebGL: the SVG map. Launched apart, as in map.spec.ts, and watched as the fixture does. */
test.describe('exporting the map without WebGL', () => {
  let noWebGL: Browser;
  let page: Page;
  let problems: PageProblems;

  test.beforeAll(async ({ playwright }) => {
    noWebGL = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
  });
  test.afterAll(async () => noWebGL.close());
  test.beforeEach(async ({ baseURL }) => {
    page = await noWebGL.newPage({ baseURL, acceptDownloads: true });
    problems = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(async () => {
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
  });

  test('exports the SVG map as vectors, at 2×, with a row per city', async () => {
    await page.goto('/?lang=en');
    await idle(page);
    await expect(page.locator('.map-box')).toHaveAttribute('data-map-renderer', 'svg');
    const menu = mapMenu(page);
    const svg = await exported(page, menu, 'SVG vector image');
    expect(svg.bytes.toString('utf8')).not.toContain('<image');
    expect(svg.bytes.toString('utf8')).toMatch(/<path [^>]*d="M/);
    const size = await checkSvg(page, svg.bytes, 'IP pledge financing');
    const png = await exported(page, menu, 'PNG image, 2× size');
    expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect((await colours(page, png.bytes, [LAND])).found, 'land').toEqual([true]);
    const rows = readCsv((await exported(page, menu, /^CSV/)).bytes);
    expect(rows).toHaveLength(await page.locator('button[data-map-place]').count());
  });
});

test.describe('in WeChat’s browser', () => {
  test.use({ userAgent: WECHAT_UA });

  test('shows the PNG in a dialog to save by long-press instead of downloading it', async ({ page }) => {
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto('/?panel=financing');
    const menu = chartMenu(page, 'pledge');
    await menu.locator('.trigger').click();
    await menu.getByRole('button', { name: 'PNG 图片，2 倍尺寸' }).click();
    const dialog = page.getByRole('dialog', { name: '长按图片保存' });
    await expect(dialog).toBeVisible();
    const image = dialog.getByRole('img', { name: '知识产权质押融资金额' });
    await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
    const natural = await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(natural).toBeGreaterThan(1000);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await menu.locator('.trigger').click();
    await menu.getByRole('button', { name: /^CSV/ }).click();
    await expect(page.getByRole('dialog')).toContainText('在浏览器中打开');
    expect(downloads).toEqual([]);
  });
});

test.describe('printing', () => {
  test('hides the chrome, keeps the map and the panel, and ends with the five sources, the link and the date', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/?panel=plan&lang=en');
    await idle(page);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of [
      '#app > header button',
      '[role="tablist"]',
      '.export .trigger',
      '.map-box .controls',
      '.map-area select',
      '.frame .toggle',
    ]) {
      for (const el of await page.locator(chrome).all()) await expect(el, chrome).toBeHidden();
    }
    await expect(page.locator('.map-box')).toBeVisible();
    await expect(page.locator('[data-panel="plan"]')).toBeVisible();
    const footer = page.locator('.print-footer');
    await expect(footer).toBeVisible();
    await expect(footer.locator('li')).toHaveCount(sources.length);
    for (const s of sources) await expect(footer).toContainText(s.title.en);
    await expect(footer).toContainText(page.url());
    await expect(footer).toContainText(/Printed \d{4}-\d{2}-\d{2}/);

    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.emulateMedia({ media: 'screen' });
    await expect(footer).toBeHidden();
  });

  test('lays the handout out for paper: the map beside its key, the panel across the page, the matrix’s head repeatable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/?panel=designations&theme=dark');
    await idle(page);
    await page.emulateMedia({ media: 'print' });
    const box = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const [main, panels, map, key] = await Promise.all(
      ['main.explore', '.panel-column', '.map-box', '.map-area > div:last-child'].map(box),
    );
    expect(panels!.width, 'the panel spans the page, leaving no blank column on later pages').toBeGreaterThan(main!.width * 0.95);
    expect(key!.left, 'the key sits beside the map').toBeGreaterThan(map!.right);
    expect(key!.top).toBeLessThan(map!.bottom);
    // Chromium repeats a table's head on every page, but not the buttons in it: plain names stand in on paper.
    const head = page.locator('[data-chart="matrix"] thead');
    await expect(head.locator('button')).toHaveCount(5);
    for (const b of await head.locator('button').all()) await expect(b).toBeHidden();
    await expect(head.locator('[data-print="only"]')).toHaveText(['成都', '昆明', '广州', '杭州', '宁波']);
    for (const el of await head.locator('[data-print="only"]').all()) await expect(el).toBeVisible();
    expect(
      await page
        .locator('[data-print="scroll"]')
        .first()
        .evaluate((el) => getComputedStyle(el).overflowX),
    ).toBe('visible');
    // The basemap prints, in the light palette whatever the screen's theme.
    const landShare = async () => {
      const png = await page.locator('.map-box').screenshot();
      const { shares: [land = 0] = [] } = await askPixels(page, png, { kind: 'shares', probes: [LAND], tolerance: 6 });
      return land;
    };
    await expect.poll(landShare, { message: 'light land on the printed map', timeout: 10_000 }).toBeGreaterThan(0.2);
    await page.emulateMedia({ media: 'screen' });
    await expect(head.locator('[data-print="only"]').first()).toBeHidden();
  });
});
