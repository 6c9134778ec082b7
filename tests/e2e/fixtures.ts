import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that it must not: console errors, uncaught exceptions, requests beyond its origin. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  outsideRequests: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], outsideRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.outsideRequests.push(url);
  });
  return problems;
}

/**
 * Every browser test gets a page that fails the test on any console error, page
 * error or request leaving the origin (ARCHITECTURE.md §8).
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await use(problems);
      expect(problems.pageErrors, 'uncaught errors').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.outsideRequests, 'requests beyond the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
