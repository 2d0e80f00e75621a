import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
import { float32Array, int32Array, releaseScratch, uint8Array, withScratch } from '../../../src/checkers/photo/scratch.ts';
import { syntheticPhoto } from '../../../scripts/photo-eval/synthetic.ts';

const makers = { float32Array, int32Array, uint8Array };
type Maker = keyof typeof makers;

function allEqual(array: ArrayLike<number>, value: number): boolean {
  for (let i = 0; i < array.length; i++) if (array[i] !== value) return false;
  return true;
}

// Lengths from a few bytes to more than one block, so arrays share blocks, skip to the next
// one, and get a block of their own.
const request = fc.record({
  maker: fc.constantFrom<Maker>('float32Array', 'int32Array', 'uint8Array'),
  length: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 16_000, max: 3_000_000 })),
});

describe('scratch memory', () => {
  it('gives every array of an analysis its own zeroed memory, also memory an earlier analysis wrote', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 8 }), fc.array(request, { minLength: 1, maxLength: 8 }), (earlier, later) => {
        withScratch(() => earlier.forEach(({ maker, length }) => makers[maker](length).fill(99)));
        withScratch(() => {
          const arrays = later.map(({ maker, length }) => makers[maker](length));
          for (const array of arrays) expect(allEqual(array, 0)).toBe(true);
          arrays.forEach((array, index) => array.fill(index + 1));
          arrays.forEach((array, index) => expect(allEqual(array, index + 1)).toBe(true));
          arrays.forEach(({ length }, index) => expect(length).toBe(later[index]!.length));
        });
      }),
      { numRuns: 25 },
    );
  });

  it('hands out ordinary arrays outside an analysis', () => {
    const arrays = [float32Array(500_000), float32Array(500_000), uint8Array(1_000_000)];
    for (const array of arrays) expect(array.buffer.byteLength).toBe(array.byteLength);
    expect(new Set(arrays.map((array) => array.buffer)).size).toBe(3);
  });

  it('keeps at most 64 MB, however much one analysis asks for', () => {
    withScratch(() => {
      const arrays = Array.from({ length: 60 }, (_, index) => uint8Array(3_000_000).fill(index + 1));
      arrays.forEach((array, index) => expect(allEqual(array, index + 1)).toBe(true));
      const kept = new Set(arrays.map((array) => array.buffer).filter((buffer) => buffer.byteLength > 3_000_000));
      expect([...kept].reduce((total, buffer) => total + buffer.byteLength, 0)).toBeLessThanOrEqual(64 << 20);
      expect(kept.size).toBeGreaterThan(0);
    });
  });

  it('reuses its blocks from one analysis to the next until they are let go', () => {
    const first = withScratch(() => float32Array(200_000)).buffer;
    expect(withScratch(() => float32Array(200_000)).buffer).toBe(first);
    releaseScratch();
    expect(withScratch(() => float32Array(200_000)).buffer).not.toBe(first);
  });

  it('shares the outer analysis when nested', () => {
    withScratch(() => {
      const outer = float32Array(100_000).fill(1);
      const inner = withScratch(() => float32Array(100_000));
      expect(inner.buffer).toBe(outer.buffer);
      expect(allEqual(outer, 1)).toBe(true);
    });
  });

  it('leaves nothing behind between photos: the same photo gets the same analysis after another one', () => {
    const first = syntheticPhoto('glare', 3, { longSide: 900 });
    const second = syntheticPhoto('dark', 4, { longSide: 640 });
    const analyse = ({ image }: typeof first) => analyzePhoto(image, { originalWidth: 4000, originalHeight: 3000 });
    const before = analyse(first);
    analyse(second);
    expect(analyse(first)).toEqual(before);
  });
});
