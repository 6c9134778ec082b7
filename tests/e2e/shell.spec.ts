import { expect, test } from './fixtures';

test.describe('the app shell', () => {
  test('lists the five cities and their districts in Chinese by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识产权城市图谱');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const city of ['成都', '昆明', '广州', '杭州', '宁波']) {
      await expect(page.locator('.city h4', { hasText: city })).toBeVisible();
    }
    await expect(page.locator('[data-place="pidu"]')).toContainText('郫都区');
    await expect(page.locator('[data-place="gz-devzone"]')).toContainText('广州开发区');
  });

  test('switches to English and puts the language in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IP Atlas');
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await expect(page.locator('[data-place="binjiang"]')).toContainText('Binjiang District');
  });

  test('gives each city’s counts in its profile, titles counted with its districts and zones', async ({ page }) => {
    const counts: Record<string, string> = {};
    for (const city of ['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo']) {
      await page.goto(`/?lang=en&focus=${city}`);
      const text = (await page.locator('.profile .counts').textContent()) ?? '';
      expect(text, city).toMatch(/^\s*\d+ figures · \d+ titles · \d+ events/);
      counts[city] = text;
    }
    // Guangzhou's titles are its zones': the city itself holds none, and the profile says both.
    expect(counts.guangzhou).toMatch(/0 titles · \d+ events\s*[1-9]\d* titles counting its districts and zones/);
  });
});
