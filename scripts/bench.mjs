#!/usr/bin/env node
// npm run bench: build the app, serve it locally, load it in Debian's Chromium several
// times and report medians of load, map and storage timings, p75 of 20 runs of each
// interaction (as is and with the CPU throttled 4×), bytes and heap; add the unit-level
// benchmarks vitest measured (bench/vitest.json), compare each time with its budget,
// write bench/results.json and exit non-zero when a budget is missed. Times live here,
// never in npm test: a shared machine's load makes any timing assertion flaky.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);

/** Budgets in ms: a frame's worth for an interaction (four times that throttled), and the map's idle. */
const BUDGETS = {
  mapIdle: 800,
  selectPlace: 50,
  switchPanel: 50,
  changeLanguage: 50,
  selectPlace4x: 200,
  switchPanel4x: 200,
  changeLanguage4x: 200,
  savedViewsDialog: 500,
  decksDialog: 1000,
  'vitest: symbols, labels and collisions of the whole overlay': 16,
  'vitest: headline for every place': 16,
  'vitest: comparable groups of one indicator': 16,
};
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const origin = `http://127.0.0.1:${PORT}`;
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

if (!process.env.BENCH_SKIP_BUILD) execSync('npm run build', { cwd: root, stdio: 'ignore' });

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
process.on('exit', () => server.kill());
await waitFor(origin);

const gzipOf = (() => {
  const cache = new Map();
  return (path) => {
    if (!cache.has(path)) {
      const file = join(dist, path === '/' ? 'index.html' : decodeURIComponent(path));
      cache.set(path, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return cache.get(path);
  };
})();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const rows = [];
for (let run = 0; run < RUNS; run++) rows.push(await measure());
const interactions = { ...(await measureInteractions(1, '')), ...(await measureInteractions(4, '4x')) };
await browser.close();
server.kill();

const keys = Object.keys(rows[0]);
const quantile = (values, q) => {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(v.length * q))];
};
const median = (k) =>
  quantile(
    rows.map((r) => r[k]),
    0.5,
  );
const LABELS = {
  jsKiB: ['JS transferred on first load (gzip)', 'KiB'],
  totalKiB: ['All bytes on first load, map idle (gzip)', 'KiB'],
  fcp: ['First contentful paint', 'ms'],
  lcp: ['Largest contentful paint', 'ms'],
  mapIdle: ['Map idle after navigation (MapLibre)', 'ms'],
  selectPlace: ['Select a place (click → next frame)', 'ms'],
  switchPanel: ['Switch panel (click → next frame)', 'ms'],
  changeLanguage: ['Change language (click → next frame)', 'ms'],
  heapMiB: ['JS heap after the interactions', 'MiB'],
  embedFcp: ['Chart embed: first contentful paint', 'ms'],
  embedKiB: ['Chart embed: all bytes (gzip)', 'KiB'],
  savedViewsDialog: ['Saved-views dialog with 2,000 views (click → listed)', 'ms'],
  decksDialog: ['Deck dialog with 200 decks (click → listed)', 'ms'],
  selectPlace4x: ['Select a place, CPU throttled 4×', 'ms'],
  switchPanel4x: ['Switch panel, CPU throttled 4×', 'ms'],
  changeLanguage4x: ['Change language, CPU throttled 4×', 'ms'],
};

const results = [
  ...keys
    .filter((k) => !(k in interactions))
    .map((k) => ({ key: k, label: LABELS[k][0], value: median(k), unit: LABELS[k][1], stat: `median of ${RUNS}` })),
  ...Object.entries(interactions).map(([k, values]) => ({
    key: k,
    label: LABELS[k][0],
    value: quantile(values, 0.75),
    unit: 'ms',
    stat: `p75 of ${values.length}`,
  })),
  ...vitestResults(),
].map((r) => ({ ...r, budget: BUDGETS[r.key] ?? null, ok: BUDGETS[r.key] === undefined || r.value <= BUDGETS[r.key] }));

console.log(
  `\nIP Atlas benchmark: ${RUNS} cold loads and ${CLICKS} runs of each interaction in Chromium ${browser.version()} (swiftshader WebGL), 1440×900\n`,
);
console.log('| measure | value | unit | statistic | budget |\n|---|---:|---|---|---:|');
for (const r of results)
  console.log(`| ${r.label} | ${round(r.value)} | ${r.unit} | ${r.stat} | ${r.budget === null ? '' : `${r.budget}${r.ok ? '' : ' ✗'}`} |`);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), runs: RUNS, clicks: CLICKS, results }, null, 2)}\n`,
);
const missed = results.filter((r) => !r.ok);
if (missed.length > 0) {
  console.error(
    `\n${missed.length} budget(s) missed: ${missed.map((r) => `${r.label} ${round(r.value)} > ${r.budget} ${r.unit}`).join('; ')}`,
  );
  process.exitCode = 1;
}

/** vitest bench's own measures (npm run bench runs it first), as mean ms per run. */
function vitestResults() {
  const file = join(root, 'bench/vitest.json');
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.files.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.benchmarks.map((b) => ({
        key: `vitest: ${b.name}`,
        label: `${g.fullName.split(' > ').at(-1)}: ${b.name}`,
        value: b.mean,
        unit: 'ms',
        stat: `mean of ${b.sampleCount}`,
      })),
    ),
  );
}

async function measure() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let js = 0;
  let total = 0;
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) throw new Error(`request beyond the origin: ${url}`);
    const bytes = gzipOf(url.pathname);
    total += bytes;
    if (url.pathname.endsWith('.js')) js += bytes;
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver(() => {
      if (!window.__mapIdle && document.querySelector('[data-map-state="idle"][data-map-renderer="webgl"]'))
        window.__mapIdle = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state', 'data-map-renderer'] });
  });
  await page.goto(origin + '/');
  await page.waitForFunction(() => window.__mapIdle, null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const load = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    mapIdle: window.__mapIdle,
  }));
  const jsKiB = js / 1024;
  const totalKiB = total / 1024;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapMiB = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20;
  await context.close();
  return {
    jsKiB,
    totalKiB,
    ...load,
    heapMiB,
    ...(await measureEmbed()),
    ...(await measureDialogs()),
  };
}

/** Both storage dialogs on a device that holds 2,000 saved views and 200 decks, opened right after a cold load. */
async function measureDialogs() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('ip-atlas');
      open.onupgradeneeded = () => open.result.createObjectStore('records');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const at = (i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const id = (prefix, i) => `${prefix}${String(i).padStart(6, '0')}`;
    for (let i = 0; i < 2000; i++) {
      const view = {
        v: 1,
        id: id('view', i),
        name: `视图 ${i}`,
        query: `v=1&panel=financing&places=chengdu`,
        created: at(i),
        updated: at(i),
      };
      store.put(view, `view:${view.id}`);
    }
    const slides = Array.from({ length: 10 }, (_, n) => ({ view: 'v=1&panel=patents', title: `第 ${n + 1} 页`, notes: '' }));
    for (let i = 0; i < 200; i++) {
      const deck = { v: 1, id: id('deck', i), title: `演示稿 ${i}`, slides, created: at(i), updated: at(i) };
      store.put(deck, `deck:${deck.id}`);
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  const openDialog = async (button, selector, count) => {
    await page.reload();
    await page.waitForSelector(`header button:text-is("${button}")`);
    const ms = await page.evaluate(
      async ({ button, selector, count }) => {
        const trigger = [...document.querySelectorAll('header button')].find((b) => b.textContent.trim() === button);
        const start = performance.now();
        trigger.click();
        await new Promise((resolve, reject) => {
          const check = () => {
            if (document.querySelectorAll(selector).length >= count) resolve();
            else if (performance.now() - start > 10_000) reject(new Error(`${selector}: fewer than ${count} after 10 s`));
            else requestAnimationFrame(check);
          };
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      },
      { button, selector, count },
    );
    await page.keyboard.press('Escape');
    return ms;
  };
  const savedViewsDialog = await openDialog('已存视图', '[data-saved-view]', 100);
  // Each dialog draws its first page: 100 views, and the built-in deck with 50 of the user's.
  const decksDialog = await openDialog('演示', '[data-deck]', 51);
  await context.close();
  return { savedViewsDialog, decksDialog };
}

async function measureEmbed() {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', (response) => (bytes += gzipOf(new URL(response.url()).pathname)));
  await page.goto(`${origin}/?v=1&embed=1&panel=financing&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=zh&theme=auto`);
  await page.waitForSelector('article.embed');
  await page.waitForLoadState('networkidle');
  const embedFcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  return { embedFcp, embedKiB: bytes / 1024 };
}

/**
 * Each interaction CLICKS times on one loaded page, going back and forth between two
 * states so that every click changes something, at a CPU throttling rate.
 */
async function measureInteractions(rate, suffix) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin + '/');
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 30_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = { selectPlace: [], switchPanel: [], changeLanguage: [] };
  // Choosing a city flies the map to it; Back returns to the five cities for the next run.
  for (let i = 0; i < CLICKS; i++) {
    times.selectPlace.push(await clickToFrame(page, `[data-map-place="${i % 2 ? 'ningbo' : 'hangzhou'}"]`));
    await page.goBack();
  }
  for (let i = 0; i < CLICKS; i++) times.switchPanel.push(await clickToFrame(page, `[data-tab="${i % 2 ? 'financing' : 'patents'}"]`));
  for (let i = 0; i < CLICKS; i++) times.changeLanguage.push(await clickToFrame(page, 'header button[lang]'));
  await context.close();
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [`${k}${suffix}`, v]));
}

/** Time from a click to the end of the next frame: script, layout and paint of the change. */
async function clickToFrame(page, selector) {
  await page.waitForSelector(selector);
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    const start = performance.now();
    el.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, selector);
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`the preview server at ${url} did not start`);
}

function round(n) {
  return Number.isFinite(n) ? (n >= 100 ? Math.round(n) : Math.round(n * 10) / 10) : 'n/a';
}
