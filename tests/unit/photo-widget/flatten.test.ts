import { describe, expect, it } from 'vitest';
import { flattenOnWhite } from '../../../src/workers/photo-file/flatten.ts';

function image(pixels: number[][]) {
  return { width: pixels.length, height: 1, data: new Uint8ClampedArray(pixels.flat()) };
}

describe('flattenOnWhite', () => {
  it('leaves an opaque picture untouched and says it had no transparency', () => {
    const opaque = image([[10, 20, 30, 255], [0, 0, 0, 255]]);
    expect(flattenOnWhite(opaque)).toBe(false);
    expect([...opaque.data]).toEqual([10, 20, 30, 255, 0, 0, 0, 255]);
  });

  it('turns transparent pixels white and blends half-transparent ones', () => {
    const cutout = image([[0, 0, 0, 0], [0, 0, 0, 128], [200, 100, 0, 255]]);
    expect(flattenOnWhite(cutout)).toBe(true);
    expect([...cutout.data]).toEqual([255, 255, 255, 255, 127, 127, 127, 255, 200, 100, 0, 255]);
  });
});
