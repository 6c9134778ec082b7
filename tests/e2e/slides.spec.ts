import type { Page } from '@playwright/test';
import { BUILTIN_DECK } from '../../src/present/builtinDeck';
import { expect, test } from './fixtures';

/**
 * Every built-in slide, at a projector's 4:3 and 16:9 in both languages, checked
 * as the room sees it: nothing overflows the frame, no text is too small to read
 * from the back, and no label or value is cut off by the box it sits in.
 */

const TOTAL = BUILTIN_DECK.slides.length;
const BODY_PX = 24;
const LABEL_PX = 20;

interface Problem {
  what: string;
  text: string;
}

/** Runs in the page: what is wrong with the current slide, if anything. */
function slideProblems([bodyPx, labelPx]: [number, number]): Problem[] {
  const problems: Problem[] = [];
  const slide = document.querySelector('.slide.current');
  const frame = slide?.querySelector<HTMLElement>('[data-slide-frame]');
  const inner = frame?.firstElementChild as HTMLElement | null | undefined;
  if (!frame || !inner) return [{ what: 'no slide frame', text: '' }];
  const frameBox = frame.getBoundingClientRect();
  // A text's box is the font's full line cell, which reaches a fifth of an em above and below the ink.
  const inside = (r: DOMRect, box: DOMRect, size: number) =>
    r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - size / 4 && r.bottom <= box.bottom + size / 4;

  const base = parseFloat(getComputedStyle(inner).fontSize);
  if (base < bodyPx) problems.push({ what: `body text ${base.toFixed(1)}px`, text: '' });
  if (inner.scrollHeight > inner.clientHeight + 1 || inner.scrollWidth > inner.clientWidth + 1)
    problems.push({ what: 'the slide overflows its frame', text: '' });

  /** The nearest ancestor that cuts off what overflows it. */
  const clipper = (el: Element): Element => {
    for (let a = el.parentElement; a && a !== frame; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return a;
    }
    return frame;
  };
  const shown = (el: Element) => {
    for (let a: Element | null = el; a && a !== frame; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
      if (a.classList.contains('visually-hidden')) return false;
    }
    return true;
  };

  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || !shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < labelPx - 0.05) problems.push({ what: `text ${size.toFixed(1)}px`, text });
    if (!inside(rect, frameBox, size)) problems.push({ what: 'outside the frame', text });
    else if (!inside(rect, clipper(el).getBoundingClientRect(), size)) problems.push({ what: 'clipped', text });
  }
  return problems;
}

async function settle(page: Page, n: number) {
  const slide = page.locator(`.slide.current[data-slide="${n}"]`);
  await expect(slide).toBeVisible();
  await expect(slide.locator('[data-slide-graphic][data-fitted="true"]')).toHaveCount(1);
  if ((await slide.locator('[data-slide-graphic="map"]').count()) > 0)
    await expect(slide.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  for (const lang of ['zh', 'en'] as const) {
    test(`every built-in slide fits ${width}×${height} in ${lang}, in type the back of the room can read`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/?mode=present&theme=projector&lang=${lang}`);
      for (let n = 1; n <= TOTAL; n++) {
        await settle(page, n);
        const problems = await page.evaluate(slideProblems, [BODY_PX, LABEL_PX] as [number, number]);
        expect(problems, `slide ${n} at ${width}×${height} (${lang})`).toEqual([]);
        // The built-in charts choose their rows so that the takeaway's figures are all on the slide.
        if ((await page.locator('.slide.current :is([data-slide-graphic="bars"], [data-slide-graphic="sources"])').count()) > 0)
          await expect(page.locator('.slide.current [data-left-out]'), `slide ${n}`).toHaveCount(0);
        const takeaway = BUILTIN_DECK.slides[n - 1]!.takeaway[lang];
        await expect(page.locator('.slide.current [data-takeaway]')).toHaveText(takeaway);
        if (n < TOTAL) await page.keyboard.press('PageDown');
      }
    });
  }
}

test('a slide with more rows than fit says how many it left out, and shows more when the frame has room', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present&theme=projector&lang=en&slide=9');
  await settle(page, 9);
  const slide = page.locator('.slide.current');
  const left = Number(await slide.locator('[data-left-out]').getAttribute('data-left-out'));
  const rows = await slide.locator('.row').count();
  expect(left).toBeGreaterThan(0);
  expect(rows + left).toBe(13);
  await expect(slide.locator('[data-left-out]')).toHaveText(`${left} more not shown (13 in all)`);

  // A 16:9 frame is wider for the same type size, so rows wrap less and more of them fit.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(slide.locator('[data-slide-graphic][data-fitted="true"]')).toHaveCount(1);
  await expect.poll(() => slide.locator('.row').count()).toBeGreaterThan(rows);
  const more = await slide.locator('.row').count();
  const leftNow = Number((await slide.locator('[data-left-out]').getAttribute('data-left-out')) ?? 0);
  expect(more + leftNow).toBe(13);
});
