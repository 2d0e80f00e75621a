/**
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** How long `expect.poll` waits for something the page does after an event (a render, a worker reply). */
export const POLL = { timeout: 5_000 };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Problems a page reported while it was open: console errors, uncaught errors, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Records console errors, uncaught exceptions and `securitypolicyviolation` events on every
 * page and frame of a context.
 */
export async function watchProblems(context: BrowserContext): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  await context.exposeBinding('__kycReportCsp', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { __kycReportCsp?: (text: string) => void }).__kycReportCsp;
      report?.(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const attach = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return problems;
}
