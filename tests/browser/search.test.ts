/**
 * Site search, through the real UI against the real built index: what people type finds the
 * page that answers it, the keyboard works end to end, and nothing of the search UI is
 * downloaded before someone reaches for it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, POLL, watchProblems, type PageProblems } from '../helpers/browser.ts';
import {
  OPEN_SEARCH_DIALOG,
  RESULT_HEADING_LINK,
  RESULT_PAGE_LINK,
  SEARCH_INPUT,
  openSearchWithShortcut,
  searchFor,
  waitForResults,
} from '../helpers/search-ui.ts';

/** Each query and the pages that answer it; one of them must be among the first three results. */
const QUERIES: ReadonlyArray<readonly [query: string, answers: readonly string[]]> = [
  ['blurry photo', ['/failures/document-quality/']],
  ['glare', ['/failures/document-quality/']],
  ['expired passport', ['/failures/information-mismatch/', '/faq/']],
  ['name does not match', ['/failures/information-mismatch/']],
  ['date of birth format', ['/failures/information-mismatch/', '/faq/']],
  ['face verification failed', ['/failures/facial-verification/']],
  ['how long does verification take', ['/guide/steps/', '/faq/']],
  ['QR code', ['/guide/steps/']],
];

const PAGEFIND_REQUEST = /\/pagefind\//;
const SEARCH_DIALOG_SCRIPT = /\/_astro\/search-dialog\.[\w-]+\.js$/;
const ARTICLE = '/guide/steps/';

let browser: Browser;
let context: BrowserContext;
let problems: PageProblems;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  problems = await watchProblems(context);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a page and lets the browser go idle, which is when Starlight used to prefetch its search. */
async function openIdle(path: string) {
  requests.length = 0;
  await page.goto(`${inject('siteOrigin')}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
}

describe('search loads on first use only', () => {
  it.each([ARTICLE, '/'])('%s downloads nothing of the search UI, even once the browser is idle', async (path) => {
    await openIdle(path);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => PAGEFIND_REQUEST.test(url))).toEqual([]);
  });

  it('fetches the search dialog when the search button gets focus, and Pagefind only once the search opens', async () => {
    await openIdle(ARTICLE);
    await Promise.all([page.waitForRequest(SEARCH_DIALOG_SCRIPT), page.focus('header button[data-search-opener]')]);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => PAGEFIND_REQUEST.test(url))).toEqual([]);

    await Promise.all([page.waitForRequest(/\/pagefind\/pagefind\.js$/), page.keyboard.press('Enter')]);
    await page.waitForSelector(SEARCH_INPUT);
  });

  it('downloads the text of the first five results only', async () => {
    await openIdle(ARTICLE);
    await openSearchWithShortcut(page);
    const summary = await searchAndCount('photo');
    expect(summary).toBeGreaterThan(5);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /\/pagefind\/fragment\//.test(url))).toHaveLength(5);
    expect(await page.locator(RESULT_PAGE_LINK).count()).toBe(5);

    await page.click(`${OPEN_SEARCH_DIALOG} button:has-text("Show more results")`);
    await expect.poll(() => page.locator(RESULT_PAGE_LINK).count(), POLL).toBe(Math.min(10, summary));
    // Focus goes to the first new result, so that the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await page.locator(RESULT_PAGE_LINK).nth(5).getAttribute('href'),
    );
  });
});

/** Searches and returns the number of results the dialog announces ("12 results for “photo”"). */
async function searchAndCount(query: string): Promise<number> {
  await page.fill(SEARCH_INPUT, query);
  await waitForResults(page, query);
  const summary = (await page.textContent(`${OPEN_SEARCH_DIALOG} [data-search-summary]`)) ?? '';
  return Number(/^([\d,]+) results? for/.exec(summary)?.[1]?.replace(/,/g, '') ?? 0);
}

describe('search that cannot load', () => {
  it('says so kindly when the search dialog cannot load, and opens on the next try', async () => {
    const offline = await browser.newContext();
    const offlineProblems = await watchProblems(offline);
    const tab = await offline.newPage();
    await tab.route(SEARCH_DIALOG_SCRIPT, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${inject('siteOrigin')}${ARTICLE}`);
    await tab.click('header [data-search-opener]');
    await tab.waitForSelector('header [data-search-status]:has-text("Search could not load")');
    expect(offlineProblems.pageErrors).toEqual([]);

    await tab.unroute(SEARCH_DIALOG_SCRIPT);
    await tab.click('header [data-search-opener]');
    await tab.waitForSelector(SEARCH_INPUT);
    expect(await tab.textContent('header [data-search-status]')).toBe('');
    await offline.close();
  });

  it('says so in the search when Pagefind cannot load, and searches once it can', async () => {
    const offline = await browser.newContext();
    const offlineProblems = await watchProblems(offline);
    const tab = await offline.newPage();
    await tab.route(PAGEFIND_REQUEST, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${inject('siteOrigin')}${ARTICLE}`);
    await tab.click('header [data-search-opener]');
    await tab.fill(SEARCH_INPUT, 'glare');
    await tab.waitForSelector(`${OPEN_SEARCH_DIALOG} [data-search-summary]:has-text("Search could not load")`);
    expect(offlineProblems.pageErrors).toEqual([]);

    await tab.unroute(PAGEFIND_REQUEST);
    await tab.fill(SEARCH_INPUT, 'glare ');
    await tab.waitForSelector(`${OPEN_SEARCH_DIALOG} [data-search-summary]:has-text("for “glare”")`);
    expect(await tab.locator(`${OPEN_SEARCH_DIALOG} a[data-search-page]`).count()).toBeGreaterThan(0);
    await offline.close();
  });
});

describe('search by keyboard', () => {
  it('opens with Ctrl+K, focusing the search field', async () => {
    await openIdle(ARTICLE);
    await openSearchWithShortcut(page);
    expect(await page.isVisible(OPEN_SEARCH_DIALOG)).toBe(true);
  });

  it('opens with "/" and closes with Escape, returning focus to the search button', async () => {
    await openIdle(ARTICLE);
    await page.keyboard.press('/');
    await page.waitForSelector(SEARCH_INPUT);
    await page.keyboard.press('Escape');
    await page.waitForSelector(OPEN_SEARCH_DIALOG, { state: 'detached' });
    // The dialog's `close` event, which hands focus back, is queued after `open` is removed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('header [data-search-opener]')), POLL).toBe(true);
  });

  it('moves through results with the arrow keys and opens the selected one with Enter', async () => {
    await openIdle(ARTICLE);
    await openSearchWithShortcut(page);
    const [first] = await searchFor(page, 'photo', 1);
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'));

    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedHref, POLL).toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate((input) => document.activeElement === document.querySelector(input), SEARCH_INPUT), POLL).toBe(true);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedHref, POLL).not.toBe(first);
    const selected = await focusedHref();
    expect(selected).toBeTruthy();

    await Promise.all([page.waitForURL((url) => url.pathname + url.hash === selected), page.keyboard.press('Enter')]);
  });

  it('opens the first result with Enter in the search field', async () => {
    await openIdle(ARTICLE);
    await openSearchWithShortcut(page);
    const [first] = await searchFor(page, 'glare', 1);
    await Promise.all([page.waitForURL((url) => url.pathname + url.hash === first), page.keyboard.press('Enter')]);
  });

  it('shows results down to the heading', async () => {
    await openIdle(ARTICLE);
    await openSearchWithShortcut(page);
    await searchFor(page, 'glare');
    const headingLinks = await page.$$eval(RESULT_HEADING_LINK, (links) => links.map((link) => link.getAttribute('href')));
    expect(headingLinks.length).toBeGreaterThan(0);
    expect(headingLinks.every((href) => /^\/[^#]*\/#[\w-]+$/.test(href ?? ''))).toBe(true);
  });
});

describe('the home page search box', () => {
  it('opens the same search', async () => {
    await openIdle('/');
    await page.click('main [data-search-opener]');
    await page.waitForSelector(SEARCH_INPUT);
    expect(await page.locator('dialog[data-search-dialog]').count()).toBe(1);
  });
});

describe('queries find the page that answers them', () => {
  beforeAll(async () => {
    await openIdle('/');
    await openSearchWithShortcut(page);
  });

  it.each(QUERIES)('"%s" → one of %j in the top 3', async (query, answers) => {
    const top3 = await searchFor(page, query);
    const pages = top3.map((path) => path.replace(/#.*$/, ''));
    expect(pages.some((path) => answers.includes(path)), `top 3: ${top3.join(', ')}`).toBe(true);
  });
});

describe('no errors', () => {
  it('reports no console error, page error or CSP violation while searching', () => {
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
