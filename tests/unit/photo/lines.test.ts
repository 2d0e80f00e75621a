import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceToLine, type Line } from '../../../src/checkers/photo/geometry.ts';
import { houghLines, lineQuads } from '../../../src/checkers/photo/lines.ts';
import { sobel } from '../../../src/checkers/photo/raster.ts';
import { grayFrom } from './grids.ts';

/** Whether `line` runs along the segment from a to b (both ends within 1.5 px of it). */
const along = (line: Line, a: { x: number; y: number }, b: { x: number; y: number }): boolean =>
  distanceToLine(a, line) < 1.5 && distanceToLine(b, line) < 1.5;

describe('houghLines', () => {
  // A light 100 × 60 rectangle at (30, 20) on a dark 160 × 120 background.
  const rectangle = sobel(grayFrom(160, 120, (x, y) => (x >= 30 && x < 130 && y >= 20 && y < 80 ? 220 : 40)));
  const sides: [{ x: number; y: number }, { x: number; y: number }][] = [
    [{ x: 30, y: 20 }, { x: 130, y: 20 }],
    [{ x: 130, y: 20 }, { x: 130, y: 80 }],
    [{ x: 30, y: 80 }, { x: 130, y: 80 }],
    [{ x: 30, y: 20 }, { x: 30, y: 80 }],
  ];

  it('finds the four sides of a rectangle, longest first', () => {
    const lines = houghLines(rectangle, 20, 4, 20);
    expect(lines).toHaveLength(4);
    for (const [a, b] of sides) expect(lines.some((l) => along(l, a, b))).toBe(true);
    expect(along(lines[0]!, sides[0]![0], sides[0]![1]) || along(lines[0]!, sides[2]![0], sides[2]![1])).toBe(true);
  });

  it('finds no line with fewer votes than asked for (a 100 px side gives at most 2 px × 100 × a weight of 4)', () => {
    expect(houghLines(rectangle, 20, 10, 801)).toHaveLength(0);
    expect(houghLines(rectangle, 20, 10, 100).length).toBeGreaterThanOrEqual(4);
  });

  it('never throws and returns at most `count` lines on random images', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1e6 }), (w, h, seed) => {
        const image = sobel(grayFrom(w, h, (x, y) => ((x * 7919 + y * 104729 + seed) % 97) * 2.5));
        const lines = houghLines(image, 5, 6, 3);
        expect(lines.length).toBeLessThanOrEqual(6);
        for (const l of lines) expect(Math.hypot(l.direction.x, l.direction.y)).toBeCloseTo(1, 5);
      }),
    );
  });
});

describe('lineQuads', () => {
  const line = (x: number, y: number, dx: number, dy: number): Line => ({ point: { x, y }, direction: { x: dx, y: dy } });

  it('closes two pairs of parallel lines into a quadrilateral, corners clockwise from top-left', () => {
    const quads = lineQuads([line(0, 20, 1, 0), line(30, 0, 0, 1), line(0, 80, 1, 0), line(130, 0, 0, 1)]);
    expect(quads).toEqual([
      [
        { x: 30, y: 20 },
        { x: 130, y: 20 },
        { x: 130, y: 80 },
        { x: 30, y: 80 },
      ],
    ]);
  });

  it('does not pair lines that meet at a shallow angle a camera could not give a document', () => {
    const slant = { x: Math.cos(0.5), y: Math.sin(0.5) };
    expect(lineQuads([line(0, 20, 1, 0), line(0, 80, 1, 0), line(30, 0, slant.x, slant.y), line(130, 0, slant.x, slant.y)])).toEqual([]);
  });
});
