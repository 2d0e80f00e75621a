import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/checkers/photo/document.ts';
import { syntheticPhoto } from '../../../scripts/photo-eval/synthetic.ts';
import { rgbaFrom } from './grids.ts';

describe('detectDocument', () => {
  it.each([1, 2, 3])('finds the corners of a synthetic card (seed %d) within a few pixels', (seed) => {
    const photo = syntheticPhoto('clean', seed, { longSide: 640 });
    const outline = detectDocument(photo.image);
    expect(outline).not.toBeNull();
    outline!.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(5);
    });
    expect(outline!.cutSides).toEqual([false, false, false, false]);
  });

  it('finds a plain light card on a dark table with its exact corners', () => {
    const image = rgbaFrom(200, 150, (x, y) => (x >= 40 && x < 160 && y >= 30 && y < 106 ? [230, 225, 210] : [40, 45, 50]));
    const outline = detectDocument(image)!;
    const expected = [
      [40, 30],
      [160, 30],
      [160, 106],
      [40, 106],
    ];
    outline.corners.forEach((c, i) => {
      expect(c.x).toBeCloseTo(expected[i]![0]!, 0);
      expect(c.y).toBeCloseTo(expected[i]![1]!, 0);
    });
  });

  it('marks the side of a card that runs out of the photo', () => {
    const image = rgbaFrom(200, 150, (x, y) => (x >= 60 && y >= 30 && y < 106 ? [230, 225, 210] : [40, 45, 50]));
    expect(detectDocument(image)!.cutSides).toEqual([false, true, false, false]);
  });

  it('finds nothing four-sided in a photo of a disc on a wall', () => {
    const image = rgbaFrom(200, 150, (x, y) => ((x - 100) ** 2 + (y - 75) ** 2 < 55 ** 2 ? [30, 60, 160] : [150, 70, 50]));
    const outline = detectDocument(image);
    expect(outline === null || outline.fillsFrame).toBe(true);
  });
});
