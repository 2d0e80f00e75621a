/**
 * Bytes shipped per page type, against the budgets in `scripts/lib/budgets.ts`. Sizes are the
 * gzip size (zlib level 9) of the built files. HTML is read from the build folder for every
 * page; JavaScript and CSS are what Chromium actually fetched: the page is loaded, the network
 * goes idle, then two more seconds pass so that idle-time prefetches are counted too.
 * Pages that reference the same scripts and stylesheets load the same things, so one page per
 * such group is opened in the browser. Inline scripts and styles count in the HTML figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/paths.ts';
import { budgets, formatKb, formatTable, gzipSize, median } from '../../scripts/lib/budgets.ts';
import {
  CONTENT_PAGE_TYPES,
  fileForUrlPath,
  listBuiltPages,
  type BuiltPage,
  type PageType,
} from '../../scripts/lib/built-pages.ts';

/**
 * JavaScript budget of each page type at idle; content pages are held to the tight one. The
 * integrator docs start their live widgets only when asked, so they are held to it as well.
 */
const JS_BUDGET: Record<PageType, number> = {
  home: budgets.contentPageJs,
  guide: budgets.contentPageJs,
  failures: budgets.contentPageJs,
  faq: budgets.contentPageJs,
  integrators: budgets.contentPageJs,
  article: budgets.contentPageJs,
  'not-found': budgets.contentPageJs,
  checker: budgets.checkerPageJs,
  embed: budgets.checkerPageJs,
};

interface LoadFigures {
  /** gzip bytes of every script, module and worker fetched, by URL path. */
  js: Map<string, number>;
  /** gzip bytes of every stylesheet fetched, by URL path. */
  css: Map<string, number>;
  /** Requests that left the site's origin (there must be none). */
  foreign: string[];
}

interface PageFigures extends BuiltPage {
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  /** The page that was opened in Chromium for this page's group. */
  measuredAs: string;
}

const IDLE_GRACE_MS = 2_000;
const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((total, size) => total + size, 0);

/** Same-origin assets an HTML page references: its group key for the browser measurement. */
function assetSignature(html: string): string {
  const assets = new Set<string>();
  for (const match of html.matchAll(/="(\/[^"?#]+\.(?:m?js|css|wasm))"/g)) assets.add(match[1]!);
  return [...assets].sort().join(' ');
}

async function measureLoad(browser: Browser, origin: string, path: string): Promise<LoadFigures> {
  const context = await browser.newContext();
  const figures: LoadFigures = { js: new Map(), css: new Map(), foreign: [] };
  const gzipOf = (url: URL) => {
    const file = fileForUrlPath(builtSiteDir, url.pathname);
    return existsSync(file) ? gzipSize(readFileSync(file)) : 0;
  };
  const record = (rawUrl: string, resourceType: string) => {
    const url = new URL(rawUrl);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) {
      figures.foreign.push(rawUrl);
      return;
    }
    if (resourceType === 'script' || /\.(?:m?js|wasm)$/.test(url.pathname)) {
      figures.js.set(url.pathname, gzipOf(url));
    } else if (resourceType === 'stylesheet' || url.pathname.endsWith('.css')) {
      figures.css.set(url.pathname, gzipOf(url));
    }
  };
  context.on('request', (request) => record(request.url(), request.resourceType()));
  const page = await context.newPage();
  // Scripts of dedicated workers are fetched by the worker; count them as well.
  page.on('worker', (worker) => record(worker.url(), 'script'));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(IDLE_GRACE_MS);
  await page.waitForLoadState('networkidle');
  await context.close();
  return figures;
}

let browser: Browser;
const pages: PageFigures[] = [];
const foreignRequests: string[] = [];
/** Pages that loaded Vite's preload helper at idle. */
const pagesWithPreloadHelper: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const origin = inject('siteOrigin');
  const groups = new Map<string, LoadFigures & { path: string }>();
  for (const page of listBuiltPages(builtSiteDir)) {
    const html = readFileSync(page.file);
    const key = `${page.type} ${assetSignature(html.toString('utf8'))}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...(await measureLoad(browser, origin, page.path)), path: page.path };
      groups.set(key, group);
      foreignRequests.push(...group.foreign);
      if ([...group.js.keys()].some((script) => script.includes('preload-helper'))) pagesWithPreloadHelper.push(page.path);
    }
    pages.push({
      ...page,
      htmlGzip: gzipSize(html),
      jsGzip: sum(group.js),
      cssGzip: sum(group.css),
      measuredAs: group.path,
    });
  }
  console.log(`\nBytes shipped per page type (gzip -9 of the built files; KB = 1,024 bytes)\n${figuresTable()}\n`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

function figuresTable(): string {
  const types = [...new Set(pages.map((page) => page.type))];
  const rows = types.map((type) => {
    const ofType = pages.filter((page) => page.type === type);
    /** The largest figure of this type, with the page it belongs to. */
    const largest = (pick: (page: PageFigures) => number) => {
      const page = ofType.reduce((a, b) => (pick(b) > pick(a) ? b : a));
      return `${formatKb(pick(page))} ${page.path}`;
    };
    return [
      type,
      String(ofType.length),
      formatKb(median(ofType.map((page) => page.htmlGzip))),
      largest((page) => page.htmlGzip),
      `${largest((page) => page.jsGzip)} (budget ${formatKb(JS_BUDGET[type])})`,
      `${largest((page) => page.cssGzip)} (budget ${formatKb(budgets.pageCss)})`,
    ];
  });
  const content = pages.filter((page) => CONTENT_PAGE_TYPES.has(page.type));
  const summary = [
    `Typical article (median HTML of ${content.length} content pages): ${formatKb(median(content.map((page) => page.htmlGzip)))}` +
      ` / ${formatKb(budgets.typicalArticleHtml)}; any content page ≤ ${formatKb(budgets.longArticleHtml)}`,
  ];
  const loader = fileForUrlPath(builtSiteDir, '/embed.js');
  if (existsSync(loader)) {
    summary.push(`embed.js: ${formatKb(gzipSize(readFileSync(loader)))} / ${formatKb(budgets.embedLoaderJs)}`);
  }
  return [
    formatTable(['type', 'pages', 'HTML median', 'HTML max', 'JS at idle, max', 'CSS, max'], rows),
    ...summary,
  ].join('\n');
}

const over = (pick: (page: PageFigures) => number, limit: (page: PageFigures) => number) =>
  pages.filter((page) => pick(page) > limit(page)).map((page) => `${page.path}: ${formatKb(pick(page))}`);

describe('bytes shipped per page (gzip)', () => {
  it('keeps a typical article’s HTML within budget, and every content page within the long-page budget', () => {
    const content = pages.filter((page) => CONTENT_PAGE_TYPES.has(page.type));
    expect(content.length, 'no content pages found in the build').toBeGreaterThan(0);
    expect(median(content.map((page) => page.htmlGzip))).toBeLessThanOrEqual(budgets.typicalArticleHtml);
    expect(over((page) => page.htmlGzip, () => budgets.longArticleHtml)).toEqual([]);
  });

  it('loads no more JavaScript at idle than its page type allows (content pages: until search opens)', () => {
    expect(over((page) => page.jsGzip, (page) => JS_BUDGET[page.type])).toEqual([]);
  });

  it('loads no more CSS than the budget on any page', () => {
    expect(over((page) => page.cssGzip, () => budgets.pageCss)).toEqual([]);
  });

  it('loads Vite’s preload helper on no page: what loads later is imported by URL (lazy-module-url)', () => {
    expect(pagesWithPreloadHelper).toEqual([]);
  });

  it('fetches nothing from another origin while loading', () => {
    expect(foreignRequests).toEqual([]);
  });

  const loader = fileForUrlPath(builtSiteDir, '/embed.js');
  it.skipIf(!existsSync(loader))('keeps the embed loader within budget', () => {
    expect(gzipSize(readFileSync(loader))).toBeLessThanOrEqual(budgets.embedLoaderJs);
  });
});
