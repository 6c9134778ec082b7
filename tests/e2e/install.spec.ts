import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { expect, test, watchPage } from './fixtures';

test.describe('installing the app', () => {
  test('Chromium reads a valid manifest and reports the app installable, and the installed app opens offline', async ({ baseURL }) => {
    // Chromium never offers to install from an incognito profile, which is what a test's context is: this one keeps a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'ip-atlas-install-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, baseURL });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string; critical: number }[];
      data?: string;
    };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { name: string; icons: { sizes: string; purpose: string }[]; start_url: string };
    expect(data.name).toBe('知识产权城市图谱 · IP Atlas');
    expect(data.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '192x192 maskable',
      '512x512 any',
      '512x512 maskable',
    ]);
    await expect
      .poll(
        async () =>
          ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors,
        {
          timeout: 30_000,
        },
      )
      .toEqual([]);

    for (const [path, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/icons/maskable-512.png', 'image/png'],
      ['/og-card.png', 'image/png'],
    ] as const) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toContain(type === 'image/x-icon' ? 'icon' : type);
    }

    await context.setOffline(true);
    await page.goto(data.start_url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('知识产权城市图谱');
    await expect(page.locator('button[data-map-place="ningbo"]').first()).toBeVisible();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
  });

  test('a shared link carries a card: Open Graph and Twitter tags, a theme colour and a canonical link', async ({ page }) => {
    await page.goto('/?panel=financing');
    const head = await page.evaluate(() => ({
      og: Object.fromEntries(
        [...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.getAttribute('content')]),
      ),
      twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      themes: [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => m.getAttribute('content')),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    }));
    expect(head.og).toMatchObject({ 'og:title': '知识产权城市图谱 · IP Atlas', 'og:image': '/og-card.png', 'og:image:width': '1200' });
    expect(head.twitter).toBe('summary_large_image');
    expect(head.themes).toHaveLength(2);
    expect(head.canonical).toBe('/');
    const card = await page.request.get(head.og['og:image']!);
    expect(card.status()).toBe(200);
    expect((await card.body()).readUInt32BE(16)).toBe(1200);
  });
});
