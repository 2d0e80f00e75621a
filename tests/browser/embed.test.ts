/**
 * The checkers embedded on a host page of another origin through `/embed.js`, as an integrator
 * would: frames, sizing, events, forged and unknown messages, and a host with a strict CSP.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  dataMatchResultMessageSchema,
  photoCheckErrorMessageSchema,
  photoCheckResultMessageSchema,
  readyMessageSchema,
} from '../../src/protocol/messages.ts';
import type { KycCheckerElement } from '../../src/embed/loader.ts';
import { launchChromium, watchProblems, type PageProblems } from '../helpers/browser.ts';
import { SAMPLE_CHECK } from '../../src/components/embed-docs/sample-check.ts';

const siteOrigin = inject('siteOrigin');
const hostOrigin = inject('hostOrigin');
const hostPage = (file: string) => `${hostOrigin}/embed/${file}?site=${encodeURIComponent(siteOrigin)}`;

interface RecordedEvent {
  type: string;
  target: string;
  bubbles: boolean;
  detail: unknown;
}

/** The docs' sample: a swapped day and month, a surname without its umlaut, an expired passport. */
const MISMATCHED_CHECK = { ...SAMPLE_CHECK, today: '2026-01-15' } as const;

/** A 1600 × 1200 PNG with smooth gradients and a sharp grid: a plausible, readable photo. */
function testPhoto(): Buffer {
  const png = new PNG({ width: 1600, height: 1200 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const line = x % 80 < 3 || y % 80 < 3;
      png.data[i] = line ? 20 : 90 + (x / png.width) * 100;
      png.data[i + 1] = line ? 20 : 110 + (y / png.height) * 80;
      png.data[i + 2] = line ? 20 : 140;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openHost(file: string): Promise<{ context: BrowserContext; page: Page; problems: PageProblems; warnings: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const problems = await watchProblems(context);
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(hostPage(file));
  return { context, page, problems, warnings };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { kycEvents: RecordedEvent[] }).kycEvents);

async function waitForEvent(page: Page, type: string, target: string, after = 0): Promise<RecordedEvent> {
  await page.waitForFunction(
    ([t, id, n]) =>
      (window as unknown as { kycEvents: RecordedEvent[] }).kycEvents.slice(n as number).some((e) => e.type === t && e.target === id),
    [type, target, after] as const,
  );
  return (await events(page)).slice(after).find((event) => event.type === type && event.target === target) as RecordedEvent;
}

/** The widget frame inside a host element, once it has loaded. */
async function widgetFrame(page: Page, hostId: string): Promise<Frame> {
  const iframe = page.locator(`#${hostId} > iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${hostId}`);
  return frame;
}

/** Waits until the frame's height equals its content's height, and returns both. */
async function fittedHeight(page: Page, hostId: string, frame: Frame): Promise<number> {
  let heights = { frame: 0, content: -1 };
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      const own = await page.locator(`#${hostId} > iframe`).evaluate((element) => element.getBoundingClientRect().height);
      heights = { frame: own, content };
      return Math.abs(own - content);
    })
    .toBeLessThanOrEqual(1);
  return heights.frame;
}

describe('a host page on another origin with <kyc-checker>', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let warnings: string[];

  beforeAll(async () => {
    ({ context, page, problems, warnings } = await openHost('index.html'));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('serves /embed.js as a small CORS module', async () => {
    const response = await page.request.get(`${siteOrigin}/embed.js`);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(gzipSync(await response.body(), { level: 9 }).length).toBeLessThanOrEqual(5 * 1024);
  });

  it('frames each widget with a title, lazily, borderless and full width; the camera for the photo widget only', async () => {
    const frames = await page.locator('iframe').evaluateAll((elements) =>
      elements.map((element) => {
        const frame = element as HTMLIFrameElement;
        return { host: frame.parentElement?.id, src: frame.src, title: frame.title, loading: frame.loading, allow: frame.allow, style: frame.getAttribute('style') };
      }),
    );
    expect(frames).toEqual([
      expect.objectContaining({ host: 'data', src: `${siteOrigin}/embed/data-match/?theme=auto&lang=en`, loading: 'lazy', allow: '' }),
      expect.objectContaining({ host: 'photo', src: `${siteOrigin}/embed/photo-check/?theme=dark&lang=en`, loading: 'lazy', allow: 'camera' }),
      expect.objectContaining({ host: 'data-attribute', src: `${siteOrigin}/embed/data-match/?theme=light&lang=en`, allow: '' }),
    ]);
    for (const frame of frames) {
      expect(frame.title.length).toBeGreaterThan(5);
      expect(frame.style).toContain('width: 100%');
      expect(frame.style).toMatch(/border: 0px|border: 0;|border: none/);
    }
  });

  it('announces each widget with a kyc:ready event that matches the schema', async () => {
    for (const [hostId, widget] of [['data', 'data-match'], ['photo', 'photo-check'], ['data-attribute', 'data-match']] as const) {
      await widgetFrame(page, hostId);
      const ready = await waitForEvent(page, 'kyc:ready', hostId);
      expect(readyMessageSchema.parse(ready.detail)).toMatchObject({ widget });
      expect(ready.bubbles).toBe(true);
    }
  });

  it('lets the photo widget, and only it, use the camera (iframe allow + the widget\'s Permissions-Policy)', async () => {
    const allowsCamera = (frame: Frame) =>
      frame.evaluate(() => (document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }).featurePolicy.allowsFeature('camera'));
    expect(await allowsCamera(await widgetFrame(page, 'photo'))).toBe(true);
    expect(await allowsCamera(await widgetFrame(page, 'data'))).toBe(false);
  });

  it('fits the data widget to its content, before and after a check shows findings, with no scrollbar', async () => {
    const frame = await widgetFrame(page, 'data');
    const before = await fittedHeight(page, 'data', frame);
    const seen = (await events(page)).length;
    await page.evaluate((input) => document.querySelector<KycCheckerElement>('kyc-checker#data')?.check(input as never), MISMATCHED_CHECK);
    const result = await waitForEvent(page, 'kyc:data-match:result', 'data', seen);
    const message = dataMatchResultMessageSchema.parse(result.detail);
    expect(message.verdict).toBe('fail');
    expect(message.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['name.diacritics', 'dob.day-month-swapped', 'document.expired']),
    );
    await expect.poll(() => fittedHeight(page, 'data', frame)).toBeGreaterThan(before);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  });

  it('gives the attribute form the same check() method', async () => {
    await widgetFrame(page, 'data-attribute');
    const seen = (await events(page)).length;
    await page.evaluate((input) => (document.querySelector('#data-attribute') as unknown as { check(i: unknown): void }).check(input), {
      account: { givenNames: 'Anna', surname: 'Müller' },
      document: { givenNames: 'Anna', surname: 'Müller' },
    });
    const result = await waitForEvent(page, 'kyc:data-match:result', 'data-attribute', seen);
    expect(dataMatchResultMessageSchema.safeParse(result.detail).success).toBe(true);
  });

  it('relays a photo result and a file error, with no pixels and no file name', async () => {
    const frame = await widgetFrame(page, 'photo');
    const input = frame.locator('input[type="file"]').first();

    let seen = (await events(page)).length;
    await input.setInputFiles({ name: 'passport-anna-mueller.png', mimeType: 'image/png', buffer: testPhoto() });
    const result = await waitForEvent(page, 'kyc:photo-check:result', 'photo', seen);
    expect(photoCheckResultMessageSchema.parse(result.detail).checks.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.detail)).not.toMatch(/anna|mueller|data:image|blob:/i);
    await fittedHeight(page, 'photo', frame);

    seen = (await events(page)).length;
    await input.setInputFiles({ name: 'anna-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    const error = await waitForEvent(page, 'kyc:photo-check:error', 'photo', seen);
    expect(photoCheckErrorMessageSchema.parse(error.detail).code).toBe('not-an-image');
    expect(JSON.stringify(error.detail)).not.toMatch(/anna/i);
  });

  it('checks a photo handed over with check(), and warns about input a widget does not take', async () => {
    const seen = (await events(page)).length;
    await page.evaluate((base64) => {
      const photo = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
      document.querySelector<KycCheckerElement>('kyc-checker#photo')?.check(photo);
    }, testPhoto().toString('base64'));
    const result = await waitForEvent(page, 'kyc:photo-check:result', 'photo', seen);
    expect(photoCheckResultMessageSchema.parse(result.detail).checks.map((check) => check.id).sort()).toEqual([
      'exposure',
      'framing',
      'glare',
      'resolution',
      'sharpness',
    ]);

    await page.evaluate(() => {
      document.querySelector<KycCheckerElement>('kyc-checker#photo')?.check({ account: { surname: 'Müller' } });
      document.querySelector<KycCheckerElement>('kyc-checker#data')?.check(new Blob(['not for this widget']));
    });
    const refusals = () => warnings.filter((warning) => warning.startsWith('[kyc-checker] check() takes a File or Blob on the "photo-check" widget'));
    await expect.poll(() => refusals().length).toBe(2);
  });

  it('ignores forged messages from the host itself and from another frame of the widget origin', async () => {
    const dataHeight = await page.locator('#data > iframe').evaluate((element) => element.getBoundingClientRect().height);
    const seen = (await events(page)).length;
    const forgedResult = { type: 'kyc:data-match:result', version: 1, verdict: 'pass', findings: [] };
    await page.evaluate((forged) => window.postMessage({ ...forged, forgedBy: 'host' }, '*'), forgedResult);
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.id = 'other';
      other.src = src;
      document.body.append(other);
    }, `${siteOrigin}/embed/data-match/`);
    const other = await (await page.locator('#other').elementHandle())?.contentFrame();
    await other?.waitForLoadState();
    await other?.evaluate((forged) => {
      parent.postMessage({ ...forged, forgedBy: 'other frame' }, '*');
      parent.postMessage({ type: 'kyc:resize', version: 1, height: 5, forgedBy: 'other frame' }, '*');
    }, forgedResult);
    // The host's own listener saw both forgeries, so the loader's listener did too.
    await page.waitForFunction(
      () => (window as unknown as { kycMessages: Array<{ forgedBy?: string }> }).kycMessages.filter((m) => m.forgedBy).length === 3,
    );
    expect((await events(page)).slice(seen)).toEqual([]);
    expect(await page.locator('#data > iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(dataHeight);
  });

  it('warns, with the valid values, about unknown versions and types, and does not relay them', async () => {
    const frame = await widgetFrame(page, 'data');
    const seen = (await events(page)).length;
    await frame.evaluate(() => {
      parent.postMessage({ type: 'kyc:data-match:result', version: 2, verdict: 'pass', findings: [] }, '*');
      parent.postMessage({ type: 'kyc:data-match:progress', version: 1 }, '*');
      parent.postMessage({ type: 'kyc:ready', version: 1, widget: 'data-match', sentinel: true }, '*');
    });
    await page.waitForFunction(
      (n) => (window as unknown as { kycEvents: RecordedEvent[] }).kycEvents.slice(n).some((e) => (e.detail as { sentinel?: boolean }).sentinel),
      seen,
    );
    expect((await events(page)).slice(seen).map((event) => event.type)).toEqual(['kyc:ready']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        '[kyc-checker] Ignored "kyc:data-match:result" with version 2. Valid versions: 1.',
        expect.stringMatching(/^\[kyc-checker\] Ignored a message of unknown type "kyc:data-match:progress"\. Valid types: "kyc:resize", /),
      ]),
    );
  });

  it('ignores its own frame once it shows a page of another origin', async () => {
    const blank = `${hostOrigin}/embed/blank.html`;
    // Navigated from the host page, as a script of the host could do.
    await page.evaluate((url) => document.querySelector<HTMLIFrameElement>('#data > iframe')?.contentWindow?.location.replace(url), blank);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = page.frames().find((candidate) => candidate.url() === blank))).toBeDefined();
    await frame?.waitForLoadState();
    const seen = (await events(page)).length;
    await frame?.evaluate(() => parent.postMessage({ type: 'kyc:ready', version: 1, widget: 'data-match', forgedBy: 'navigated frame' }, '*'));
    await page.waitForFunction(() =>
      (window as unknown as { kycMessages: Array<{ forgedBy?: string }> }).kycMessages.some((m) => m.forgedBy === 'navigated frame'),
    );
    expect((await events(page)).slice(seen)).toEqual([]);
  });

  it('raised no error and no CSP violation in the host or the widgets', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('a host page with its own strict CSP', () => {
  it('runs both widgets when it allows the help site in script-src and frame-src', async () => {
    const { context, page, problems } = await openHost('strict-csp.html');
    for (const hostId of ['data', 'photo']) {
      await widgetFrame(page, hostId);
      await waitForEvent(page, 'kyc:ready', hostId);
    }
    const frame = await widgetFrame(page, 'data');
    const seen = (await events(page)).length;
    await page.evaluate((input) => document.querySelector<KycCheckerElement>('kyc-checker#data')?.check(input as never), MISMATCHED_CHECK);
    await waitForEvent(page, 'kyc:data-match:result', 'data', seen);
    await fittedHeight(page, 'data', frame);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
