/**
 * Runs Lighthouse (its default mobile preset: emulated phone, simulated slow 4G and CPU) on pages
 * of a served build, in one Debian Chromium that playwright-core starts with a DevTools port.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  /** Category → score from 0 to 100. */
  scores: Partial<Record<Category, number>>;
  /** Audits that lost points (performance: scored below 0.9), as `category: audit id (title)`. */
  failures: string[];
}

export interface LighthouseBrowser {
  run(url: string, categories: readonly Category[]): Promise<LighthouseScores>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startLighthouseBrowser(): Promise<LighthouseBrowser> {
  const port = await freePort();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    headless: true,
  });
  return {
    async run(url, categories) {
      const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories: reported, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const scores: LighthouseScores['scores'] = {};
      const failures: string[] = [];
      for (const category of categories) {
        const entry = reported[category];
        if (!entry) continue;
        scores[category] = Math.round((entry.score ?? 0) * 100);
        for (const ref of entry.auditRefs) {
          const audit = audits[ref.id];
          // Performance metrics rarely score a full 1; like Lighthouse's report, list only the non-green ones.
          const passing = category === 'performance' ? 0.9 : 1;
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= passing) continue;
          failures.push(`${category}: ${audit.id} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
        }
      }
      return { scores, failures };
    },
    close: () => browser.close(),
  };
}
