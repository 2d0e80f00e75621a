/**
 * The photo checker as a user meets it: on its site page (good and bad photos, every kind of
 * bad file), its privacy (no request once a photo is chosen), and alone in an iframe on a host
 * page of another origin (the message API).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod/mini';
import type { Browser, BrowserContext, ConsoleMessage, Frame, Page, Request } from 'playwright-core';
import {
  photoCheckErrorMessageSchema,
  photoCheckResultMessageSchema,
  readyMessageSchema,
  resizeMessageSchema,
  type PhotoErrorCode,
} from '../../src/protocol/messages.ts';
import { findAxeViolations } from '../helpers/axe.ts';
import { launchChromium, POLL, watchProblems, type PageProblems } from '../helpers/browser.ts';
import { animatedGif, renderDocumentPhoto, withExifOrientation } from '../fixtures/photos/render-photo.ts';

const siteOrigin = inject('siteOrigin');
const hostOrigin = inject('hostOrigin');
const TOOL_PAGE = `${siteOrigin}/tools/photo-check/`;
const SCREENSHOTS = '/tmp/photowidget-shots';

/** What the widget shows after a photo: a result with its verdict, or an error with its code. */
interface Outcome {
  state: 'result' | 'error';
  code: string | null;
  verdict: string | null;
  message: string;
  notes: string[];
  checks: { id: string; status: string; label: string; link: string | null }[];
}

let browser: Browser;
/**
 * The test files, by role, as paths: chosen from disk as a user would (a file given to Playwright
 * as a buffer would be rebuilt by script on the page's main thread).
 */
const files: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchChromium();
  const folder = mkdtempSync(join(tmpdir(), 'photo-check-'));
  const save = (role: string, name: string, bytes: Buffer | Uint8Array) => {
    files[role] = join(folder, name);
    writeFileSync(files[role], bytes);
  };
  const scratch = await browser.newContext();
  const page = await scratch.newPage();
  const good = await renderDocumentPhoto(page, { width: 2400, height: 1800, type: 'image/jpeg' });
  save('good', 'IMG_2041.jpg', good);
  save('named', 'passport-of-jane-doe.jpg', good);
  save('thumbnail', 'thumbnail.jpg', await renderDocumentPhoto(page, { width: 100, height: 60, type: 'image/jpeg' }));
  save('huge', 'big.jpg', await renderDocumentPhoto(page, { width: 8000, height: 6000, type: 'image/jpeg', quality: 0.8 }));
  save('transparent', 'cutout.png', await renderDocumentPhoto(page, { width: 1600, height: 1200, type: 'image/png', transparentBackground: true }));
  save('rotated', 'portrait.jpg', withExifOrientation(await renderDocumentPhoto(page, { width: 1600, height: 1200, type: 'image/jpeg' }), 6));
  const cutOnTheLeft = await renderDocumentPhoto(page, { width: 1600, height: 1200, type: 'image/jpeg', cardLeft: -0.15 });
  for (let orientation = 1; orientation <= 8; orientation++) {
    save(`cutLeftOriented${orientation}`, `cut-left-${orientation}.jpg`, withExifOrientation(cutOnTheLeft, orientation));
  }
  await scratch.close();
  save('truncated', 'cut.jpg', good.subarray(0, Math.floor(good.length / 2)));
  save('empty', 'empty.jpg', Buffer.alloc(0));
  save('text', 'notes.jpg', Buffer.from('My passport number is in the drawer. Remember to take a photo tomorrow.\n'));
  save('pdf', 'scan.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'));
  // A scanner's TIFF: little-endian header, then the first directory's entry count.
  save('tiff', 'scan.tif', Buffer.concat([Buffer.from('49492a0008000000', 'hex'), Buffer.alloc(4000)]));
  save('svg', 'card.svg', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="250"><rect width="400" height="250" fill="#eee"/></svg>'));
  // A valid HEIC box header with garbage after it: what a damaged iPhone photo looks like.
  save('fakeHeic', 'IMG_0001.HEIC', Buffer.concat([Buffer.from('0000001c6674797068656963000000006d696631686569636d696166', 'hex'), Buffer.alloc(4000, 0x5a)]));
  save('heic', 'IMG_0002.HEIC', readFileSync('tests/fixtures/photos/document-640x480.heic'));
  save('gif', 'animated.gif', animatedGif(480, 320));
  const fifty = Buffer.alloc(50_000_000);
  fifty.set([0xff, 0xd8, 0xff, 0xe0]);
  save('fiftyMegabytes', 'huge-scan.jpg', fifty);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Records the longest main-thread task, to show the page never froze while a photo was checked. */
async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = globalThis as unknown as { longestTaskMs: number };
    record.longestTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longestTaskMs = Math.max(record.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Picks a file through the real file input and waits until the widget shows the outcome. */
async function pick(frame: Page | Frame, file: string): Promise<Outcome> {
  // The island has hydrated (Astro removes `ssr`) and listens to its inputs.
  const widget = frame.locator('astro-island:not([ssr]) .pc');
  await widget.waitFor();
  const run = Number(await widget.getAttribute('data-run'));
  await frame.locator('[data-testid="pc-choose"]').setInputFiles(file);
  await frame.locator(`.pc[data-run="${run + 1}"]:is([data-state="result"], [data-state="error"])`).waitFor({ timeout: 45_000 });
  return widget.evaluate((root) => ({
    state: root.getAttribute('data-state') as 'result' | 'error',
    code: root.querySelector('[data-code]')?.getAttribute('data-code') ?? null,
    verdict: root.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
    message: root.querySelector('.pc-outcome__message')?.textContent ?? '',
    notes: [...root.querySelectorAll('[data-note]')].map((note) => note.getAttribute('data-note') ?? ''),
    checks: [...root.querySelectorAll('.pc-check')].map((check) => ({
      id: check.getAttribute('data-check') ?? '',
      status: check.getAttribute('data-status') ?? '',
      label: check.querySelector('.pc-status__label')?.textContent ?? '',
      link: check.querySelector('a')?.getAttribute('href') ?? null,
    })),
  }));
}

describe('photo checker page', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    problems = await watchProblems(context);
    await watchLongTasks(context);
    page = await context.newPage();
    await page.goto(TOOL_PAGE);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('checks a photo and shows the verdict, the five checks and the overlay', async () => {
    const outcome = await pick(page, files.good!);
    expect(outcome.state).toBe('result');
    expect(['pass', 'warn', 'fail']).toContain(outcome.verdict);
    expect(outcome.checks.map((check) => check.id).sort()).toEqual(['exposure', 'framing', 'glare', 'resolution', 'sharpness']);
    for (const check of outcome.checks) {
      // Every status is said in words, not by colour alone.
      expect({ OK: 'pass', Risky: 'warn', Problem: 'fail' }[check.label]).toBe(check.status);
    }
    expect(await page.locator('[data-overlay="document"]').count()).toBe(1);
    expect(await page.locator('canvas.pc-preview__photo').getAttribute('aria-label')).toMatch(/^Your photo as checked, with the outline of the document drawn/);
    expect(await page.getByTestId('pc-announcement').textContent()).toMatch(/\S/);
    expect(await page.locator('.pc-outcome__privacy').textContent()).toMatch(/^Checked on this device in (under 0\.1 s|\d+\.\d s)\. Your photo was not uploaded or stored\.$/);
  });

  it('finds the problem in a 100 × 60 thumbnail and links to the article that explains it', async () => {
    const outcome = await pick(page, files.thumbnail!);
    expect(outcome.verdict).toBe('fail');
    const resolution = outcome.checks.find((check) => check.id === 'resolution');
    expect(resolution?.status).toBe('fail');
    expect(resolution?.link).toMatch(/^\/failures\/document-quality\/#[a-z-]+$/);
    // Worst first.
    expect(outcome.checks[0]?.status).toBe('fail');
  });

  it('"Try another photo" opens the file chooser from the keyboard', async () => {
    // Listening first: Playwright turns on its file-chooser interception asynchronously.
    const chooserShown = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Try another photo' }).focus();
    await page.keyboard.press('Enter');
    const chooser = await chooserShown;
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(files.good!);
    await page.locator('.pc[data-state="result"] [data-overlay="document"]').waitFor();
    // Focus moves to the new outcome, so the keyboard user continues from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('pc-outcome__headline')), POLL)
      .toBe(true);
  });

  it.each<[string, () => string, PhotoErrorCode, RegExp]>([
    ['a zero-byte file', () => files.empty!, 'not-an-image', /empty \(0 bytes\)/],
    ['a text file named .jpg', () => files.text!, 'not-an-image', /text, not a picture/],
    ['a truncated JPEG', () => files.truncated!, 'decode-failed', /damaged or incomplete/],
    ['a PDF', () => files.pdf!, 'unsupported-format', /PDF.*Take a photo/],
    ['an SVG', () => files.svg!, 'unsupported-format', /SVG drawing/],
    ['a scanner’s TIFF', () => files.tiff!, 'unsupported-format', /TIFF.*Save it as a JPEG/],
    ['a damaged HEIC', () => files.fakeHeic!, 'unsupported-format', /Settings → Camera → Formats.*Most Compatible/],
    ['a 50 MB file', () => files.fiftyMegabytes!, 'too-large', /50 MB; the checker takes files up to 40 MB/],
  ])('explains what to do with %s', async (_label, file, code, message) => {
    const outcome = await pick(page, file());
    expect(outcome).toMatchObject({ state: 'error', code });
    expect(outcome.message).toMatch(message);
    expect(await page.getByTestId('pc-announcement').textContent()).toBe(outcome.message);
    await expect(page.getByRole('button', { name: 'Try another photo' }).isVisible()).resolves.toBe(true);
  });

  it.each<[string, () => string, string[]]>([
    ['an animated GIF (first frame)', () => files.gif!, ['animated']],
    ['a PNG with a transparent background (on white)', () => files.transparent!, ['transparent']],
    ['an 8000 × 6000 photo', () => files.huge!, []],
    ['an iPhone HEIC, decoded on the device', () => files.heic!, []],
  ])('checks %s', async (_label, file, notes) => {
    const outcome = await pick(page, file());
    expect(outcome.state).toBe('result');
    expect(outcome.checks).toHaveLength(5);
    expect(outcome.notes).toEqual(notes);
  });

  it('shows a photo the way the camera was held (EXIF orientation)', async () => {
    await pick(page, files.rotated!);
    const canvas = page.locator('canvas.pc-preview__photo');
    // A 1600 × 1200 picture tagged "rotate 90°" is a portrait photo.
    expect(await canvas.evaluate((element: HTMLCanvasElement) => [element.width, element.height])).toEqual([768, 1024]);
  });

  // The card runs out of the stored picture's left side; each EXIF orientation shows that side
  // somewhere else, and the checker must name the side as the user sees the photo.
  it.each([
    [1, 'left'],
    [2, 'right'],
    [3, 'right'],
    [4, 'left'],
    [5, 'top'],
    [6, 'top'],
    [7, 'bottom'],
    [8, 'bottom'],
  ])('names the cut-off side as seen, for EXIF orientation %i (%s)', async (orientation, side) => {
    const outcome = await pick(page, files[`cutLeftOriented${orientation}`]!);
    const framing = await page.locator('.pc-check[data-check="framing"]').textContent();
    expect(outcome.checks.find((check) => check.id === 'framing')?.status).not.toBe('pass');
    expect(framing).toMatch(new RegExp(`\\b${side} edge`));
    expect(framing).not.toMatch(new RegExp(`\\b(${['left', 'right', 'top', 'bottom'].filter((other) => other !== side).join('|')}) edge`));
  });

  it('takes a photo dropped on it or pasted', async () => {
    const photoIn = (page: Page) =>
      page.evaluateHandle(async () => {
        const canvas = new OffscreenCanvas(1200, 900);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#444';
        context.fillRect(0, 0, 1200, 900);
        context.fillStyle = '#eee';
        context.fillRect(300, 250, 600, 380);
        const transfer = new DataTransfer();
        transfer.items.add(new File([await canvas.convertToBlob({ type: 'image/jpeg' })], 'dropped.jpg', { type: 'image/jpeg' }));
        return transfer;
      });
    const run = Number(await page.locator('.pc').getAttribute('data-run'));
    await page.locator('.pc').dispatchEvent('drop', { dataTransfer: await photoIn(page) });
    await page.locator(`.pc[data-run="${run + 1}"][data-state="result"]`).waitFor();
    const clipboard = await photoIn(page);
    await page.evaluate((clipboardData) => document.dispatchEvent(new ClipboardEvent('paste', { clipboardData })), clipboard);
    await page.locator(`.pc[data-run="${run + 2}"][data-state="result"]`).waitFor();
  });

  it('kept the page responsive and free of errors throughout', async () => {
    // Decoding and analysis run in the worker: no main-thread task comes near a frozen second.
    expect(await page.evaluate(() => (globalThis as unknown as { longestTaskMs: number }).longestTaskMs)).toBeLessThan(1000);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe.each([
  ['without WebCodecs’ ImageDecoder (Firefox, Safari)', 'delete self.ImageDecoder;'],
  // A decoder that ignores the desired size's shape must not squash the photo: it is not used.
  [
    'whose ImageDecoder gives a picture of another shape',
    `self.ImageDecoder = class {
      async decode() {
        const canvas = new OffscreenCanvas(1600, 1600);
        canvas.getContext('2d').fillRect(0, 0, 800, 800);
        return { image: new VideoFrame(canvas, { timestamp: 0 }) };
      }
      close() {}
    };`,
  ],
])('in a browser %s', (_label, workerPrelude) => {
  it('says the same of a photo as where JPEGs are decoded straight to a smaller size', async () => {
    const context = await browser.newContext();
    const withDecoder = await context.newPage();
    const withoutDecoder = await context.newPage();
    let workersChanged = 0;
    await withoutDecoder.route(/photo-check\.worker-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      workersChanged++;
      await route.fulfill({ response, body: `${workerPrelude}\n${await response.text()}` });
    });
    await withDecoder.goto(TOOL_PAGE);
    await withoutDecoder.goto(TOOL_PAGE);
    const previewSize = (page: Page) =>
      page.locator('canvas.pc-preview__photo').evaluate((element: HTMLCanvasElement) => [element.width, element.height]);
    for (const file of [files.good!, files.rotated!, files.cutLeftOriented5!, files.huge!]) {
      const [expected, actual] = [await pick(withDecoder, file), await pick(withoutDecoder, file)];
      expect(actual.state).toBe('result');
      expect(actual).toEqual(expected);
      // Turned the same way; the usual decoder may round one side up by a pixel.
      const [[expectedWidth, expectedHeight], [width, height]] = [await previewSize(withDecoder), await previewSize(withoutDecoder)];
      expect(Math.abs(width! - expectedWidth!)).toBeLessThanOrEqual(1);
      expect(Math.abs(height! - expectedHeight!)).toBeLessThanOrEqual(1);
    }
    expect(workersChanged).toBe(1);
    await context.close();
  });
});

describe('privacy', () => {
  it('sends no request at all once a photo is chosen, and no more than a script of its own for a file it cannot check', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(TOOL_PAGE, { waitUntil: 'networkidle' });
    // The worker and its code were loaded with the page.
    expect(page.workers()).toHaveLength(1);
    const requests: string[] = [];
    const record = (request: Request) => requests.push(`${request.method()} ${request.url()}`);
    context.on('request', record);
    page.on('request', record);
    await pick(page, files.good!);
    await pick(page, files.thumbnail!);
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    // A file it cannot check loads the words that explain why, once, from this site: a GET of
    // its own script, with nothing of the file in it.
    await pick(page, files.pdf!);
    await pick(page, files.text!);
    await page.waitForTimeout(500);
    // (The context and the page both report a request the worker makes.)
    const distinct = [...new Set(requests)];
    expect(distinct).toHaveLength(1);
    expect(distinct[0]).toMatch(new RegExp(`^GET ${siteOrigin}/_astro/problem-messages[^/?]*\\.js$`));
    await context.close();
  });
});

describe('embedded on another origin', () => {
  let context: BrowserContext;
  let page: Page;
  let frame: Frame;
  const messages = () => page.evaluate(() => (globalThis as unknown as { widgetMessages: { origin: string; data: unknown }[] }).widgetMessages);
  const isResize = (message: { data: unknown }) => (message.data as { type: string }).type === 'kyc:resize';

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${hostOrigin}/photo-check/?site=${encodeURIComponent(siteOrigin)}`);
    await page.waitForFunction(() =>
      (globalThis as unknown as { widgetMessages: { data: { type?: string } }[] }).widgetMessages.some((message) => message.data?.type === 'kyc:ready'),
    );
    const found = page.frames().find((candidate) => candidate.url().startsWith(`${siteOrigin}/embed/photo-check/`));
    if (!found) throw new Error('no widget frame');
    frame = found;
  });
  afterAll(async () => {
    await context?.close();
  });

  it('says it is ready and reports its height', async () => {
    // The first height follows the first layout, which may come after `kyc:ready`.
    await expect.poll(async () => (await messages()).some(isResize), POLL).toBe(true);
    const received = await messages();
    expect(received.every((message) => message.origin === siteOrigin)).toBe(true);
    expect(readyMessageSchema.parse(received.find((message) => (message.data as { type: string }).type === 'kyc:ready')?.data)).toMatchObject({
      widget: 'photo-check',
    });
    const resize = received.filter(isResize);
    expect(resizeMessageSchema.parse(resize.at(-1)?.data).height).toBeGreaterThan(100);
  });

  it('posts each result, without the file name or any pixels', async () => {
    const before = (await messages()).length;
    await pick(frame, files.named!);
    const received = (await messages()).slice(before).map((message) => message.data as { type: string });
    const results = received.filter((message) => message.type === 'kyc:photo-check:result');
    expect(results).toHaveLength(1);
    const result = z.strictObject(photoCheckResultMessageSchema.shape).parse(results[0]);
    expect(result.checks.map((check) => check.id).sort()).toEqual(['exposure', 'framing', 'glare', 'resolution', 'sharpness']);
    expect(result.timings.totalMs).toBeGreaterThan(0);
    const text = JSON.stringify(received);
    expect(text).not.toMatch(/jane|passport-of|\.jpg/i);
    // Every value is a string, a number or a plain object or array of them: no bitmaps, blobs or pixel arrays.
    const plain = (value: unknown): boolean =>
      ['string', 'number'].includes(typeof value) ||
      (Array.isArray(value) ? value.length < 50 && value.every(plain) : typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain));
    expect(received.every(plain)).toBe(true);
  });

  it('posts an error for a file it cannot check', async () => {
    const before = (await messages()).length;
    await pick(frame, files.text!);
    const errors = (await messages()).slice(before).filter((message) => (message.data as { type: string }).type === 'kyc:photo-check:error');
    expect(errors).toHaveLength(1);
    expect(z.strictObject(photoCheckErrorMessageSchema.shape).parse(errors[0]?.data)).toMatchObject({ code: 'not-an-image' });
  });

  /** Posts `message` from the host page, its `photo` (a file's bytes) turned into a Blob there. */
  const sendFromHost = (message: Record<string, unknown>, photo?: string) =>
    page.evaluate(
      ({ message, base64 }) => {
        const photo = base64 === undefined ? message['photo'] : new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))]);
        (globalThis as unknown as { sendToWidget(message: unknown): void }).sendToWidget({ ...message, photo });
      },
      { message, base64: photo === undefined ? undefined : readFileSync(photo).toString('base64') },
    );
  const resultsSoFar = async () => (await messages()).filter((message) => (message.data as { type: string }).type === 'kyc:photo-check:result');

  it('checks a photo the host page hands over, and shows it', async () => {
    const before = (await resultsSoFar()).length;
    const run = Number(await frame.locator('.pc').getAttribute('data-run'));
    await sendFromHost({ type: 'kyc:photo-check:check', version: 1 }, files.good!);
    await expect.poll(async () => (await resultsSoFar()).length, POLL).toBe(before + 1);
    const result = photoCheckResultMessageSchema.parse((await resultsSoFar()).at(-1)?.data);
    expect(result.checks.find((check) => check.id === 'framing')?.status).toBe('pass');
    await frame.locator(`.pc[data-run="${run + 1}"][data-state="result"] [data-overlay="document"]`).waitFor();
  });

  it('ignores a photo message that does not fit the protocol, with a warning', async () => {
    const warnings: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'warning') warnings.push(message.text());
    };
    page.on('console', onConsole);
    const before = (await messages()).length;
    const run = await frame.locator('.pc').getAttribute('data-run');
    await sendFromHost({ type: 'kyc:photo-check:check', version: 1, photo: 'IMG_2041.jpg' });
    await sendFromHost({ type: 'kyc:photo-check:check', version: 2 }, files.good!);
    await sendFromHost({ type: 'kyc:data-match:check', version: 1, account: {} });
    await expect.poll(() => warnings.length, POLL).toBe(3);
    page.off('console', onConsole);
    expect(warnings).toEqual([
      expect.stringMatching(/^\[kyc-widget\] Ignored a "kyc:photo-check:check" message: photo: /),
      expect.stringMatching(/^\[kyc-widget\] Ignored a "kyc:photo-check:check" message: version: /),
      '[kyc-widget] Ignored a "kyc:data-match:check" message: this widget takes "kyc:photo-check:check" only.',
    ]);
    // No reply; a height report may still arrive as the previous photo's layout settles.
    expect((await messages()).slice(before).filter((message) => !isResize(message))).toEqual([]);
    expect(await frame.locator('.pc').getAttribute('data-run')).toBe(run);
  });

  it('takes its colours from ?theme=', async () => {
    const themed = await context.newPage();
    await themed.goto(`${siteOrigin}/embed/photo-check/?theme=dark`);
    expect(await themed.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await themed.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await themed.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility of the outcomes, %s theme', (colorScheme) => {
  it.each([
    ['the page with a result', TOOL_PAGE, 'thumbnail'],
    ['the page with an error', TOOL_PAGE, 'pdf'],
    ['the widget alone with a result', `${siteOrigin}/embed/photo-check/?theme=${colorScheme}`, 'good'],
  ])('%s has no axe violation', async (_label, url, file) => {
    // The axe script is injected, which the site's CSP would block.
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(url);
    await pick(page, files[file]!);
    expect(await findAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('screenshots', () => {
  it.each([
    ['360', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 900 }],
  ])('at %s px', async (name, viewport) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(TOOL_PAGE);
    await pick(page, files.good!);
    // Nothing may stick out sideways on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.locator('.pc').screenshot({ path: `${SCREENSHOTS}/photo-check-${name}.png` });
    await page.goto(`${siteOrigin}/embed/photo-check/?theme=dark`);
    await pick(page, files.thumbnail!);
    await page.screenshot({ path: `${SCREENSHOTS}/photo-check-embed-dark-${name}.png`, fullPage: true });
    await context.close();
  });
});
