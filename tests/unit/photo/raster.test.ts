import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLongSide, gaussianBlur, histogram, lumaOf, percentileOf, shrinkRgb, sobel } from '../../../src/checkers/photo/raster.ts';
import { gray, grayFrom, rgbaFrom } from './grids.ts';

describe('lumaOf', () => {
  it.each([
    [[255, 255, 255], 255],
    [[0, 0, 0], 0],
    [[255, 0, 0], 0.2126 * 255],
    [[100, 150, 200], 0.2126 * 100 + 0.7152 * 150 + 0.0722 * 200],
  ] as const)('rgb %j → luma %d', (rgb, luma) => {
    const image = rgbaFrom(2, 2, () => [...rgb]);
    expect(Array.from(lumaOf(shrinkRgb(image, 2, 2)).data)).toEqual(Array(4).fill(Math.fround(luma)));
  });
});

describe('shrinkRgb', () => {
  it('averages 2×2 blocks, each channel on its own', () => {
    const levels = [
      [0, 4, 10, 10],
      [8, 4, 10, 10],
      [1, 1, 0, 0],
      [1, 1, 0, 255],
    ];
    const planes = shrinkRgb(rgbaFrom(4, 4, (x, y) => [levels[y]![x]!, 255 - levels[y]![x]!, 7]), 2, 2);
    expect(Array.from(planes.r.data)).toEqual([4, 10, 1, 63.75]);
    expect(Array.from(planes.g.data)).toEqual([251, 245, 254, 191.25]);
    expect(Array.from(planes.b.data)).toEqual([7, 7, 7, 7]);
  });

  it('sends each source pixel to one target pixel when the factor is not an integer', () => {
    const planes = shrinkRgb(rgbaFrom(3, 1, (x) => [[0, 30, 90][x]!, 0, 0]), 2, 1);
    expect(Array.from(planes.r.data)).toEqual([15, 90]);
  });

  it('never enlarges', () => {
    expect(shrinkRgb(rgbaFrom(2, 1, () => [1, 2, 3]), 8, 8).r).toMatchObject({ width: 2, height: 1 });
  });
});

describe('fitLongSide', () => {
  it.each([
    ['a 12-megapixel landscape photo', 4000, 3000, { width: 1024, height: 768 }],
    ['a portrait photo', 3000, 4000, { width: 768, height: 1024 }],
    ['an 8000×6000 photo', 8000, 6000, { width: 1024, height: 768 }],
    ['a thumbnail (never enlarged)', 100, 60, { width: 100, height: 60 }],
    ['a panorama thin enough to round to zero', 20000, 5, { width: 1024, height: 1 }],
  ])('fits %s into a 1024 px long side', (_label, width, height, expected) => {
    expect(fitLongSide(width, height, 1024)).toEqual(expected);
  });

  it('keeps the long side within the limit and the shape within a pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (width, height) => {
        const size = fitLongSide(width, height, 1024);
        expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1024);
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(1);
        const scale = Math.min(1, 1024 / Math.max(width, height));
        expect(Math.abs(size.width - width * scale)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - height * scale)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('gaussianBlur', () => {
  it('leaves a uniform image unchanged', () => {
    const blurred = gaussianBlur(grayFrom(9, 7, () => 42), 2);
    for (const v of blurred.data) expect(v).toBeCloseTo(42, 4);
  });

  it('spreads a single bright pixel symmetrically and keeps its total', () => {
    const blurred = gaussianBlur(grayFrom(15, 15, (x, y) => (x === 7 && y === 7 ? 1000 : 0)), 1.5);
    const at = (x: number, y: number): number => blurred.data[y * 15 + x]!;
    expect(at(6, 7)).toBeCloseTo(at(8, 7), 4);
    expect(at(7, 6)).toBeCloseTo(at(7, 8), 4);
    expect(at(7, 7)).toBeGreaterThan(at(6, 7));
    expect(blurred.data.reduce((s, v) => s + v, 0)).toBeCloseTo(1000, 1);
  });

  it('rejects a non-positive sigma, naming it', () => {
    expect(() => gaussianBlur(gray([[1]]), 0)).toThrow(/sigma 0 is not > 0/);
  });
});

describe('sobel', () => {
  it('finds a vertical step edge with a unit-ramp scale', () => {
    const step = gray([
      [0, 0, 100, 100],
      [0, 0, 100, 100],
      [0, 0, 100, 100],
    ]);
    const g = sobel(step);
    // Central difference across the step: (100 − 0) / 2 on both sides of it.
    expect(g.dx[1 * 4 + 1]).toBeCloseTo(50);
    expect(g.dx[1 * 4 + 2]).toBeCloseTo(50);
    expect(g.dy[1 * 4 + 1]).toBeCloseTo(0);
    expect(g.magnitude[1 * 4 + 1]).toBeCloseTo(50);
  });

  it("gives 1 on a unit ramp and 0 on a uniform image, borders included", () => {
    expect(sobel(grayFrom(5, 5, (x) => x)).dx[12]).toBeCloseTo(1);
    expect(sobel(grayFrom(5, 5, () => 9)).magnitude.every((v) => v === 0)).toBe(true);
  });
});

describe('histogram percentiles', () => {
  it('reads percentiles from a histogram', () => {
    const bins = histogram(gray([[10, 20, 30, 40, 50, 60, 70, 80, 90, 100]]));
    expect(percentileOf(bins, 0.5)).toBe(50);
    expect(percentileOf(bins, 0.9)).toBe(90);
    expect(percentileOf(bins, 1)).toBe(100);
  });

  it('counts only masked pixels and is NaN when empty', () => {
    const image = gray([[0, 255]]);
    expect(percentileOf(histogram(image, Uint8Array.from([0, 1])), 0.5)).toBe(255);
    expect(percentileOf(histogram(image, Uint8Array.from([0, 0])), 0.5)).toBeNaN();
  });
});
