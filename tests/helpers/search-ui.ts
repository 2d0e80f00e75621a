/**
 * Drives the site search (Pagefind's Component UI in `<pagefind-modal>`) the way a person does:
 * keyboard shortcut, typing, reading the results in order.
 */
import type { Page } from 'playwright-core';

/** The open search dialog. */
export const OPEN_SEARCH_DIALOG = 'pagefind-modal dialog[open]';
export const SEARCH_INPUT = `${OPEN_SEARCH_DIALOG} input[type="search"]`;
/** Links to whole pages in the results, in rank order (heading links are `.pf-heading-link`). */
export const RESULT_PAGE_LINK = `${OPEN_SEARCH_DIALOG} ul.pf-results > li a.pf-result-link`;

/** Opens the search with Ctrl+K and waits until its input has focus. */
export async function openSearchWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.waitForSelector(SEARCH_INPUT);
  await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), SEARCH_INPUT);
}

/**
 * Types `query` into the open search and returns the URL paths (with any #fragment) of the
 * first `count` results, once Pagefind has announced the results for exactly this query.
 */
export async function searchFor(page: Page, query: string, count = 3): Promise<string[]> {
  await page.fill(SEARCH_INPUT, query);
  const summary = await page.waitForFunction(
    (term) => {
      const summary = document.querySelector('pagefind-modal .pf-summary')?.textContent ?? '';
      // Counts come formatted for the reader: "1,204 results for …".
      const match = /^([\d,.\s]+|No) results? for (.*)$/.exec(summary.trim());
      // An object, because a count of 0 would read as "not yet".
      return match && match[2] === term ? { total: match[1] === 'No' ? 0 : Number(match[1]!.replace(/\D/g, '')) } : null;
    },
    query,
  );
  const wanted = Math.min(count, (await summary.jsonValue())?.total ?? 0);
  // Results render lazily: wait until the first `wanted` placeholders have become real results.
  const hrefs = await page.waitForFunction(
    ([dialog, n]) => {
      const items = [...document.querySelectorAll(`${dialog} ul.pf-results > li`)].slice(0, n);
      const links = items.map((item) => item.querySelector<HTMLAnchorElement>('a.pf-result-link')?.href);
      return items.length === n && links.every(Boolean) ? links : null;
    },
    [OPEN_SEARCH_DIALOG, wanted] as const,
  );
  return ((await hrefs.jsonValue()) ?? []).map((href) => {
    const url = new URL(href ?? '');
    return url.pathname + url.hash;
  });
}
