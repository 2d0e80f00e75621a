/**
 * The data-match checker as a user meets it: typing on the tool page, keyboard only, Clear,
 * hostile text, a phone-width screen; and its message API from a host page on another origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { dataMatchResultMessageSchema, readyMessageSchema, resizeMessageSchema } from '../../src/protocol/messages.ts';
import { launchChromium, POLL, watchProblems, type PageProblems } from '../helpers/browser.ts';

const siteOrigin = inject('siteOrigin');
const hostOrigin = inject('hostOrigin');
const TOOL_PAGE = `${siteOrigin}/tools/data-match/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, width = 1280): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const problems = await watchProblems(context);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, problems };
}

/** Astro removes `ssr` from the island once React has hydrated it; typing before that is lost. */
const hydrated = (page: Page) => page.locator('astro-island:not([ssr]) .dm').waitFor();

/** Findings wait for a pause in typing (and the summary for a longer one). */

/** The island's inputs: the account column first, then the document column. */
const account = (page: Page | Frame, label: string) => page.locator('fieldset').nth(0).getByLabel(label, { exact: true });
const onDocument = (page: Page | Frame, label: string) => page.locator('fieldset').nth(1).getByLabel(label, { exact: true });
/** Codes of the findings shown under a field, by the field's label and column. */
const codesUnder = (page: Page | Frame, column: 0 | 1, fieldClass: string) =>
  page.locator('fieldset').nth(column).locator(`.dm-field--${fieldClass} [data-code]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));

describe('data-match tool page', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  beforeAll(async () => {
    ({ context, page, problems } = await open(TOOL_PAGE));
    await hydrated(page);
  });
  afterAll(async () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('finds a dropped accent and a swapped day and month as the user types', async () => {
    await account(page, 'Given names').fill('Jose');
    await onDocument(page, 'Given names').fill('JOSÉ');
    await account(page, 'Date of birth').fill('03/04/1990');
    await onDocument(page, 'Date of birth').fill('1990-03-04');
    await expect.poll(() => codesUnder(page, 0, 'givenNames'), POLL).toEqual(['name.diacritics']);
    await expect.poll(() => codesUnder(page, 0, 'dateOfBirth'), POLL).toEqual(['dob.day-month-swapped']);
    // The differing letters are marked.
    const marks = await page.locator('.dm-field--givenNames mark').allTextContents();
    expect(marks).toEqual(['e', 'É']);
    // Screen readers hear the outcome once typing pauses.
    await expect.poll(() => page.locator('[aria-live="polite"]').textContent(), POLL).toMatch(/risky/i);
  });

  it.each([
    ['a nationality as the document prints it', 'NORSK', 'Norway'],
    ['a country’s name', 'Deutschland', 'Germany'],
  ])('reads %s in its own language', async (_what, printed, country) => {
    await account(page, 'Nationality').fill(country);
    await onDocument(page, 'Nationality').fill(printed);
    const reading = page.locator('.dm-field--document-nationality .dm-reading');
    await expect.poll(() => reading.textContent(), POLL).toMatch(new RegExp(country));
    await expect.poll(() => codesUnder(page, 1, 'document-nationality'), POLL).toEqual([]);
    expect(await codesUnder(page, 0, 'nationality')).toEqual([]);
  });

  it('shows hostile text as text and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    await account(page, 'Surname').fill(hostile);
    await onDocument(page, 'Surname').fill('Smith');
    await expect.poll(() => codesUnder(page, 0, 'surname'), POLL).toEqual(['field.invalid']);
    expect(await page.locator('.dm-field--surname .dm-compare').textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.dm img, .dm script').count()).toBe(0);
  });

  it('survives a 10,000-character name', async () => {
    await account(page, 'Given names').fill('é'.repeat(10_000));
    await expect.poll(() => codesUnder(page, 0, 'givenNames'), POLL).toEqual(['field.invalid']);
  });

  it('clears every field with the Clear button', async () => {
    await page.getByRole('button', { name: 'Clear all fields' }).click();
    const values = await page.locator('.dm input, .dm textarea').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.every((value) => value === '')).toBe(true);
    await expect.poll(() => page.locator('.dm [data-code]').count(), POLL).toBe(0);
    // Focus goes back to the first field, ready for typing.
    expect(await page.evaluate(() => document.activeElement?.id.endsWith('givenNames'))).toBe(true);
  });

  it('works with the keyboard alone', async () => {
    await page.getByRole('button', { name: 'Clear all fields' }).click();
    // Focus is on the account's given names: type, Tab on through the account column.
    for (const value of ['Anna', 'Eriksson', '1974-08-12', 'SE', 'SE']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    // The document type select: choose "ID card" with the arrow key.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.dm select').inputValue()).toBe('id-card');
    await page.keyboard.press('Tab'); // machine-readable zone
    await page.keyboard.press('Tab'); // issuing country
    for (const value of ['SWE', 'Anna Maria', 'Eriksson', '12.08.1974', 'SWE', '2031-01-01']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => codesUnder(page, 0, 'givenNames'), POLL).toEqual(['name.middle-name']);
    // The explanation link is reachable by keyboard too.
    const link = page.locator('.dm-field--givenNames a.dm-why');
    await link.focus();
    expect(await link.getAttribute('href')).toMatch(/^\/failures\/information-mismatch\/#/);
    expect(await link.getAttribute('target')).toBeNull();
    // Back to the Clear button, and Enter.
    await page.getByRole('button', { name: 'Clear all fields' }).focus();
    await page.keyboard.press('Enter');
    expect(await account(page, 'Surname').inputValue()).toBe('');
  });

  it('fills the document from a pasted machine-readable zone', async () => {
    // ICAO Doc 9303 Part 4 specimen, pasted in lowercase with spaces.
    const zone = 'p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nL898902C36 UTO7408122 F1204159 ZE184226B<<<<<10';
    await onDocument(page, 'Machine-readable zone (optional)').fill(zone);
    // The MRZ reader is fetched on the first edit of the zone, so the fields fill a moment later.
    await expect.poll(() => onDocument(page, 'Surname').inputValue(), POLL).toBe('ERIKSSON');
    expect(await onDocument(page, 'Date of birth').inputValue()).toBe('1974-08-12');
    await onDocument(page, 'Machine-readable zone (optional)').fill(zone.replace('7408122', '7408132'));
    await expect.poll(() => codesUnder(page, 1, 'mrz'), POLL).toContain('mrz.check-digit');
  });
});

describe('data-match at 360 px', () => {
  it('stacks the columns without sideways scrolling', async () => {
    const { context, page, problems } = await open(TOOL_PAGE, 360);
    await hydrated(page);
    await account(page, 'Given names').fill('Søren');
    await account(page, 'Surname').fill('Kierkegaard');
    await onDocument(page, 'Given names').fill('SOEREN AABYE');
    await onDocument(page, 'Surname').fill('KIERKEGAARD');
    await expect.poll(() => codesUnder(page, 0, 'givenNames'), POLL).toEqual(['name.middle-name']);
    const [first, second] = await page.locator('fieldset').evaluateAll((sets) => sets.map((set) => set.getBoundingClientRect().toJSON() as DOMRect));
    expect(second!.top).toBeGreaterThan(first!.bottom - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.dm').screenshot({ path: '/tmp/data-match-360.png' });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('data-match embed message API', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let widget: Frame;
  const received = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
  const results = async () => (await received()).filter((message) => dataMatchResultMessageSchema.safeParse(message).success);
  const send = (message: unknown) => page.evaluate((m) => (window as unknown as { sendToWidget: (m: unknown) => void }).sendToWidget(m), message);

  const CHECK = {
    type: 'kyc:data-match:check',
    version: 1,
    account: { givenNames: 'Jose', surname: 'Zapatero', dateOfBirth: '03/04/1990', nationality: 'ES', countryOfResidence: 'ES' },
    document: { type: 'passport', issuingCountry: 'ESP', givenNames: 'JOSÉ', surname: 'ZAPATERO', dateOfBirth: '1990-03-04', nationality: 'ESP', expiryDate: '2031-06-30' },
    today: '2026-01-15',
  };

  beforeAll(async () => {
    ({ context, page, problems } = await open(`${hostOrigin}/data-match/?site=${encodeURIComponent(siteOrigin)}`));
    await page.waitForFunction(() => (window as unknown as { received: { type?: string }[] }).received.some((message) => message?.type === 'kyc:ready'));
    widget = page.frames().find((frame) => frame.url().startsWith(`${siteOrigin}/embed/data-match/`))!;
  });
  afterAll(async () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('announces itself and its height', async () => {
    expect(readyMessageSchema.parse((await received())[0])).toEqual({ type: 'kyc:ready', version: 1, widget: 'data-match' });
    const height = async () => (await received()).map((message) => resizeMessageSchema.safeParse(message)).find((parsed) => parsed.success)?.data?.height;
    await expect.poll(height, POLL).toBeGreaterThan(200);
  });

  it('answers a check with codes and plain messages, and no personal data', async () => {
    // Both arrive before the widget has fetched its rules (nothing has touched the form yet):
    // they wait for them, in order, and the answer is about the last one.
    await send({ ...CHECK, account: { ...CHECK.account, surname: 'Earlier' } });
    await send(CHECK);
    await expect.poll(async () => (await results()).length, POLL).toBe(1);
    const [result] = await results();
    const parsed = dataMatchResultMessageSchema.parse(result);
    expect(parsed.verdict).toBe('warn');
    expect(parsed.findings.map((finding) => `${finding.code}@${finding.field}`).sort()).toEqual([
      'dob.day-month-swapped@dateOfBirth',
      'name.case-spacing@surname',
      'name.diacritics@givenNames',
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Jose|Zapatero|1990/i);
    // The form shows what the host sent.
    expect(await account(widget, 'Surname').inputValue()).toBe('Zapatero');
  });

  it('ignores malformed messages without an error', async () => {
    const before = (await results()).length;
    for (const message of [
      null,
      'kyc:data-match:check',
      { type: 'kyc:data-match:check', version: 2, account: {} },
      { type: 'kyc:data-match:check', version: 1, account: 'Jose' },
      { type: 'kyc:data-match:check', version: 1, today: 'tomorrow' },
      { type: 'kyc:unknown', version: 1 },
      { type: 'kyc:photo-check:check', version: 1, photo: null },
      { type: 'someone-else', payload: [1, 2, 3] },
    ]) {
      await send(message);
    }
    await page.waitForTimeout(500);
    expect((await results()).length).toBe(before);
    expect(await account(widget, 'Surname').inputValue()).toBe('Zapatero');
  });

  it('posts a new result when the user edits a field', async () => {
    const before = (await results()).length;
    await account(widget, 'Given names').fill('José');
    await expect.poll(async () => (await results()).length, POLL).toBeGreaterThan(before);
    const latest = dataMatchResultMessageSchema.parse((await results()).at(-1));
    expect(latest.findings.map((finding) => finding.code)).not.toContain('name.diacritics');
  });

  it('opens reason links in a new tab from the frame', async () => {
    await send({ ...CHECK, account: { ...CHECK.account, surname: 'Smith' } });
    const link = widget.locator('.dm-field--surname a.dm-why');
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('answers once, with the other languages loaded, for a nationality printed in French', async () => {
    // The previous test's result may still be on its way to the host page: count once none has
    // arrived for a while.
    let before = (await results()).length;
    for (let settled = false; !settled; ) {
      await page.waitForTimeout(400);
      const now = (await results()).length;
      settled = now === before;
      before = now;
    }
    // A slow network: the other languages arrive well after the widget's posting delay.
    await context.route(/\/foreign-names\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await send({ ...CHECK, account: { ...CHECK.account, nationality: 'France' }, document: { ...CHECK.document, nationality: 'FRANÇAISE' } });
    await expect.poll(async () => (await results()).length, POLL).toBe(before + 1);
    await page.waitForTimeout(1500);
    expect((await results()).length).toBe(before + 1);
    // The answer is about this check (the previous one's surname was Smith), not a stale form.
    const latest = dataMatchResultMessageSchema.parse((await results()).at(-1));
    expect(latest.findings.map((finding) => `${finding.code}@${finding.field}`).sort()).toEqual([
      'dob.day-month-swapped@dateOfBirth',
      'name.case-spacing@surname',
      'name.diacritics@givenNames',
    ]);
  });
});
