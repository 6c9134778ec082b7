import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { BUILTIN_DECK } from '../../src/present/builtinDeck';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const TITLES = BUILTIN_DECK.slides.map((s) => s.title.en);
const TOTAL = TITLES.length;

/** The slide the audience sees: its number and its title. */
async function expectSlide(page: Page, n: number) {
  await expect(page.getByTestId('slide-counter')).toHaveText(`${n} / ${TOTAL}`);
  await expect(page.locator('.slide.current h1')).toHaveText(TITLES[n - 1]!);
  // Slide 1 is the default, which the URL leaves out.
  if (n === 1) await expect(page).not.toHaveURL(/[?&]slide=/);
  else await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
}

async function openDecks(page: Page) {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByTestId('deck-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('briefing mode', () => {
  test('presents the built-in deck from start to end with the keyboard', async ({ page }) => {
    await page.goto('/?lang=en');
    await openDecks(page);
    await page.locator('[data-deck="builtin"]').getByRole('button', { name: 'Present' }).click();
    await expect(page).toHaveURL(/mode=present/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${TOTAL}`);
    await expect(page.locator('.slide.current h1')).toHaveText(TITLES[0]!);

    const forward = ['ArrowRight', 'ArrowDown', ' ', 'PageDown'];
    for (let n = 2; n <= TOTAL; n++) {
      await page.keyboard.press(forward[n % forward.length]!);
      await expect(page.getByTestId('slide-counter')).toHaveText(`${n} / ${TOTAL}`);
      await expect(page.locator('.slide.current h1')).toHaveText(TITLES[n - 1]!);
    }
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('slide-counter')).toHaveText(`${TOTAL} / ${TOTAL}`);

    await page.keyboard.press('PageUp');
    await expectSlide(page, TOTAL - 1);
    await page.keyboard.press('PageDown');
    await expectSlide(page, TOTAL);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);
    await page.keyboard.press('End');
    await expectSlide(page, TOTAL);
    await page.keyboard.type('7');
    await expect(page.getByRole('status').filter({ hasText: 'Go to slide 7' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectSlide(page, 7);
    await page.keyboard.press('ArrowUp');
    await expectSlide(page, 6);

    // Esc leaves to the current slide's view, explorable; Back returns to the presentation.
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(page).toHaveURL(/panel=patents/);
    await expect(page.locator('.presentation')).toHaveCount(0);
    await page.goBack();
    await expectSlide(page, 6);
  });

  test('slide=N in the URL resumes the presentation after a reload', async ({ page }) => {
    await page.goto('/?mode=present&slide=4&lang=en');
    await expectSlide(page, 4);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 5);
    await page.reload();
    await expectSlide(page, 5);
  });

  test('keeps the neighbouring slides rendered, hidden from the audience and from assistive technology', async ({ page }) => {
    await page.goto('/?mode=present&slide=5&lang=en');
    await expectSlide(page, 5);
    await expect(page.locator('.slide')).toHaveCount(3);
    for (const n of [4, 6]) {
      const slide = page.locator(`.slide[data-slide="${n}"]`);
      await expect(slide).toBeHidden();
      await expect(slide).toHaveAttribute('inert', '');
    }
  });

  test('the audience QR code opens the current slide’s view in explore mode', async ({ page, baseURL }) => {
    await page.goto('/?mode=present&slide=2&lang=en');
    await expectSlide(page, 2);
    await page.keyboard.press('q');
    const qr = page.getByRole('img', { name: 'QR code of this slide’s view' });
    await expect(qr).toBeVisible();
    const expected = `${baseURL}/?${BUILTIN_DECK.slides[1]!.view}&lang=en`;
    await expect(page.getByTestId('audience-url')).toHaveText(expected.replace(/^https?:\/\//, ''));

    const size = 400;
    const pixels = await qr.evaluate(async (svg, size) => {
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, size, size);
      URL.revokeObjectURL(url);
      return Array.from(context.getImageData(0, 0, size, size).data);
    }, size);
    expect(jsQR(Uint8ClampedArray.from(pixels), size, size)?.data).toBe(expected);

    await page.getByRole('button', { name: 'Audience QR' }).click();
    await expect(qr).toHaveCount(0);
  });

  test('the audience QR is a screen of its own, large enough for the back of the room; Esc closes it before leaving', async ({ page }) => {
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/?mode=present&slide=3&lang=en');
      await expectSlide(page, 3);
      await page.keyboard.press('q');
      const qr = page.getByRole('img', { name: 'QR code of this slide’s view' });
      const box = (await qr.boundingBox())!;
      expect(box.height, `${width}×${height}`).toBeGreaterThanOrEqual(height * 0.45);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await page.keyboard.press('Escape');
      await expect(qr).toHaveCount(0);
      await expect(page).toHaveURL(/mode=present/);
      await expectSlide(page, 3);
      await page.keyboard.press('Escape');
      await expect(page).not.toHaveURL(/mode=present/);
    }
  });

  test('the presenter view follows the main window, and can steer it', async ({ page }) => {
    await page.goto('/?mode=present&lang=en');
    await expectSlide(page, 1);
    const [view] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await expect(view.getByTestId('pv-current')).toHaveText(TITLES[0]!);
    await expect(view.getByTestId('pv-next')).toHaveText(TITLES[1]!);
    await expect(view.getByText(BUILTIN_DECK.slides[0]!.notes.en)).toBeVisible();
    await expect(view.getByTestId('elapsed')).toHaveText(/^\d+:\d\d$/);
    // Rendered previews of this slide and the next, the map drawn without WebGL.
    const now = view.getByRole('img', { name: 'Preview of slide 1' });
    await expect(now.locator('[data-map-renderer="svg"]')).toBeVisible();
    await expect(now.locator('h1')).toHaveText(TITLES[0]!);
    await expect(view.getByRole('img', { name: 'Preview of slide 2' }).locator('.row')).toHaveCount(2);

    await page.keyboard.press('PageDown');
    await expect(view.getByTestId('pv-counter')).toHaveText(`2 / ${TOTAL}`);
    await expect(view.getByTestId('pv-current')).toHaveText(TITLES[1]!);
    await expect(view.getByRole('img', { name: 'Preview of slide 3' }).locator('h1')).toHaveText(TITLES[2]!);

    await view.getByRole('button', { name: 'Next slide' }).click();
    await expectSlide(page, 3);
    await expect(view.getByTestId('pv-current')).toHaveText(TITLES[2]!);
    await view.keyboard.press('PageUp');
    await expectSlide(page, 2);
  });

  test('export then import round-trips a deck', async ({ page }) => {
    await page.goto('/?lang=en&panel=sources');
    const dialog = await openDecks(page);
    await dialog.getByRole('button', { name: 'New deck from this view' }).click();
    await dialog.getByLabel('Deck title').fill('Round trip');
    await dialog.getByLabel('Deck title').press('Tab');
    await dialog.getByRole('button', { name: '+ Add the current view' }).click();
    await dialog.getByLabel('Title', { exact: true }).nth(1).fill('Second, with “quotes” & <tags>');
    await dialog.getByLabel('Takeaway').nth(1).fill('Five documents, every figure traced');
    await dialog.getByLabel('Speaker notes').nth(1).fill('Line one\nLine two');
    await dialog.getByLabel('Speaker notes').nth(1).press('Tab');
    // Each slide shows what the room will see, as a rendered thumbnail.
    await expect(dialog.getByRole('img', { name: 'Preview of slide 2' }).locator('[data-takeaway]')).toHaveText(
      'Five documents, every figure traced',
    );
    await expect(dialog.getByRole('img', { name: 'Preview of slide 1' }).locator('[data-slide-graphic="sources"]')).toBeVisible();
    await dialog.getByRole('button', { name: 'Move up: Slide 2' }).click();
    await expect(dialog.getByRole('button', { name: 'Move down: Slide 1' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const card = dialog.locator('li.card', { hasText: 'Round trip' });
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Export file' }).click()]);
    expect(download.suggestedFilename()).toBe('Round trip.ip-atlas-deck.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.slides.map((s: { title: string }) => s.title)).toEqual(['Second, with “quotes” & <tags>', 'Sources']);
    expect(exported.slides[0].takeaway).toBe('Five documents, every figure traced');

    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Confirm delete' }).click();
    await expect(card).toHaveCount(0);

    await page
      .getByTestId('deck-import')
      .setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported “Round trip”.' })).toBeVisible();
    const imported = dialog.locator('li.card', { hasText: 'Round trip' });
    await expect(imported).toContainText('2 slides');

    const [again] = await Promise.all([page.waitForEvent('download'), imported.getByRole('button', { name: 'Export file' }).click()]);
    const reexported = JSON.parse(readFileSync((await again.path())!, 'utf8'));
    expect({ ...reexported, id: undefined, updated: undefined }).toEqual({ ...exported, id: undefined, updated: undefined });

    // It survives a reload, from IndexedDB, and presents.
    await page.reload();
    await openDecks(page);
    await page.locator('li.card', { hasText: 'Round trip' }).getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.slide.current h1')).toHaveText('Second, with “quotes” & <tags>');
    await expect(page.locator('.slide.current [data-takeaway]')).toHaveText('Five documents, every figure traced');
    await expect(page.getByTestId('slide-counter')).toHaveText('1 / 2');
  });

  test('a malformed or hostile deck file is refused with a message, and nothing changes', async ({ page }) => {
    await page.goto('/?lang=en');
    const dialog = await openDecks(page);
    const cards = dialog.locator('li.card');
    await expect(cards).toHaveCount(1);

    const files = [
      ['{"kind": "ip-atlas-deck", "v": 1, ', 'the file is not valid JSON'],
      ['{"playlist": []}', 'this is not an IP Atlas deck file'],
      [
        JSON.stringify({
          kind: 'ip-atlas-deck',
          v: 1,
          id: 'x',
          title: '<img src=x onerror=alert(1)>',
          created: '2026-01-01T00:00:00.000Z',
          updated: '2026-01-01T00:00:00.000Z',
          slides: [{ view: 'v=1&places=atlantis', title: 'x', notes: '' }],
        }),
        'slide 1: the view is not valid: unknown places: atlantis',
      ],
    ];
    for (const [text, reason] of files) {
      await page.getByTestId('deck-import').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(text!) });
      await expect(dialog.getByRole('alert')).toContainText(`This file could not be imported: ${reason}. Nothing was changed.`);
      await expect(cards).toHaveCount(1);
    }
    await page
      .getByTestId('deck-import')
      .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1_100_000, 32) });
    await expect(dialog.getByRole('alert')).toContainText('the file is too large');
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('after a first visit, the app reloads and presents with the network off', async ({ page, context }) => {
    await page.goto('/?lang=en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.goto('/?mode=present&lang=en&slide=1');
    await expectSlide(page, 1);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2);
    await page.keyboard.press('End');
    await expectSlide(page, TOTAL);
    await context.setOffline(false);
  });
});

test.describe('briefing mode accessibility', () => {
  test('has no serious accessibility violations in present mode and in the deck dialog', async ({ page }) => {
    for (const slide of [1, 2, 8]) {
      await page.goto(`/?mode=present&slide=${slide}&lang=en`);
      await expectSlide(page, slide);
      await page.keyboard.press('q');
      expect(await seriousViolations(page), `slide ${slide}`).toEqual([]);
    }
    await page.goto('/?lang=zh');
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect(page.getByTestId('deck-dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '复制后编辑' }).click();
    await expect(page.getByLabel('演示稿标题')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
