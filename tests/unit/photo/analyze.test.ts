import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDecodedPhoto, analyzePhoto, ANALYSIS_LONG_SIDE, photoReasonIds } from '../../../src/checkers/photo/index.ts';
import type { PhotoCheckId } from '../../../src/protocol/messages.ts';
import { syntheticPhoto, type Condition } from '../../../scripts/photo-eval/synthetic.ts';
import { rgbaFrom } from './grids.ts';

/** A synthetic photo analysed as if it were a 12-megapixel original (or its own size when small). */
function analyseSynthetic(condition: Condition, seed: number) {
  const photo = syntheticPhoto(condition, seed, { longSide: 768 });
  const scale = condition === 'low-resolution' ? 1 : 4000 / photo.image.width;
  return analyzePhoto(photo.image, {
    originalWidth: Math.round(photo.image.width * scale),
    originalHeight: Math.round(photo.image.height * scale),
  });
}

const statusOf = (analysis: ReturnType<typeof analyzePhoto>, id: PhotoCheckId) => analysis.checks.find((c) => c.id === id)!.status;

describe('analyzePhoto on clear synthetic cases', () => {
  it('passes every check on a clean photo', () => {
    const analysis = analyseSynthetic('clean', 1);
    expect(analysis.checks.map((c) => [c.id, c.status])).toEqual([
      ['framing', 'pass'],
      ['resolution', 'pass'],
      ['sharpness', 'pass'],
      ['glare', 'pass'],
      ['exposure', 'pass'],
    ]);
    expect(analysis.verdict).toBe('pass');
    expect(analysis.document?.missingCorners).toEqual([]);
    expect(analysis.summary).toBe('This photo looks good: no problems found.');
  });

  it.each([
    ['blur', 'sharpness'],
    ['motion-blur', 'sharpness'],
    ['glare', 'glare'],
    ['cut-edge', 'framing'],
    ['low-resolution', 'resolution'],
    ['dark', 'exposure'],
    ['overexposed', 'exposure'],
  ] as const)('fails a photo with %s on the %s check', (condition, id) => {
    const analysis = analyseSynthetic(condition, 2);
    expect(statusOf(analysis, id)).toBe('fail');
    expect(analysis.verdict).toBe('fail');
    const check = analysis.checks.find((c) => c.id === id)!;
    expect(analysis.summary).toContain(check.message.replace(/\.$/, '').slice(1));
    expect(photoReasonIds).toContain(check.reasonId);
    expect(check.fix.length).toBeGreaterThan(0);
  });

  it('flags uneven light and says where the shadow is', () => {
    const exposure = analyseSynthetic('uneven-light', 1).checks.find((c) => c.id === 'exposure')!;
    expect(exposure.status).not.toBe('pass');
    expect(exposure.message).toMatch(/^The light is uneven: the (top|bottom|left|right|top-left|top-right|bottom-left|bottom-right|centre) of the document is in shadow\.$/);
  });

  it('says which edge or corner is outside the photo and draws the missing corners', () => {
    const analysis = analyseSynthetic('cut-edge', 3);
    const framing = analysis.checks.find((c) => c.id === 'framing')!;
    expect(framing.message).toMatch(
      /^The ((top|right|bottom|left) edge of the document runs out of the photo|(top|bottom)-(left|right) corner is outside the photo)\.$/,
    );
    expect(framing.regions?.length).toBeGreaterThan(0);
    expect(analysis.document?.missingCorners.length).toBeGreaterThan(0);
  });
});

describe('analyzePhoto input validation', () => {
  const ok = rgbaFrom(4, 3, () => [0, 0, 0]);
  const size = { originalWidth: 4, originalHeight: 3 };

  it.each([
    [{ ...ok, width: 0 }, size, /image\.width must be a positive integer, got 0/],
    [{ ...ok, height: 2.5 }, size, /image\.height must be a positive integer, got 2\.5/],
    [{ ...ok, data: new Uint8ClampedArray(47) }, size, /image\.data has 47 bytes, but a 4×3 RGBA image needs 48/],
    [{ ...ok, data: [1, 2, 3] as unknown as Uint8ClampedArray }, size, /image\.data must be a Uint8ClampedArray/],
    [ok, { originalWidth: 0, originalHeight: 3 }, /options\.originalWidth must be a positive integer, got 0/],
    [ok, { originalWidth: 4, originalHeight: Number.NaN }, /options\.originalHeight must be a positive integer, got NaN/],
  ])('rejects bad input %#', (image, options, message) => {
    expect(() => analyzePhoto(image, options)).toThrow(message);
  });

  it('gives the worker, which skips these checks, the same analysis', () => {
    const photo = syntheticPhoto('glare', 2, { longSide: 512 });
    const options = { originalWidth: 4000, originalHeight: 3000 };
    expect(analyzeDecodedPhoto(photo.image, options)).toEqual(analyzePhoto(photo.image, options));
  });

  it('analyses a 1×1 image without throwing', () => {
    expect(analyzePhoto(rgbaFrom(1, 1, () => [9, 9, 9]), { originalWidth: 1, originalHeight: 1 }).checks).toHaveLength(5);
  });

  it('documents a long side the widget can use', () => {
    expect(ANALYSIS_LONG_SIDE).toBe(1024);
  });
});

describe('analyzePhoto on any image', () => {
  it('never throws and always gives a verdict and five checks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 8000 }),
        (width, height, seed, originalWidth) => {
          const data = new Uint8ClampedArray(width * height * 4);
          let state = seed;
          for (let i = 0; i < data.length; i++) {
            state = (state * 1103515245 + 12345) >>> 0;
            data[i] = state >>> 24;
          }
          const analysis = analyzePhoto({ width, height, data }, { originalWidth, originalHeight: originalWidth });
          expect(['pass', 'warn', 'fail']).toContain(analysis.verdict);
          expect(analysis.checks.map((c) => c.id)).toEqual(['framing', 'resolution', 'sharpness', 'glare', 'exposure']);
          expect(analysis.summary.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the photo checker core', () => {
  it('uses no Node or browser globals, so it runs the same in a worker and in Node', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('../../../src/checkers/photo/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(new URL(file, root), 'utf8');
      expect(source, file).not.toMatch(/\b(process|console|window|self)\.|\bglobalThis\b/);
    }
  });
});
