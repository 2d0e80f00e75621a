import { describe, expect, it } from 'vitest';
import { detectDocument, outlineConfidence } from '../../../src/checkers/photo/document.ts';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
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

  it('is sure of a clean card’s outline', () => {
    const photo = syntheticPhoto('clean', 4, { longSide: 640 });
    expect(outlineConfidence(detectDocument(photo.image)!)).toBeGreaterThan(0.9);
  });

  it('puts back a corner beyond the border when the card shows as a pentagon', () => {
    // A card tilted so that its top-right corner leaves through the top border, away from the photo's corner.
    const inCard = (x: number, y: number): boolean => {
      const u = (x - 40) * 0.96 + (y - 40) * -0.28;
      const v = (x - 40) * 0.28 + (y - 40) * 0.96;
      return u >= 0 && u < 150 && v >= 0 && v < 95;
    };
    const image = rgbaFrom(240, 180, (x, y) => (inCard(x + 0.5, y + 0.5) ? [235, 230, 215] : [50, 55, 60]));
    const outline = detectDocument(image)!;
    const topRight = outline.corners[1]!;
    expect(topRight.y).toBeLessThan(0);
    expect(topRight.x).toBeCloseTo(40 + 150 * 0.96, -1);
    expect(topRight.y).toBeCloseTo(40 - 150 * 0.28, -1);
    const framing = analyzePhoto(image, { originalWidth: 2400, originalHeight: 1800 }).checks.find((c) => c.id === 'framing')!;
    expect(framing).toMatchObject({ status: 'fail', message: 'The top-right corner is outside the photo.' });
  });

  it('does not take the dark strip below a page for part of it', () => {
    // A page on a pink table, its shadow running from its bottom edge to the photo's border.
    const image = rgbaFrom(200, 260, (x, y) => {
      if (x >= 30 && x < 170 && y >= 30 && y < 220) return [225, 228, 222];
      if (x >= 30 && x < 170 && y >= 220) return [70, 50, 50];
      return [220, 150, 160];
    });
    const outline = detectDocument(image)!;
    expect(outline.cutSides).toEqual([false, false, false, false]);
    expect(outline.corners[2]!.y).toBeCloseTo(220, 0);
    expect(analyzePhoto(image, { originalWidth: 2000, originalHeight: 2600 }).checks[0]!.status).toBe('pass');
  });
});
