/**
 * "No promotion, ever", checked on the real build: every HTML page the site ships is scanned
 * with the promotion rules. Reads the built files directly; no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtmlForPromotion, type PromotionViolation } from '../../src/content/promotion-rules.ts';
import { builtSiteDir } from '../helpers/paths.ts';

const htmlFiles = readdirSync(builtSiteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

/** `guide/index.html` → `/guide/`, the address a reader sees. */
const urlPathOf = (file: string) => `/${file.split(sep).join('/')}`.replace(/\/index\.html$/, '/');

describe('built site', () => {
  it('has the pages this scan is meant to cover', () => {
    const paths = htmlFiles.map(urlPathOf);
    expect(paths).toEqual(expect.arrayContaining(['/', '/guide/steps/', '/failures/', '/stay-safe/', '/faq/']));
  });

  it('promotes nothing: no referral, affiliate, APK, foreign Apple ID, third-party or off-site link', () => {
    const violations: PromotionViolation[] = htmlFiles.flatMap((file) =>
      scanHtmlForPromotion(readFileSync(join(builtSiteDir, file), 'utf8'), urlPathOf(file)),
    );
    const report = violations.map(({ path, rule, snippet }) => `${path} [${rule}] ${snippet}`).join('\n');
    expect(report, `${violations.length} promotion violation(s) in ${relative('.', builtSiteDir)}`).toBe('');
  });
});
