/**
 * Lighthouse's Accessibility, Best Practices and SEO categories score 100 on the key pages
 * (home, a guide page, a failure-reason page, the FAQ, both checkers), mobile preset, one run
 * each in one Chromium. Performance is left to `npm run audit`: it is noisy on shared machines.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtSiteDir } from '../helpers/paths.ts';
import { auditedPages, listBuiltPages } from '../../scripts/lib/built-pages.ts';
import { startLighthouseBrowser, type Category, type LighthouseBrowser } from '../../scripts/lib/lighthouse.ts';

const CHECKED: readonly Category[] = ['accessibility', 'best-practices', 'seo'];
const pages = auditedPages(listBuiltPages(builtSiteDir));

let lighthouse: LighthouseBrowser;
beforeAll(async () => {
  lighthouse = await startLighthouseBrowser();
});
afterAll(async () => {
  await lighthouse?.close();
});

describe('Lighthouse, mobile preset', () => {
  it.each(pages)('scores 100 for accessibility, best practices and SEO on the $label page', async ({ label, path }) => {
    expect(path, `no ${label} page in the build`).toBeDefined();
    const { scores, failures } = await lighthouse.run(`${inject('siteOrigin')}${path}`, CHECKED);
    expect({ scores, failures }).toEqual({
      scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
      failures: [],
    });
  });
});
