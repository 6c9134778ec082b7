import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, backwards = false, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with the keyboard`);
}

test('a keyboard-only user chooses a place, opens a figure’s source and shares the view', async ({ page }) => {
  await page.goto('/');
  await page.waitForSelector('[data-map-state="idle"]');

  await tabTo(page, '[data-map-place="chengdu"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=chengdu/);

  await tabTo(page, 'button.value[data-obs]');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.source-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await tabTo(page, 'header button.primary', true);
  await page.keyboard.press('Enter');
  const link = page.getByRole('textbox', { name: '链接', exact: true });
  await expect(link).toBeVisible();
  expect(await link.inputValue()).toContain('focus=chengdu');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the share, saved-view and deck dialogs have no serious accessibility violations', async ({ page }) => {
  await page.goto('/?lang=en');
  for (const name of ['Share', 'Saved views', 'Briefing']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  }
});
