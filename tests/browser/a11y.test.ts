/**
 * Accessibility: axe-core finds no violation of any impact on every page of the built site, in
 * the light and the dark theme, and none with the search open and showing results.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/paths.ts';
import { findAxeViolations } from '../helpers/axe.ts';
import { OPEN_SEARCH_DIALOG, openSearchWithShortcut, searchFor } from '../helpers/search-ui.ts';
import { listBuiltPages } from '../../scripts/lib/built-pages.ts';

/** Every built page: articles, checkers, the widget pages under /embed/ and the 404 page. */
const pages = listBuiltPages(builtSiteDir).map((page) => page.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ bypassCSP: true, colorScheme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s has no axe violation', async (path) => {
    await page.goto(`${inject('siteOrigin')}${path}`, { waitUntil: 'load' });
    expect(await findAxeViolations(page)).toEqual([]);
  });
});

it.each(['light', 'dark'] as const)('the open search with results has no axe violation (%s theme)', async (colorScheme) => {
  const context = await browser.newContext({ bypassCSP: true, colorScheme });
  const page = await context.newPage();
  await page.goto(`${inject('siteOrigin')}/guide/steps/`, { waitUntil: 'load' });
  await openSearchWithShortcut(page);
  await searchFor(page, 'photo');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`${OPEN_SEARCH_DIALOG} a[data-search-page]:focus`);
  expect(await findAxeViolations(page)).toEqual([]);
  await context.close();
});
