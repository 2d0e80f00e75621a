import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/checkers/photo/document.ts';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
import type { Quad } from '../../../src/checkers/photo/geometry.ts';
import { shrinkRgb } from '../../../src/checkers/photo/raster.ts';
import { cornerColours } from '../../../src/checkers/photo/scan.ts';
import type { RgbaImage } from '../../../src/checkers/photo/types.ts';
import { rgbaFrom } from './grids.ts';

type Rgb = [number, number, number];

const WIDTH = 400;
const HEIGHT = 256;
const SCANNER_LID: Rgb = [250, 250, 250];
const TABLE: Rgb = [70, 55, 40];
const CARD: Rgb = [190, 210, 235];
const INK: Rgb = [40, 40, 60];

/** Whether (x, y) lies on a card spanning left..right × top..bottom with corners rounded to `radius`. */
function onCard(x: number, y: number, [left, top, right, bottom]: readonly number[], radius: number): boolean {
  if (x < left! || x >= right! || y < top! || y >= bottom!) return false;
  const cx = Math.min(Math.max(x, left! + radius), right! - radius);
  const cy = Math.min(Math.max(y, top! + radius), bottom! - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Print on a card: lines of text-like dashes, away from its edges. */
function ink(x: number, y: number): boolean {
  return y % 24 >= 14 && y % 24 < 19 && x % 11 < 7 && x > 30 && x < WIDTH - 30 && y > 30 && y < HEIGHT - 30;
}

/** A photo of a card (its box and corner radius) on a background. */
function cardPhoto(box: readonly number[], radius: number, background: Rgb): RgbaImage {
  return rgbaFrom(WIDTH, HEIGHT, (x, y) => {
    if (!onCard(x + 0.5, y + 0.5, box, radius)) return background;
    return ink(x, y) ? INK : CARD;
  });
}

/** The outline found in `image` has its corners within `tolerance` px of the box's [left, top, right, bottom]. */
function expectCornersAt(image: RgbaImage, [left, top, right, bottom]: readonly number[], tolerance: number): void {
  const expected = [
    [left!, top!],
    [right!, top!],
    [right!, bottom!],
    [left!, bottom!],
  ];
  detectDocument(image)!.corners.forEach((corner, i) => {
    expect(Math.abs(corner.x - expected[i]![0]!)).toBeLessThan(tolerance);
    expect(Math.abs(corner.y - expected[i]![1]!)).toBeLessThan(tolerance);
  });
}

const framingOf = (image: RgbaImage) => analyzePhoto(image, { originalWidth: WIDTH * 4, originalHeight: HEIGHT * 4 }).checks.find((c) => c.id === 'framing')!;

describe('a document cropped close to its edges', () => {
  it.each([
    ['with a thin margin of the scanner’s lid on every side', [5, 4, WIDTH - 4, HEIGHT - 5]],
    ['flush with the photo’s sides, shown by its rounded corners', [0, 0, WIDTH, HEIGHT]],
    ['flush at the top and left, with a margin at the bottom and right', [0, 0, WIDTH - 6, HEIGHT - 5]],
  ])('is in the photo when scanned %s', (_, box) => {
    const image = cardPhoto(box, 16, SCANNER_LID);
    expectCornersAt(image, box, 2);
    expect(framingOf(image).status).toBe('pass');
  });

  it('is in the photo when a pale card flush with the photo shows the lid at a shaded corner only faintly', () => {
    const paleCard: Rgb = [228, 230, 236];
    // Where the lid is shaded, its colour is barely unlike the card's, though nearer the lid's elsewhere.
    const shadedLid = paleCard.map((c, i) => Math.round(c + 0.53 * (SCANNER_LID[i]! - c))) as Rgb;
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => {
      if (onCard(x + 0.5, y + 0.5, [0, 0, WIDTH, HEIGHT], 16)) return ink(x, y) ? INK : paleCard;
      return x < 40 && y > HEIGHT - 40 ? shadedLid : SCANNER_LID;
    });
    expect(framingOf(image).status).toBe('pass');
  });

  it('is in the photo, whole, when a printed band near the border could pass for its side', () => {
    // A darker band along the card's bottom edge: its top is a straight colour step 10 px in,
    // parallel to the border, as a side scanned with a margin would be.
    const band: Rgb = [120, 150, 200];
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => {
      if (!onCard(x + 0.5, y + 0.5, [0, 0, WIDTH, HEIGHT], 16)) return SCANNER_LID;
      return y >= HEIGHT - 10 ? band : ink(x, y) ? INK : CARD;
    });
    const outline = detectDocument(image)!;
    expect(Math.min(...outline.corners.map((c) => c.y))).toBeLessThan(2);
    expect(Math.max(...outline.corners.map((c) => c.y))).toBeGreaterThan(HEIGHT - 2);
    expect(framingOf(image).status).toBe('pass');
  });

  it('is in the photo when the scanner’s lid is shaded darker along one edge', () => {
    const shadedLid: Rgb = [225, 225, 230];
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => {
      if (onCard(x + 0.5, y + 0.5, [0, 0, WIDTH, HEIGHT], 16)) return ink(x, y) ? INK : CARD;
      return y < HEIGHT / 2 ? shadedLid : SCANNER_LID;
    });
    expect(framingOf(image).status).toBe('pass');
  });

  it('is not in the photo when the crop is inside the card (no edge, no corner of it shows)', () => {
    const image = cardPhoto([-20, -20, WIDTH + 20, HEIGHT + 20], 16, SCANNER_LID);
    expect(framingOf(image).status).not.toBe('pass');
  });

  it('is not in the photo when it runs out of one side, its other sides close to the border', () => {
    const image = cardPhoto([-60, 5, WIDTH - 6, HEIGHT - 5], 16, TABLE);
    expect(framingOf(image).status).not.toBe('pass');
  });

  // Brown and near-black stripes 8 px wide: the tip and the band beside it differ, though both are the carpet.
  const stripedCarpet = (x: number): Rgb => ((x >> 3) % 2 ? [80, 55, 30] : [15, 10, 8]);
  const plainTable = (): Rgb => TABLE;
  it.each([
    ['straight, 10 px from the top and bottom borders', 10, 0, plainTable],
    ['sagging 4 px towards their ends as paper curls (the fitted side misses its ends)', 6, 4, plainTable],
    ['sagging so, on a striped carpet', 6, 4, stripedCarpet],
  ])('is not in the photo when the border cuts it square, its top and bottom edges %s', (_, margin, sagAtEnds, surface) => {
    // A page cut by the left border, 8 px from the right one.
    const sag = (x: number) => sagAtEnds * ((x - 180) / 180) ** 2;
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) =>
      x < WIDTH - 8 && y >= margin + sag(x) && y < HEIGHT - margin - sag(x) ? (ink(x, y) ? INK : CARD) : surface(x),
    );
    expect(framingOf(image).status).not.toBe('pass');
  });

  it('is not taken from ruled paper that fills the photo: its lines have the paper on both sides', () => {
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => (y % 16 === 9 || x === 8 ? [120, 140, 200] : [245, 245, 240]));
    expect(framingOf(image).status).not.toBe('pass');
  });

  it('is not taken from ruled paper with a margin line down each side: its lines run on to the border', () => {
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => (y % 16 === 9 || x === 8 || x === WIDTH - 9 ? [120, 140, 200] : [245, 245, 240]));
    expect(framingOf(image).status).not.toBe('pass');
  });

  it('is not shown by corners of different colours: a shadow in one, the table in another', () => {
    const image = rgbaFrom(WIDTH, HEIGHT, (x, y) => {
      if (onCard(x + 0.5, y + 0.5, [0, 0, WIDTH, HEIGHT], 16)) return ink(x, y) ? INK : CARD;
      return x < WIDTH / 2 ? SCANNER_LID : TABLE;
    });
    expect(framingOf(image).status).not.toBe('pass');
  });
});

describe('a document drawn as a thin outline on white (a specimen’s rendering)', () => {
  // Full analysis size: on the outline finder's small copy, so thin a line is lost.
  const [width, height] = [1024, 680];
  const PAPER: Rgb = [255, 255, 255];
  const LINE: Rgb = [150, 150, 150];
  /** A 1-px outline with rounded corners round `box`, print inside it; with `openRight`, its right side is not drawn (it runs out of the photo). */
  function drawing(box: readonly number[], openRight = false): RgbaImage {
    const [left, top, right, bottom] = box as [number, number, number, number];
    const inner = [left + 1, top + 1, right - 1, bottom - 1];
    return rgbaFrom(width, height, (x, y) => {
      const [cx, cy] = [x + 0.5, y + 0.5];
      const inside = onCard(cx, cy, inner, 39);
      if (onCard(cx, cy, box, 40) && !inside) return openRight && x >= right - 41 ? PAPER : LINE;
      return inside && y % 40 >= 20 && y % 40 < 30 && x % 23 < 15 && x > left + 60 && x < right - 60 && y > top + 50 && y < bottom - 50 ? INK : PAPER;
    });
  }
  const framing = (image: RgbaImage) => analyzePhoto(image, { originalWidth: width, originalHeight: height }).checks.find((c) => c.id === 'framing')!;

  it.each([
    ['close to the border', [12, 10, width - 12, height - 10]],
    ['within a wide margin, wider at the bottom', [30, 26, width - 26, height - 60]],
  ])('is in the photo when drawn %s', (_, box) => {
    const image = drawing(box);
    expectCornersAt(image, box, 4);
    expect(framing(image).status).toBe('pass');
  });

  it('is not in the photo when its outline runs out of one side', () => {
    expect(framing(drawing([12, 10, width + 60, height - 10], true)).status).not.toBe('pass');
  });
});

describe('a card whose corner comes right up to the border', () => {
  /**
   * A 220 × 139 card turned 12°, its sides meeting 3 px beyond the left border at its
   * bottom-left corner; rounded to `radius` (14: an ID-1 card's, whose curve stays in the photo;
   * 0: a sharp corner, cut off by the border).
   */
  function turnedCard(radius: number): RgbaImage {
    const angle = (12 * Math.PI) / 180;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const corner = { x: -3, y: 170 };
    return rgbaFrom(WIDTH, HEIGHT, (x, y) => {
      // Card coordinates: u along the bottom side from its bottom-left corner, v up the left side.
      const dx = x + 0.5 - corner.x;
      const dy = y + 0.5 - corner.y;
      const u = dx * cos + dy * sin;
      const v = dx * sin - dy * cos;
      return onCard(u, v, [0, 0, 220, 139], radius) ? (ink(x, y) ? INK : CARD) : TABLE;
    });
  }

  it('is in the photo when the surface shows where a sharp corner would have been (a rounded card)', () => {
    expect(framingOf(turnedCard(14)).status).toBe('pass');
  });

  it('is flagged when the document itself fills that place (a sharp corner cut by the border)', () => {
    expect(framingOf(turnedCard(0)).status).not.toBe('pass');
  });
});

describe('corner colours', () => {
  it('are not read round a corner far beyond the border, which is outside whatever its tip shows', () => {
    const planes = shrinkRgb(cardPhoto([5, 4, WIDTH - 4, HEIGHT - 5], 16, SCANNER_LID), WIDTH, HEIGHT);
    const quad = (x: number): Quad => [
      { x, y: 4 },
      { x: WIDTH - 4, y: 4 },
      { x: WIDTH - 4, y: HEIGHT - 5 },
      { x, y: HEIGHT - 5 },
    ];
    expect(cornerColours(quad(5), 0, 3, planes)).not.toBeNull();
    expect(cornerColours(quad(-40), 0, 3, planes)).toBeNull();
  });
});
