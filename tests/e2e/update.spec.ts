import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILD_META } from '../../src/offline/protocol';
import { expect, test } from '@playwright/test';
import { watchPage, type PageProblems } from './fixtures';

/**
 * Two real builds, A (the one under test) and B (the same source with one string
 * changed), served by a small server that can also serve a deploy half done: A's
 * index.html beside B's worker and files. A page must always come from one build.
 */

const root = join(import.meta.dirname, '../..');
const A = join(root, process.env.E2E_DIST ?? 'dist');
const MARK = 'B 版本';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

type Deploy = 'A' | 'B' | 'half';

let B = '';
let work = '';
let deploy: Deploy = 'A';
let server: Server;
let origin = '';

const buildOf = (dir: string) =>
  /<meta name="ip-atlas-build" content="([0-9a-f]+)">/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
const scriptsOf = (dir: string) => new Set(readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')));

/** Builds B in a copy of the project whose tagline says it is B. */
function buildB(): string {
  work = mkdtempSync(join(tmpdir(), 'ip-atlas-b-'));
  for (const name of [
    'index.html',
    'package.json',
    'tsconfig.json',
    'tsconfig.node.json',
    'vite.config.ts',
    'src',
    'public',
    'scripts',
    'seeds',
  ])
    cpSync(join(root, name), join(work, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  const messages = join(work, 'src/shell/messages.ts');
  writeFileSync(messages, readFileSync(messages, 'utf8').replace("appTagline: '", `appTagline: '${MARK}：`));
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: work,
    stdio: 'pipe',
  });
  return join(work, 'dist');
}

function serve(): Promise<void> {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path === '/' ? '/index.html' : path;
    const dir = deploy === 'A' ? A : deploy === 'B' ? B : file === '/index.html' ? A : B;
    const full = join(dir, file);
    if (!full.startsWith(dir) || !existsSync(full)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(full));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
      resolve();
    }),
  );
}

/** The build the page says it is, its tagline, and the scripts it ran. */
async function pageBuild(page: Page) {
  await expect(page.locator('[data-print="header"] h1')).toBeVisible();
  return page.evaluate((meta) => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/assets/') && p.endsWith('.js'))
      .map((p) => p.slice('/assets/'.length));
    return {
      build: document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') ?? null,
      tagline: document.querySelector('[data-print="header"] .tagline')?.textContent ?? '',
      scripts,
    };
  }, BUILD_META);
}

/** Pages here are served by this file's server, not the suite's, so they are watched against its origin. */
const watched: PageProblems[] = [];
const watch = (page: Page) => {
  watched.push(watchPage(page, origin));
  return page;
};

/** Opens the app and waits until its service worker is installed and controls the page. */
async function installed(page: Page) {
  watch(page);
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test.describe('updating the offline app', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    B = buildB();
    await serve();
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.beforeEach(() => {
    deploy = 'A';
    watched.length = 0;
  });

  test.afterEach(() => {
    for (const problems of watched) {
      expect(problems.pageErrors, 'uncaught errors').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.outsideRequests, 'requests beyond the origin').toEqual([]);
    }
  });

  test('the two builds differ, and each names itself in its HTML', () => {
    expect(buildOf(A)).toMatch(/^[0-9a-f]{16}$/);
    expect(buildOf(B)).toMatch(/^[0-9a-f]{16}$/);
    expect(buildOf(B)).not.toBe(buildOf(A));
  });

  test('a new build is offered once it is fully cached, and reloading switches to it whole, online and offline', async ({
    context,
    page,
  }) => {
    await installed(page);
    expect((await pageBuild(page)).build).toBe(buildOf(A));

    deploy = 'B';
    // The old build keeps serving; the browser fetches the new worker, which downloads and checks B.
    await page.reload();
    const still = await pageBuild(page);
    expect(still.build).toBe(buildOf(A));
    expect(still.tagline).not.toContain(MARK);
    const offer = page.locator('[data-update-ready]');
    await expect(offer).toBeVisible({ timeout: 30_000 });

    await offer.getByRole('button', { name: '重新载入以更新' }).click();
    await expect(page.locator('[data-print="header"] .tagline')).toContainText(MARK, { timeout: 30_000 });
    const updated = await pageBuild(page);
    expect(updated.build).toBe(buildOf(B));
    const bScripts = scriptsOf(B);
    expect(updated.scripts.filter((s) => !bScripts.has(s))).toEqual([]);

    await context.setOffline(true);
    const offline = watch(await context.newPage());
    await offline.goto(`${origin}/?panel=financing`);
    const fromCache = await pageBuild(offline);
    expect(fromCache.build).toBe(buildOf(B));
    expect(fromCache.tagline).toContain(MARK);
    expect(fromCache.scripts.filter((s) => !bScripts.has(s))).toEqual([]);
    await context.setOffline(false);
  });

  test('a deploy half done (old HTML beside new files) is refused, and the installed build keeps serving whole', async ({
    context,
    page,
  }) => {
    await installed(page);
    deploy = 'half';
    // The new worker installs and fails its check on index.html; nothing is offered.
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'no registration';
      await registration.update().catch(() => {});
      const worker = registration.installing;
      if (!worker) return registration.waiting ? 'waiting' : 'nothing installed';
      return new Promise<string>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
        });
      });
    });
    expect(outcome).toBe('redundant');
    await expect(page.locator('[data-update-ready]')).toHaveCount(0);

    for (const offline of [false, true]) {
      await context.setOffline(offline);
      const tab = watch(await context.newPage());
      await tab.goto(`${origin}/?panel=patents`);
      const seen = await pageBuild(tab);
      expect(seen.build, offline ? 'offline' : 'online').toBe(buildOf(A));
      expect(seen.tagline).not.toContain(MARK);
      const aScripts = scriptsOf(A);
      expect(seen.scripts.filter((s) => !aScripts.has(s))).toEqual([]);
      await tab.close();
    }
    await context.setOffline(false);

    // When the deploy completes, the new build installs after all.
    deploy = 'B';
    const completed = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const worker = registration?.installing;
      if (!worker) return registration?.waiting ? 'installed' : 'nothing';
      return new Promise<string>((resolve) =>
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
        }),
      );
    });
    expect(completed).toBe('installed');
  });
});
