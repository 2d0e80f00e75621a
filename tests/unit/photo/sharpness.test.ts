import { describe, expect, it } from 'vitest';
import { checkSharpness, estimateBlur, measureDocumentBlur } from '../../../src/checkers/photo/checks/sharpness.ts';
import { gaussianBlur, type GrayImage } from '../../../src/checkers/photo/raster.ts';
import { documentRegion } from '../../../src/checkers/photo/region.ts';
import { grayFrom, rgbaFrom } from './grids.ts';

const everywhere = (image: GrayImage): Uint8Array => new Uint8Array(image.width * image.height).fill(1);

/** Large squares (isolated step edges) of two levels. */
function checkerboard(cell: number, dark = 40, light = 210, size = 160): GrayImage {
  return grayFrom(size, size, (x, y) => ((Math.floor(x / cell) + Math.floor(y / cell)) % 2 ? light : dark));
}

describe('estimateBlur', () => {
  it.each([
    [1, 0.7, 1.4],
    [2, 1.6, 2.4],
    [3, 2.5, 3.5],
  ])('reads a Gaussian blur of σ = %d px on isolated edges as %d–%d px', (sigma, low, high) => {
    const image = gaussianBlur(checkerboard(40), sigma);
    const { sigma: measured } = estimateBlur(image, everywhere(image));
    expect(measured).toBeGreaterThan(low);
    expect(measured).toBeLessThan(high);
  });

  it('does not depend on contrast', () => {
    const faint = estimateBlur(gaussianBlur(checkerboard(40, 100, 130), 2), everywhere(checkerboard(40)));
    const bold = estimateBlur(gaussianBlur(checkerboard(40, 10, 250), 2), everywhere(checkerboard(40)));
    expect(Math.abs(faint.sigma - bold.sigma)).toBeLessThan(0.2);
  });

  it('has nothing to judge on a uniform image (a blank area is not "blurry")', () => {
    const flat = grayFrom(64, 64, () => 200);
    expect(estimateBlur(flat, everywhere(flat)).sigma).toBeNaN();
  });

  it('sees motion blur as blur in one direction only', () => {
    const sharp = checkerboard(40);
    // Horizontal streak of 13 px: a box blur along x.
    const streaked = grayFrom(160, 160, (x, y) => {
      let sum = 0;
      for (let k = -6; k <= 6; k++) sum += sharp.data[y * 160 + Math.min(159, Math.max(0, x + k))]!;
      return sum / 13;
    });
    const estimate = estimateBlur(streaked, everywhere(streaked));
    expect(estimate.sigma).toBeGreaterThan(2.5);
    expect(estimate.anisotropy).toBeGreaterThan(2);
  });
});

describe('measureDocumentBlur', () => {
  const measure = (size: number, sigma: number): number => {
    const blurred = gaussianBlur(checkerboard(size / 5, 40, 210, size), sigma);
    const photo = rgbaFrom(size, size, (x, y) => Array(3).fill(blurred.data[y * size + x]) as [number, number, number]);
    return measureDocumentBlur(photo, documentRegion(null, size, size)).sigma;
  };

  it('judges blur relative to the document: the same blur in px is twice as bad on a document half the working size', () => {
    const atWorkingSize = measure(400, 1);
    expect(atWorkingSize).toBeGreaterThan(0.7);
    expect(measure(200, 1) / atWorkingSize).toBeGreaterThan(1.8);
    expect(measure(200, 1) / atWorkingSize).toBeLessThan(2.2);
    // A document twice the working size is shrunk, halving its blur in px.
    expect(measure(800, 2) / atWorkingSize).toBeGreaterThan(0.8);
    expect(measure(800, 2) / atWorkingSize).toBeLessThan(1.2);
  });

  it('does not judge a document too small for blur to be told from the pixel grid', () => {
    expect(measure(100, 1)).toBeNaN();
  });
});

describe('checkSharpness', () => {
  it.each([
    [0.8, 1, 'pass'],
    [1.7, 1, 'warn'],
    [2.6, 1.1, 'fail'],
  ] as const)('blur %d px → %s', (sigma, anisotropy, status) => {
    expect(checkSharpness({ sigma, anisotropy, edgePoints: 500 })).toMatchObject({ id: 'sharpness', status, reasonId: 'photo.blur' });
  });

  it('names motion blur when one direction is much blurrier', () => {
    expect(checkSharpness({ sigma: 2.6, anisotropy: 3, edgePoints: 500 }).message).toMatch(/movement/);
    expect(checkSharpness({ sigma: 2.6, anisotropy: 1.1, edgePoints: 500 }).message).toMatch(/out of focus/);
  });
});
