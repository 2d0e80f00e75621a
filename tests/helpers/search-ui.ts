/**
 * Drives the site search (the dialog of `src/components/site/search-dialog.ts`) the way a person
 * does: keyboard shortcut, typing, reading the results in order.
 */
import type { Page } from 'playwright-core';

/** The open search dialog. */
export const OPEN_SEARCH_DIALOG = 'dialog[data-search-dialog][open]';
export const SEARCH_INPUT = `${OPEN_SEARCH_DIALOG} [data-search-input]`;
/** Links to whole pages in the results, in rank order (links to a heading are `a[data-search-heading]`). */
export const RESULT_PAGE_LINK = `${OPEN_SEARCH_DIALOG} a[data-search-page]`;
/** Links to a heading inside a result page. */
export const RESULT_HEADING_LINK = `${OPEN_SEARCH_DIALOG} a[data-search-heading]`;

/** Opens the search with Ctrl+K and waits until its input has focus. */
export async function openSearchWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.waitForSelector(SEARCH_INPUT);
  await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), SEARCH_INPUT);
}

/** Waits until the results on screen are those of `query` (the dialog marks the list with it). */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ([dialog, term]) => {
      const list = document.querySelector(`${dialog} [data-search-results]`);
      return list?.getAttribute('data-query') === term && !list.hasAttribute('aria-busy');
    },
    [OPEN_SEARCH_DIALOG, query.trim()] as const,
  );
}

/**
 * Types `query` into the open search and returns the URL paths (with any #fragment) of the
 * first `count` page results, once the dialog shows the results of exactly this query.
 */
export async function searchFor(page: Page, query: string, count = 3): Promise<string[]> {
  await page.fill(SEARCH_INPUT, query);
  await waitForResults(page, query);
  const hrefs = await page.$$eval(RESULT_PAGE_LINK, (links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.slice(0, count).map((href) => {
    const url = new URL(href);
    return url.pathname + url.hash;
  });
}
