import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workingSize } from '../../../src/workers/photo-file/limits.ts';

describe('workingSize', () => {
  it.each([
    ['a 12-megapixel landscape photo', 4000, 3000, { width: 1024, height: 768 }],
    ['a portrait photo', 3000, 4000, { width: 768, height: 1024 }],
    ['an 8000×6000 photo', 8000, 6000, { width: 1024, height: 768 }],
    ['a thumbnail (never enlarged)', 100, 60, { width: 100, height: 60 }],
    ['a panorama thin enough to round to zero', 20000, 5, { width: 1024, height: 1 }],
  ])('shrinks %s to the working size', (_label, width, height, expected) => {
    expect(workingSize(width, height, 1024)).toEqual(expected);
  });

  it('keeps the long side within the limit and the shape within a pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (width, height) => {
        const size = workingSize(width, height, 1024);
        expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1024);
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(1);
        const scale = Math.min(1, 1024 / Math.max(width, height));
        expect(Math.abs(size.width - width * scale)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - height * scale)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
