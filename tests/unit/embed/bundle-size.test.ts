import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleLoader } from '../../../src/embed/bundle.ts';

/** The loader's budget: `/embed.js` at most 5 KB once gzipped. */
const BUDGET_GZIP_BYTES = 5 * 1024;

describe('/embed.js bundle', async () => {
  const code = await bundleLoader();

  it(`stays within ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    const gzipBytes = gzipSync(code, { level: 9 }).length;
    console.info(`/embed.js: ${code.length} bytes, ${gzipBytes} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('is one self-contained module: no imports, and none of zod', () => {
    expect(code).not.toMatch(/\bimport\s*[\w{*"'(]/);
    expect(code).not.toMatch(/zod|ZodError/);
  });
});
