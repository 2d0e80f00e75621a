import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchProblems } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('built site', () => {
  it('serves the home page with its title', async () => {
    const context = await browser.newContext();
    const problems = await watchProblems(context);
    const page = await context.newPage();
    const response = await page.goto(`${inject('siteOrigin')}/`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('KYC Help');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
