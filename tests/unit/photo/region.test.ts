import { describe, expect, it } from 'vitest';
import type { DocumentOutline } from '../../../src/checkers/photo/document.ts';
import type { Quad } from '../../../src/checkers/photo/geometry.ts';
import { documentRegion, toDocumentCoordinates, whereOn } from '../../../src/checkers/photo/region.ts';

function outlineOf(corners: Quad): DocumentOutline {
  return {
    corners,
    cutSides: [false, false, false, false],
    fillsFrame: false,
    areaFraction: 0.5,
    sideSupport: [1, 1, 1, 1],
    cutConfirmed: [false, false, false, false],
    cornerSeen: [true, true, true, true],
  };
}

// A card photographed from below its bottom edge: the far (top) side is shorter.
const foreshortened: Quad = [
  { x: 300, y: 100 },
  { x: 700, y: 100 },
  { x: 900, y: 600 },
  { x: 100, y: 600 },
];

describe('document coordinates', () => {
  it('are exact on a document seen square on', () => {
    const region = documentRegion(outlineOf([{ x: 100, y: 50 }, { x: 500, y: 50 }, { x: 500, y: 300 }, { x: 100, y: 300 }]), 1000, 800);
    expect(toDocumentCoordinates(region, { x: 300, y: 175 })).toEqual({ x: 0.5, y: 0.5 });
    expect(toDocumentCoordinates(region, { x: 200, y: 50 })).toEqual({ x: 0.25, y: 0 });
  });

  it('put each corner of a foreshortened card at its corner, and its side midpoints on the middle lines', () => {
    const region = documentRegion(outlineOf(foreshortened), 1000, 800);
    const expected = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 1, y: 1 },
      { x: 0, y: 1 },
    ];
    foreshortened.forEach((corner, i) => {
      const p = toDocumentCoordinates(region, corner);
      expect(p.x).toBeCloseTo(expected[i]!.x, 6);
      expect(p.y).toBeCloseTo(expected[i]!.y, 6);
    });
    expect(toDocumentCoordinates(region, { x: 200, y: 350 }).y).toBeCloseTo(0.5, 6);
    expect(toDocumentCoordinates(region, { x: 500, y: 100 }).x).toBeCloseTo(0.5, 6);
  });

  it('name where a point is as a person looking at the photo would', () => {
    const region = documentRegion(outlineOf(foreshortened), 1000, 800);
    expect(whereOn(region, { x: 330, y: 140 })).toBe('the top-left of the document');
    expect(whereOn(region, { x: 840, y: 560 })).toBe('the bottom-right of the document');
    expect(whereOn(region, { x: 500, y: 350 })).toBe('the centre of the document');
    expect(whereOn(region, { x: 500, y: 580 })).toBe('the bottom of the document');
  });

  it('fall back to the whole photo when no document was found', () => {
    const region = documentRegion(null, 1000, 800);
    expect(region.isDocument).toBe(false);
    expect(whereOn(region, { x: 100, y: 700 })).toBe('the bottom-left of the photo');
  });
});
