/**
 * Every page of the built site, as a visitor meets it: it loads without a console error, a
 * failed request or an uncaught error; its sidebar and #anchor links lead somewhere real; and
 * on a 360 px wide phone nothing makes the page scroll sideways. Screenshots of every page at
 * 360 px are written to a temporary folder for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchProblems } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/paths.ts';
import { listBuiltPages } from '../../scripts/lib/built-pages.ts';

/** Widgets are tested inside their host pages by the embed tests. */
const builtPages = listBuiltPages(builtSiteDir);
const pages = builtPages.filter((page) => page.type !== 'embed' && page.type !== 'not-found').map((page) => page.path);
const existingPaths = new Set(builtPages.map((page) => page.path));

const screenshotDir = join(tmpdir(), 'kyc-help-360px');

/** What a visit to one page found. */
interface Visit {
  /** Console errors, uncaught errors, CSP violations and failed requests. */
  problems: string[];
  /** Every id in the page. */
  ids: string[];
  /** Same-origin link targets in the sidebar, as path + hash. */
  sidebarLinks: string[];
  /** Same-origin link targets anywhere in the page, as path + hash. */
  links: string[];
}

const visits = new Map<string, Visit>();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext();
  const problems = await watchProblems(context);
  const failedRequests: string[] = [];
  context.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  const page = await context.newPage();
  const origin = inject('siteOrigin');
  for (const path of pages) {
    problems.consoleErrors.length = problems.pageErrors.length = problems.cspViolations.length = 0;
    failedRequests.length = 0;
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const found = await page.evaluate((siteOrigin) => {
      const targets = (selector: string) =>
        [...document.querySelectorAll<HTMLAnchorElement>(selector)]
          .map((link) => new URL(link.href))
          .filter((url) => url.origin === siteOrigin)
          .map((url) => url.pathname + url.hash);
      return {
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        sidebarLinks: targets('#starlight__sidebar a[href]'),
        links: targets('a[href]'),
      };
    }, origin);
    visits.set(path, {
      problems: [...problems.consoleErrors, ...problems.pageErrors, ...problems.cspViolations, ...failedRequests],
      ...found,
    });
  }
  await context.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** `/a/#b` → `['/a/', 'b']`, with the fragment decoded as the browser matches it to an id. */
function splitTarget(target: string): [path: string, id: string] {
  const [path = '', hash = ''] = target.split('#');
  return [path, decodeURIComponent(hash)];
}

describe('every page', () => {
  it.each(pages)('%s loads with no console error, page error or failed request', (path) => {
    expect(visits.get(path)?.problems).toEqual([]);
  });

  it.each(pages)('%s links only to pages and #anchors that exist', (path) => {
    const visit = visits.get(path);
    const broken = (visit?.links ?? []).filter((target) => {
      const [targetPath, id] = splitTarget(target);
      if (!existingPaths.has(targetPath)) return true;
      const targetIds = visits.get(targetPath)?.ids;
      return id !== '' && targetIds !== undefined && !targetIds.includes(id);
    });
    expect(broken).toEqual([]);
  });
});

it('has a sidebar whose links all lead to built pages', () => {
  const sidebarTargets = new Set([...visits.values()].flatMap((visit) => visit.sidebarLinks));
  expect(sidebarTargets.size).toBeGreaterThan(0);
  expect([...sidebarTargets].filter((target) => !existingPaths.has(splitTarget(target)[0]))).toEqual([]);
});

describe('at 360 px wide', () => {
  it('no page scrolls sideways', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(`${inject('siteOrigin')}${path}`, { waitUntil: 'networkidle' });
      const widest = await page.evaluate(() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return null;
        // Name the elements that stick out, to say where to look.
        const culprits = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
        return `${root.scrollWidth}px wide (${culprits.join(', ')})`;
      });
      if (widest) overflowing.push(`${path}: ${widest}`);
      const name = path.replace(/^\/|\/$/g, '').replaceAll('/', '--') || 'home';
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    }
    await context.close();
    expect(overflowing).toEqual([]);
  }, 300_000);
});
