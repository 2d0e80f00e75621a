import { describe, expect, it } from 'vitest';
import {
  convexHull,
  convexPolygonMask,
  cornersOf,
  fitLine,
  intersectLines,
  largestInscribedQuad,
  meanSides,
  orderCorners,
  polygonArea,
  scalePoints,
  sideLines,
  type Vec,
} from '../../../src/checkers/photo/geometry.ts';

const square: Vec[] = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];

describe('convexHull', () => {
  it('keeps the corners and drops inner and collinear points', () => {
    const hull = convexHull([...square, { x: 5, y: 5 }, { x: 5, y: 0 }, { x: 2, y: 7 }]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBe(100);
  });
});

describe('largestInscribedQuad', () => {
  it('picks four alternate vertices of a regular octagon (the largest square inside it)', () => {
    const octagon = Array.from({ length: 8 }, (_, k) => ({ x: Math.cos((k * Math.PI) / 4), y: Math.sin((k * Math.PI) / 4) }));
    const picked = largestInscribedQuad(convexHull(octagon))!;
    const area = polygonArea(picked.map((i) => convexHull(octagon)[i]!));
    expect(area).toBeCloseTo(2, 6);
  });

  it('returns null for fewer than four vertices', () => {
    expect(largestInscribedQuad(square.slice(0, 3))).toBeNull();
  });
});

describe('lines', () => {
  it('fits a line through noisy-free points and intersects two lines', () => {
    const horizontal = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 2 })))!;
    const vertical = fitLine([0, 1, 2, 3].map((y) => ({ x: 5, y })))!;
    const crossing = intersectLines(horizontal, vertical)!;
    expect(crossing.x).toBeCloseTo(5);
    expect(crossing.y).toBeCloseTo(2);
    expect(intersectLines(horizontal, horizontal)).toBeNull();
  });

  it('puts a quadrilateral’s corners where each side line meets the one before it, or none when two are parallel', () => {
    const box: Vec[] = [
      { x: 1, y: 2 },
      { x: 9, y: 2 },
      { x: 9, y: 7 },
      { x: 1, y: 7 },
    ];
    const sides = sideLines(box);
    cornersOf(sides)!.forEach((corner, i) => {
      expect(corner.x).toBeCloseTo(box[i]!.x);
      expect(corner.y).toBeCloseTo(box[i]!.y);
    });
    expect(cornersOf([sides[0]!, sides[0]!, sides[2]!, sides[3]!])).toBeNull();
  });
});

describe('meanSides', () => {
  it('gives the mean length across (top and bottom) and down (right and left)', () => {
    // A trapezoid seen in perspective: top 60, bottom 100, both slanted sides 50.
    const trapezoid = [
      { x: 20, y: 0 },
      { x: 80, y: 0 },
      { x: 100, y: 40 },
      { x: 0, y: 40 },
    ] as const;
    const [across, down] = meanSides([...trapezoid] as [Vec, Vec, Vec, Vec]);
    expect(across).toBeCloseTo(80, 9);
    expect(down).toBeCloseTo(Math.hypot(20, 40), 9);
  });
});

describe('scalePoints', () => {
  it('moves points onto a copy of another size, across and down separately', () => {
    expect(scalePoints(square, 0.5, 2)).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 5, y: 20 },
      { x: 0, y: 20 },
    ]);
    expect(scalePoints([{ x: 3, y: 4 }], 2)).toEqual([{ x: 6, y: 8 }]);
  });
});

describe('orderCorners', () => {
  it('orders corners clockwise from the top-left, whatever the input order', () => {
    const shuffled = [square[2]!, square[0]!, square[3]!, square[1]!];
    expect(orderCorners(shuffled)).toEqual(square);
  });
});

describe('convexPolygonMask', () => {
  it('sets the pixels whose centres are inside, clipped to the image', () => {
    const mask = convexPolygonMask(square.map((p) => ({ x: p.x - 5, y: p.y - 5 })), 8, 8);
    // The square covers x, y in [-5, 5]: pixel centres 0.5 … 4.5 in both directions.
    expect(mask.reduce((s, v) => s + v, 0)).toBe(25);
    expect(mask[0]).toBe(1);
    expect(mask[5]).toBe(0);
  });
});
