import { describe, expect, it } from 'vitest';
import { detectDocument, outlineConfidence } from '../../../src/checkers/photo/document.ts';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
import { syntheticPhoto } from '../../../scripts/photo-eval/synthetic.ts';
import type { RgbaImage } from '../../../src/checkers/photo/types.ts';
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

  it.each([
    ['open-passport', 2, 'the data page, not the booklet whose facing page runs out of the photo'],
    ['open-passport', 3, 'the data page, not the booklet whose facing page runs out of the photo'],
    ['held-over-table-edge', 2, 'the card held in a hand, not the table top behind it'],
    ['held-over-table-edge', 5, 'the card held in a hand, not the table top behind it'],
    ['patterned-surface', 3, 'the card, not the checks of the cloth under it'],
    ['patterned-surface', 4, 'the card, not the checks of the cloth under it'],
  ] as const)('on a synthetic %s photo (seed %d) finds %s', (condition, seed, _what) => {
    const photo = syntheticPhoto(condition, seed, { longSide: 640 });
    const outline = detectDocument(photo.image)!;
    outline.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(8);
    });
    expect(analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight }).verdict).toBe('pass');
  });

  it.each([
    ['held-over-table-edge', 4],
    ['overexposed', 101],
  ] as const)('puts a side the first fit missed on the card’s edge farther out (synthetic %s photo, seed %d)', (condition, seed) => {
    const photo = syntheticPhoto(condition, seed, { longSide: 640 });
    const outline = detectDocument(photo.image)!;
    outline.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(0.02 * 480);
    });
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

  it('finds the data page when the booklet round it is backed by edges just as well (a tie)', () => {
    const photo = syntheticPhoto('open-passport', 7, { longSide: 640 });
    const outline = detectDocument(photo.image)!;
    outline.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(8);
    });
  });

  it.each([202, 209])('finds the data page, not the open booklet round it, on a 16:9 photo whose facing page is partly out (seed %d)', (seed) => {
    const photo = syntheticPhoto('open-passport', seed, { frameAspect: 16 / 9 });
    const framing = analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight }).checks[0]!;
    expect(framing.status).toBe('pass');
  });

  it.each([
    [9, 'its corners beyond the border'],
    [23, 'its corners beyond the border'],
    [37, 'its corners beyond the border'],
    [22, 'its far end cut off by the border'],
    [39, 'its far end cut off by the border'],
  ] as const)('finds a pale data page below its facing page, the fold between them faint (seed %d: the booklet has %s)', (seed, _situation) => {
    const photo = syntheticPhoto('open-passport', seed, { frameAspect: 3 / 2, longSide: 640, faces: [paleDataPage()] });
    const outline = detectDocument(photo.image)!;
    outline.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(5);
    });
    const framing = analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight }).checks[0]!;
    expect(framing.status).toBe('pass');
  });

  it.each([
    ['cut-edge', 109],
    ['cut-edge', 110],
    ['cut-edge', 105],
  ] as const)('on a synthetic %s photo (seed %d) does not take the card’s body below its printed band for a whole card', (condition, seed) => {
    const photo = syntheticPhoto(condition, seed);
    const framing = analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight }).checks[0]!;
    expect(framing.status).not.toBe('pass');
  });

  it.each([3, 8])('finds a card lying on a checked cloth whose checks swamp its edges (a wild pose, seed %d)', (seed) => {
    const photo = syntheticPhoto('patterned-surface', seed, { wildPose: true });
    const outline = detectDocument(photo.image)!;
    const { width, height } = photo.image;
    outline.corners.forEach((corner, i) => {
      expect(Math.hypot(corner.x - photo.corners[i]!.x, corner.y - photo.corners[i]!.y)).toBeLessThan(0.02 * Math.min(width, height));
    });
    expect(analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight }).checks[0]!.status).toBe('pass');
  });

  it('marks the side of a card that runs out of the photo', () => {
    const image = rgbaFrom(200, 150, (x, y) => (x >= 60 && y >= 30 && y < 106 ? [230, 225, 210] : [40, 45, 50]));
    expect(detectDocument(image)!.cutSides).toEqual([false, true, false, false]);
  });

  it.each([
    ['runs out of the photo below it', 240, [false, false, true, false]],
    ['ends below it, the table showing under it', 234, [false, false, false, false]],
  ] as const)('tells whether a card whose last line of print lies by the bottom border %s', (_what, cardBottom, cutSides) => {
    // A pale card on a dark table with a dark row of print (an MRZ line) 12–18 px above the photo's bottom.
    const image = rgbaFrom(320, 240, (x, y) => {
      if (x < 40 || x >= 280 || y < 40 || y >= cardBottom) return [70, 55, 45];
      return y >= 222 && y < 228 && x >= 52 && x < 268 && x % 6 < 4 ? [30, 35, 40] : [175, 215, 210];
    });
    const outline = detectDocument(image)!;
    expect(outline.cutSides).toEqual(cutSides);
  });

  it('does not take a lamp-lit strip of table beside a page for more of the page (it has the table’s hue)', () => {
    // A white page on brown wood, 16 px from the right border, where a lamp lights the wood.
    const image = rgbaFrom(320, 240, (x, y) => {
      if (x >= 40 && x < 304 && y >= 30 && y < 210) return [225, 225, 225];
      return x >= 304 ? [215, 185, 150] : [110, 75, 45];
    });
    expect(detectDocument(image)!.cutSides).toEqual([false, false, false, false]);
  });

  it('does not take a box of print inside a page that fills the photo for the document (no side is an edge all along)', () => {
    // A dotted frame (3 px of ink, 5 px gap) printed on a page that runs past every border.
    const dotted = (t: number) => t % 8 < 3;
    const image = rgbaFrom(320, 240, (x, y) => {
      const across = x >= 60 && x < 260 && (y < 53 ? y >= 50 : y >= 187 && y < 190) && dotted(x);
      const down = y >= 50 && y < 190 && (x < 63 ? x >= 60 : x >= 257 && x < 260) && dotted(y);
      return across || down ? [70, 70, 80] : [205, 195, 185];
    });
    const analysis = analyzePhoto(image, { originalWidth: 3200, originalHeight: 2400 });
    expect(analysis.document).toBeNull();
    expect(analysis.checks[0]!.message).toMatch(/edges can't be seen/);
    // Its size is the photo's, not the box's.
    expect(analysis.checks[1]!.value).toBe(2400);
  });

  it('does not say a page that fills the photo runs out of it when two ruled lines box in its corner', () => {
    // Two dark lines (a column of print's rule and a frame drawn round the MRZ) box in the
    // top-left of a page that runs past every border: the same page shows on both sides of them.
    const image = rgbaFrom(320, 240, (x, y) => ((x >= 120 && x < 123 && y < 103) || (y >= 100 && y < 103 && x < 123) ? [70, 70, 80] : [205, 195, 185]));
    expect(detectDocument(image)!.surfaceContrast).toBeLessThan(10);
    expect(analyzePhoto(image, { originalWidth: 3200, originalHeight: 2400 }).checks[0]!).toMatchObject({ id: 'framing', status: 'warn' });
  });

  it('measures a cut-off card against the table it lies on', () => {
    const image = rgbaFrom(200, 150, (x, y) => (x >= 60 && y >= 30 && y < 106 ? [230, 225, 210] : [40, 45, 50]));
    expect(detectDocument(image)!.surfaceContrast).toBeGreaterThan(250);
  });

  it('does not take a long printed bar inside a card that fills the photo for the document (no document is that long)', () => {
    // A card scanned flush to its edges, with a black band across it: four straight edges, but 4 times longer than high.
    const image = rgbaFrom(320, 240, (x, y) => (x >= 40 && x < 280 && y >= 60 && y < 120 ? [20, 20, 25] : [235, 232, 225]));
    const analysis = analyzePhoto(image, { originalWidth: 1280, originalHeight: 960 });
    expect(analysis.document).toBeNull();
    // Its size and light are the card's, not the bar's.
    expect(analysis.checks[1]!.value).toBe(960);
    expect(analysis.checks[4]!.status).toBe('pass');
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

  /** A 150 × 95 card, its top-left corner at (40, top), tilted so that its top-right corner is 42 px higher, by the top border away from the photo's corner. */
  function tiltedCard(top: number): RgbaImage {
    const inCard = (x: number, y: number): boolean => {
      const u = (x - 40) * 0.96 + (y - top) * -0.28;
      const v = (x - 40) * 0.28 + (y - top) * 0.96;
      return u >= 0 && u < 150 && v >= 0 && v < 95;
    };
    return rgbaFrom(240, 180, (x, y) => (inCard(x + 0.5, y + 0.5) ? [235, 230, 215] : [50, 55, 60]));
  }
  const framingOf = (image: RgbaImage) => analyzePhoto(image, { originalWidth: 2400, originalHeight: 1800 }).checks.find((c) => c.id === 'framing')!;

  it('puts back a corner beyond the border when the card shows as a pentagon', () => {
    const image = tiltedCard(30);
    const topRight = detectDocument(image)!.corners[1]!;
    expect(topRight.x).toBeCloseTo(40 + 150 * 0.96, -1);
    expect(topRight.y).toBeCloseTo(30 - 150 * 0.28, -1);
    expect(framingOf(image)).toMatchObject({ status: 'fail', message: 'The top-right corner is outside the photo.' });
  });

  it('does not call a corner a hair beyond the border cut off (a rounded corner’s sides meet outside the card)', () => {
    // The corner is 1 px (1 % of the card's short side) above the photo.
    const image = tiltedCard(41);
    expect(detectDocument(image)!.corners[1]!.y).toBeCloseTo(-1, 0);
    expect(framingOf(image).status).not.toBe('fail');
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

/** A passport data page as pale as the cream page facing it, with no printed band: portrait, rows of print, two MRZ lines. */
function paleDataPage(): RgbaImage {
  return rgbaFrom(500, 352, (x, y) => {
    if (x > 20 && x < 150 && y > 60 && y < 250) return [170, 160, 165];
    const row = Math.floor((y - 60) / 22);
    if (x > 180 && x < 460 && y > 60 && y < 250 && (y - 60) % 22 < 8 && Math.sin(x * 0.9 + row) > 0) return [60, 55, 70];
    if (x > 20 && x < 480 && ((y > 280 && y < 296) || (y > 310 && y < 326)) && Math.sin(x * 0.8) > -0.2) return [40, 40, 50];
    return [236, 226, 228];
  });
}
