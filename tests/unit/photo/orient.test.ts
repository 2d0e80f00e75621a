import { describe, expect, it } from 'vitest';
import { orient } from '../../../scripts/photo-eval/image-io.ts';
import { rgbaFrom } from './grids.ts';

/** A 3 × 2 image whose pixels are numbered 0–5 in their red channel, row by row. */
const numbered = rgbaFrom(3, 2, (x, y) => [y * 3 + x, 0, 0]);
const rows = (image: { width: number; height: number; data: Uint8ClampedArray }): number[][] =>
  Array.from({ length: image.height }, (_, y) => Array.from({ length: image.width }, (_, x) => image.data[(y * image.width + x) * 4]!));

describe('orient (the evaluation’s turned and mirrored photos)', () => {
  it.each([
    [0, false, [[0, 1, 2], [3, 4, 5]]],
    [1, false, [[3, 0], [4, 1], [5, 2]]],
    [2, false, [[5, 4, 3], [2, 1, 0]]],
    [3, false, [[2, 5], [1, 4], [0, 3]]],
    [0, true, [[2, 1, 0], [5, 4, 3]]],
    [1, true, [[5, 2], [4, 1], [3, 0]]],
  ] as const)('turns %d quarter(s) clockwise, mirrored %s', (turns, mirrored, expected) => {
    expect(rows(orient(numbered, turns, mirrored))).toEqual(expected);
  });

  it('comes back to the original after four quarter turns', () => {
    let image = numbered;
    for (let i = 0; i < 4; i++) image = orient(image, 1, false);
    expect(rows(image)).toEqual(rows(numbered));
  });
});
