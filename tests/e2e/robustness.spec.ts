import fc from 'fast-check';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-plugin-csp';
import { expect, test } from './fixtures';
import { seedRecords, storedKeys } from './idb';

/** Fuzz cases run by this file, reported by the closing note; keep in step with the numRuns below. */
const URL_CASES = 40;
const MESSAGE_CASES = 300;

test.describe('the Content-Security-Policy', () => {
  for (const [mode, path] of [
    ['explore', '/?panel=financing'],
    ['embed', '/?v=1&embed=1&panel=patents&lang=en'],
    ['embed map', '/?v=1&embed=1&panel=map'],
    ['present', '/?mode=present'],
  ] as const) {
    test(`holds in ${mode} mode with no violation`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    });
  }
});

test.describe('input from outside', () => {
  test(`any URL (${URL_CASES} generated) leaves a working page`, async ({ page }) => {
    const key = fc.constantFrom(
      'v',
      'lang',
      'embed',
      'mode',
      'panel',
      'places',
      'focus',
      'ind',
      'period',
      'cmp',
      'measure',
      'cam',
      'theme',
      'slide',
      'deck',
      'x',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('chengdu~pidu', 'financing', 'en', '1', 'present', '104~30~6', '%E0%A4', '999999'),
    );
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    const samples = fc.sample(query, { numRuns: URL_CASES, seed: 20261121 });
    for (const q of samples) {
      await page.goto(`/?${q}`);
      await expect(page.locator('#app > *').first(), q).toBeVisible();
    }
  });

  test('corrupt, outdated and huge IndexedDB records are skipped and kept, and valid ones survive', async ({ page }) => {
    await page.goto('/');
    const good = {
      v: 1,
      id: 'goodview0001',
      name: 'A good view',
      query: 'v=1&panel=plan',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    await seedRecords(page, [
      [`view:${good.id}`, good],
      ['view:garbage', 'garbage'],
      ['view:old', { v: 0, id: 'old', name: 'old', query: 'x' }],
      ['view:hugeview0001', { ...good, id: 'hugeview0001', name: 'x'.repeat(1_000_000) }],
      ['deck:broken', { v: 1, slides: 'not an array' }],
    ]);
    await page.reload();
    await page.getByRole('button', { name: '已存视图' }).click();
    await expect(page.locator('[data-saved-view]')).toHaveCount(1);
    await expect(page.getByText('有 3 条已存记录无法读取，已跳过（原记录未被改动）。')).toBeVisible();
    await page.getByRole('button', { name: 'A good view' }).click();
    await expect(page).toHaveURL(/panel=plan/);
    const keys = await storedKeys(page);
    expect(keys).toEqual(['deck:broken', 'view:garbage', 'view:goodview0001', 'view:hugeview0001', 'view:old']);
  });

  test(`an embed ignores ${MESSAGE_CASES} generated messages`, async ({ page }) => {
    await page.goto('/?v=1&embed=1&panel=financing&ind=ip-pledge-amount&cmp=0&measure=absolute&lang=zh&theme=auto');
    await page.waitForSelector('article.embed');
    const before = { url: page.url(), text: await page.locator('article.embed').innerText() };
    const messages = fc.sample(
      fc.oneof(
        fc.anything(),
        fc.record({
          type: fc.constantFrom('ip-atlas:height', 'ip-atlas:view', 'ip-atlas:set'),
          lang: fc.constantFrom('en', 'zh'),
          view: fc.string(),
          height: fc.double(),
        }),
      ),
      { numRuns: MESSAGE_CASES, seed: 7 },
    );
    await page.evaluate(
      (list) => {
        for (const m of list) window.postMessage(m, '*');
      },
      JSON.parse(JSON.stringify(messages)) as unknown[],
    );
    await page.waitForTimeout(300);
    expect({ url: page.url(), text: await page.locator('article.embed').innerText() }).toEqual(before);
  });
});
