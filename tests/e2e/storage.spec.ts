import type { Page } from '@playwright/test';
import { BUILTIN_DECK } from '../../src/present/builtinDeck';
import { expect, test } from './fixtures';
import { seedRecords, storedKeys } from './idb';

/**
 * Saved views and decks as a hostile or unlucky history leaves them: records
 * written straight into IndexedDB, storage that never answers, and a full disk.
 */

const AT = '2026-01-01T00:00:00.000Z';
const view = (id: string, name: string, query = 'v=1&panel=plan') => ({ v: 1, id, name, query, created: AT, updated: AT });
const deck = (id: string, title: string, dates: { created?: string; updated?: string } = {}) => ({
  v: 1,
  id,
  title,
  slides: [{ view: 'v=1&panel=patents', title: 'Patents', notes: '' }],
  created: dates.created ?? AT,
  updated: dates.updated ?? AT,
});

async function openSaved(page: Page) {
  await page.getByRole('button', { name: 'Saved views' }).click();
  return page.getByRole('dialog', { name: 'Saved views' });
}

async function openDecks(page: Page) {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  return page.getByTestId('deck-dialog');
}

const deckFile = (text: string, name = 'deck.ip-atlas-deck.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('stored records', () => {
  test('two records with one id under different keys are both listed, and each is deleted by its own key', async ({ page }) => {
    await page.goto('/?lang=en');
    await seedRecords(page, [
      ['view:aaaaaa01', view('aaaaaa01', 'First')],
      ['view:bbbbbb02', view('aaaaaa01', 'Second, same id')],
      ['view:cccccc03', view('cccccc03', 'Third')],
      ['deck:dddddd04', deck('dddddd04', 'Deck one')],
      ['deck:eeeeee05', deck('dddddd04', 'Deck two, same id')],
    ]);
    await page.reload();
    const dialog = await openSaved(page);
    await expect(dialog.locator('[data-saved-view]')).toHaveCount(3);
    await dialog.locator('[data-saved-view="view:bbbbbb02"]').getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.locator('[data-saved-view]')).toHaveCount(2);
    await page.keyboard.press('Escape');

    const decks = await openDecks(page);
    await expect(decks.locator('li.card')).toHaveCount(3);
    const card = decks.locator('li.card', { hasText: 'Deck two, same id' });
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Confirm delete' }).click();
    await expect(decks.locator('li.card')).toHaveCount(2);

    await page.reload();
    expect(await storedKeys(page)).toEqual(['deck:dddddd04', 'view:aaaaaa01', 'view:cccccc03']);
    const again = await openSaved(page);
    await expect(again.locator('[data-saved-view] .name')).toHaveText([/Third|First/, /Third|First/]);
  });

  test('a record whose key and id differ is deleted for good, not brought back by a reload', async ({ page }) => {
    await page.goto('/?lang=en');
    await seedRecords(page, [
      ['view:zzzzzz99', view('aaaaaa01', 'Mismatched')],
      ['deck:yyyyyy98', deck('abcdef12', 'Mismatched deck')],
    ]);
    await page.reload();
    const dialog = await openSaved(page);
    await dialog.locator('[data-saved-view="view:zzzzzz99"]').getByRole('button', { name: 'Delete' }).click();
    await page.keyboard.press('Escape');
    const decks = await openDecks(page);
    const card = decks.locator('li.card', { hasText: 'Mismatched deck' });
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Confirm delete' }).click();
    await expect(decks.locator('li.card')).toHaveCount(1);
    await page.reload();
    expect(await storedKeys(page)).toEqual([]);
  });

  test('impossible dates are skipped with a notice, and the valid records are still listed', async ({ page }) => {
    await page.goto('/?lang=en');
    await seedRecords(page, [
      ['view:goodview1', view('goodview1', 'Good view')],
      ['view:badmonth1', { ...view('badmonth1', 'Month 13'), created: '2026-13-01T00:00:00.000Z' }],
      ['deck:gooddeck1', deck('gooddeck1', 'Good deck')],
      ['deck:baddeck01', deck('baddeck01', 'February 30', { updated: '2026-02-30T00:00:00.000Z' })],
    ]);
    await page.reload();
    const dialog = await openSaved(page);
    await expect(dialog.locator('[data-saved-view] .name')).toHaveText(['Good view']);
    await expect(dialog.getByText('1 saved record could not be read and was skipped (it was left untouched).')).toBeVisible();
    await page.keyboard.press('Escape');
    const decks = await openDecks(page);
    await expect(decks.locator('li.card')).toHaveCount(2);
    await expect(decks.getByText('1 stored deck could not be read and was skipped (it was left untouched).')).toBeVisible();

    const file = JSON.stringify({ kind: 'ip-atlas-deck', ...deck('x', 'Impossible', { created: '2026-13-01T00:00:00.000Z' }) });
    await page.getByTestId('deck-import').setInputFiles(deckFile(file));
    await expect(decks.getByRole('alert')).toHaveText(
      'This file could not be imported: the deck’s dates are not valid. Nothing was changed.',
    );
    expect(await storedKeys(page)).toEqual(['deck:baddeck01', 'deck:gooddeck1', 'view:badmonth1', 'view:goodview1']);
  });

  test('deck files in UTF-16 import, and files with NUL bytes are refused with a message', async ({ page }) => {
    await page.goto('/?lang=en');
    const decks = await openDecks(page);
    const text = JSON.stringify({ kind: 'ip-atlas-deck', ...deck('x', '杭州与宁波 UTF-16') });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await page.getByTestId('deck-import').setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
    await expect(decks.getByRole('status')).toHaveText('Imported “杭州与宁波 UTF-16”.');
    await expect(decks.locator('li.card', { hasText: '杭州与宁波 UTF-16' })).toHaveCount(1);

    const withNul = Buffer.from(text.replace('UTF-16', 'NUL\u0000'));
    await page.getByTestId('deck-import').setInputFiles({ name: 'nul.json', mimeType: 'application/json', buffer: withNul });
    await expect(decks.getByRole('alert')).toHaveText('This file could not be imported: the file is not valid JSON. Nothing was changed.');
    await expect(decks.locator('li.card')).toHaveCount(2);
  });
});

test.describe('storage that fails', () => {
  test('when opening IndexedDB never settles, both dialogs say storage is unavailable and the app carries on', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) });
    });
    await page.goto('/?lang=en');
    const dialog = await openSaved(page);
    await expect(dialog.getByText(/This browser’s storage is unavailable/)).toBeVisible({ timeout: 10_000 });
    await dialog.getByLabel('Save this view').fill('Kept in memory');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.locator('[data-saved-view] .name')).toHaveText(['Kept in memory']);
    await expect(dialog.locator('[data-save-status]')).toHaveText('');
    await expect(dialog.getByRole('button', { name: 'Download as a list of links' })).toBeVisible();
    await page.keyboard.press('Escape');
    const decks = await openDecks(page);
    await expect(decks.getByText(/This browser’s storage is unavailable, so decks last only for this visit/)).toBeVisible();
  });

  test('present mode shows the built-in deck at once, and says so when a stored deck cannot be read', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) });
    });
    await page.goto('/?mode=present&lang=en');
    await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${BUILTIN_DECK.slides.length}`);
    await page.goto('/?mode=present&deck=abcdef12&lang=en');
    await expect(page.getByRole('alert')).toHaveText(
      'The decks on this device cannot be read: the browser’s storage is unavailable or not answering. Present the built-in deck, or import a deck file.',
      { timeout: 10_000 },
    );
    await page.getByRole('button', { name: 'Present the built-in deck' }).click();
    await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${BUILTIN_DECK.slides.length}`);
  });

  test('with the disk full, saving a view or importing a deck says it was not stored, and never reports success', async ({ page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/?lang=en');
    const dialog = await openSaved(page);
    await dialog.getByLabel('Save this view').fill('Too much');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.getByText(/^Not saved: this browser’s storage is full\./)).toBeVisible();
    await expect(dialog.locator('[data-save-status]')).toHaveText('');
    await expect(dialog.locator('[data-saved-view] .name')).toHaveText(['Too much']);
    await page.keyboard.press('Escape');

    const decks = await openDecks(page);
    const big = JSON.stringify({
      kind: 'ip-atlas-deck',
      ...deck('x', 'A 600 KB deck'),
      slides: Array.from({ length: 150 }, (_, i) => ({ view: 'v=1&panel=financing', title: `Slide ${i + 1}`, notes: 'n'.repeat(3900) })),
    });
    expect(big.length).toBeGreaterThan(580_000);
    await page.getByTestId('deck-import').setInputFiles(deckFile(big));
    await expect(decks.getByRole('alert')).toContainText(
      'Imported “A 600 KB deck”, but it could not be stored in the browser: Not saved: this browser’s storage is full.',
    );
    await expect(decks.getByText('Imported “A 600 KB deck”.')).toHaveCount(0);

    await page.reload();
    expect(await storedKeys(page)).toEqual([]);
  });
});
