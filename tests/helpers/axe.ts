/**
 * Runs axe-core (the installed version, with today's rules) in a page and describes each
 * violation in one line. The page's context needs `bypassCSP: true`: the site's CSP would
 * block the injected script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Expressive Code makes wide code blocks keyboard-scrollable (tabindex, role) 250 ms after
 * layout, then when the browser is idle: wait for that, so results do not depend on timing.
 */
async function settleCodeBlocks(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (!document.querySelector('.expressive-code pre')) return;
    await new Promise((resolve) => setTimeout(resolve, 400));
    await new Promise((resolve) => requestIdleCallback(resolve));
  });
}

/** Every violation of any impact, as `rule (impact): selector, selector…: help`. */
export async function findAxeViolations(page: Page): Promise<string[]> {
  await settleCodeBlocks(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}: ${violation.help}`,
  );
}
