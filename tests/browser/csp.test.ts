/**
 * The site's security policy, as shipped: every built page has a strict CSP `<meta>` and raises
 * no `securitypolicyviolation` in Chromium (search and checkers in use included), and the
 * `_headers` keep content pages out of other sites' frames while the widgets can be framed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, watchProblems, type PageProblems } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/paths.ts';
import { openSearchWithShortcut, searchFor } from '../helpers/search-ui.ts';

const siteOrigin = inject('siteOrigin');
const hostOrigin = inject('hostOrigin');

/** URL path of every HTML page in the build, e.g. `/guide/` and `/404.html`. */
function builtPages(): string[] {
  return readdirSync(builtSiteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

function policyOf(path: string): Map<string, string[]> {
  const file = join(builtSiteDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!content) throw new Error(`${path} has no CSP <meta>`);
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** A small but readable photo for the photo checker. */
function photo(): Buffer {
  const png = new PNG({ width: 1200, height: 900 });
  for (let i = 0; i < png.data.length; i += 4) {
    const x = (i / 4) % png.width;
    const y = Math.floor(i / 4 / png.width);
    const line = x % 60 < 2 || y % 60 < 2;
    png.data.set(line ? [30, 30, 30, 255] : [120 + (x % 100), 140, 160 + (y % 60), 255], i);
  }
  return PNG.sync.write(png);
}

const pages = builtPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the CSP <meta> of every built page', () => {
  it('finds the pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/embed/data-match/', '/embed/photo-check/', '/integrators/embed/']));
  });

  it.each(pages)('%s allows no inline or eval script, and only its own origin', (path) => {
    const policy = policyOf(path);
    for (const directive of ['script-src', 'script-src-elem']) {
      expect(policy.get(directive) ?? []).not.toContain("'unsafe-inline'");
      expect(policy.get(directive) ?? []).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});

describe('in Chromium, with the headers the site ships', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    context = await browser.newContext();
    problems = await watchProblems(context);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it(`shows all ${pages.length} pages without a single CSP violation`, async () => {
    for (const path of pages) {
      await page.goto(`${siteOrigin}${path}`, { waitUntil: 'load' });
      // Let idle-time loading (search UI, islands, widget frames) run under the policy too.
      await page.waitForLoadState('networkidle');
    }
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('searches with Pagefind (WebAssembly included) without a violation', async () => {
    await page.goto(`${siteOrigin}/`);
    await openSearchWithShortcut(page);
    expect((await searchFor(page, 'passport', 1)).length).toBe(1);
    expect(problems.cspViolations).toEqual([]);
  });

  it('runs both live demos of the integrator docs, a photo analysed, without a violation', async () => {
    await page.goto(`${siteOrigin}/integrators/embed/`);
    // Bottom demo first: a started widget grows as it loads and would push the buttons below it.
    for (const start of (await page.locator('[data-demo-start]').all()).reverse()) await start.click();
    const iframe = page.locator('kyc-checker[widget="photo-check"] > iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no photo widget frame in the live demo');
    const result = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('kyc:photo-check:result', (event) => resolve((event as CustomEvent).detail), { once: true });
        }),
    );
    await frame.locator('input[type="file"]').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: photo() });
    expect(await result).toMatchObject({ type: 'kyc:photo-check:result', version: 1 });

    const dataResult = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('kyc:data-match:result', (event) => {
            const detail = (event as CustomEvent<{ verdict: string }>).detail;
            if (detail.verdict === 'fail') resolve(detail);
          });
        }),
    );
    await page.locator('[data-demo-check]').click();
    expect(await dataResult).toMatchObject({ type: 'kyc:data-match:result', verdict: 'fail' });
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('framing, with the shipped headers', () => {
  async function frameFromHost(src: string): Promise<{ loaded: boolean; consoleErrors: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${hostOrigin}/embed/blank.html`);
    await page.evaluate(
      (url) =>
        new Promise<void>((done) => {
          const frame = document.createElement('iframe');
          frame.addEventListener('load', () => done(), { once: true });
          frame.src = url;
          document.body.append(frame);
        }),
      src,
    );
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    const loaded = frame ? await frame.evaluate(() => location.href).catch(() => '') : '';
    await context.close();
    return { loaded: loaded === src, consoleErrors };
  }

  it('keeps a content page out of another origin’s frame', async () => {
    const { loaded, consoleErrors } = await frameFromHost(`${siteOrigin}/guide/`);
    expect(loaded).toBe(false);
    expect(consoleErrors.join('\n')).toMatch(/frame-ancestors/);
  });

  it.each(['/embed/data-match/', '/embed/photo-check/'])('lets another origin frame %s', async (path) => {
    const { loaded, consoleErrors } = await frameFromHost(`${siteOrigin}${path}`);
    expect(loaded).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
