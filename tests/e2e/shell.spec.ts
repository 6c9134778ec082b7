import { expect, test } from './fixtures';

test.describe('the app shell', () => {
  test('lists the five cities and their districts in Chinese by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识产权城市图谱');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const city of ['成都', '昆明', '广州', '杭州', '宁波']) {
      await expect(page.locator('.city h3', { hasText: city })).toBeVisible();
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

  test('shows every figure count the dataset holds', async ({ page }) => {
    await page.goto('/?lang=en');
    const counts = await page
      .locator('[data-place] > .counts strong:first-child, [data-place] > h3 + .counts strong:first-child')
      .allTextContents();
    expect(counts.length).toBeGreaterThan(5);
    await expect(page.locator('.total')).toContainText(/\d{3} figures/);
  });
});
