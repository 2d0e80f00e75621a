import { describe, expect, it } from 'vitest';
import { checkFraming } from '../../../src/checkers/photo/checks/framing.ts';
import { checkExposure, type ExposureStats } from '../../../src/checkers/photo/checks/exposure.ts';
import type { DocumentOutline } from '../../../src/checkers/photo/document.ts';
import { documentRegion } from '../../../src/checkers/photo/region.ts';

const width = 400;
const height = 300;

/** A card whose right side runs out of a 400 × 300 photo, with the given evidence for its outline. */
function cutCard(sideSupport: DocumentOutline['sideSupport'], rightConfirmed: boolean, surfaceContrast = 150): DocumentOutline {
  return {
    corners: [
      { x: 150, y: 60 },
      { x: 460, y: 60 },
      { x: 460, y: 250 },
      { x: 150, y: 250 },
    ],
    cutSides: [false, true, false, false],
    fillsFrame: false,
    areaFraction: 0.5,
    sideSupport,
    cutConfirmed: [false, rightConfirmed, false, false],
    cornerSeen: [false, false, false, false],
    surfaceContrast,
  };
}

describe('framing verdicts follow the outline’s evidence', () => {
  it.each([
    ['every visible side seen along its length, the cut seen', [1, 0, 0.95, 0.9], true, 'fail', /^The right edge of the document runs out of the photo\.$/],
    ['a side hidden by a hand or lost in the table', [1, 0, 0.3, 0.9], true, 'warn', /^Not all four corners could be seen clearly: the top-right and bottom-right corners may be outside the photo\.$/],
    ['the border is met by the surface, not the document', [1, 0, 1, 1], false, 'warn', /^Not all four corners could be seen clearly/, 150],
    ['the same colour inside and outside the outline (print on a page that fills the photo)', [1, 0, 1, 1], true, 'warn', /^Not all four corners could be seen clearly/, 12],
    ['a card a little unlike its table', [1, 0, 1, 1], true, 'fail', /^The right edge of the document runs out/, 40],
  ] as const)('%s → %s', (_, support, confirmed, status, message, surfaceContrast = 150) => {
    const result = checkFraming(cutCard([...support], confirmed, surfaceContrast), width, height);
    expect(result.status).toBe(status);
    expect(result.message).toMatch(message);
    expect(result.regions?.length).toBe(2);
    expect(result.fix.length).toBeGreaterThan(0);
  });
});

describe('a corner beyond the border with no side running out of the photo', () => {
  /** A card inside the photo except its bottom-right corner, where the right and bottom sides meet when extended. */
  const corner = (sideSupport: DocumentOutline['sideSupport']): DocumentOutline => ({
    ...cutCard(sideSupport, false),
    cutSides: [false, false, false, false],
    corners: [
      { x: 100, y: 60 },
      { x: 380, y: 60 },
      { x: 430, y: 330 },
      { x: 100, y: 250 },
    ],
  });

  it.each([
    ['both sides seen along their length: the corner is cut off', [1, 0.9, 0.9, 1], 'fail', 3],
    ['the right side bent along a hand holding the card: its end is a guess, not blamed', [1, 0.2, 0.9, 1], 'pass', 4],
    ['the bottom side barely seen', [1, 0.9, 0.3, 1], 'pass', 4],
    ['no side seen well: not a document-like outline, so still a warning', [0.3, 0.4, 0.3, 0.6], 'warn', 3],
  ] as const)('%s → %s', (_, support, status, value) => {
    expect(checkFraming(corner([...support]), width, height)).toMatchObject({ status, value });
  });
});

describe('a corner just beyond the border where a side is half seen', () => {
  // The bottom side is seen only where the card is in the photo (a page cut off along the
  // bottom border, its far end lost there): the corner is a pixel or two out, not far.
  const halfSeen = (bottomRight: { x: number; y: number }): DocumentOutline => ({
    ...cutCard([1, 0.9, 0.4, 1], false),
    cutSides: [false, false, false, false],
    corners: [
      { x: 100, y: 60 },
      { x: 380, y: 60 },
      bottomRight,
      { x: 100, y: 280 },
    ],
  });

  it('touches the edge of the photo', () => {
    expect(checkFraming(halfSeen({ x: 381, y: 302 }), width, height)).toMatchObject({
      status: 'warn',
      message: 'The bottom-right corner touches the edge of the photo.',
    });
  });

  it('is a guess, not blamed, when the sides only meet far beyond it', () => {
    expect(checkFraming(halfSeen({ x: 390, y: 340 }), width, height)).toMatchObject({ status: 'pass', value: 4 });
  });
});

describe('a corner right at the border', () => {
  /** A card whose top-left corner is 1 px from the photo's corner, inside the 1 % margin. */
  const atBorder = (cornerSeen: DocumentOutline['cornerSeen']): DocumentOutline => ({
    ...cutCard([1, 1, 1, 1], false),
    cutSides: [false, false, false, false],
    corners: [
      { x: 1, y: 1 },
      { x: 300, y: 40 },
      { x: 300, y: 250 },
      { x: 40, y: 250 },
    ],
    cornerSeen,
  });

  it('is in the photo when seen whole: the surface shows round its tip (a scan cropped close to a card)', () => {
    expect(checkFraming(atBorder([true, false, false, false]), width, height)).toMatchObject({ status: 'pass', value: 4 });
  });

  it('touches the edge of the photo when its tip is the document itself', () => {
    expect(checkFraming(atBorder([false, false, false, false]), width, height)).toMatchObject({
      status: 'warn',
      message: 'The top-left corner touches the edge of the photo.',
    });
  });
});

describe('uneven light on an unsure outline', () => {
  const stats: ExposureStats = {
    median: 120,
    paperLevel: 180,
    clippedShare: 0,
    inkLevel: 20,
    evenness: 0.3,
    darkestQuadrantLevel: 50,
    darkestQuadrant: { x: 0.75, y: 0.75 },
    bandEvenness: 0.3,
    darkestBand: { x: 0.5, y: 0.5 },
  };
  const inside: DocumentOutline = { ...cutCard([1, 1, 1, 1], false), cutSides: [false, false, false, false] };
  inside.corners = inside.corners.map((c) => ({ x: Math.min(c.x, 350), y: c.y })) as DocumentOutline['corners'];

  it('fails when the outline is sure: the shadow is on the document', () => {
    expect(checkExposure(stats, documentRegion(inside, width, height)).status).toBe('fail');
  });

  it('only warns when the outline is unsure: the "shadow" may be the table', () => {
    const unsure = { ...inside, sideSupport: [1, 1, 0.2, 1] as DocumentOutline['sideSupport'] };
    const result = checkExposure(stats, documentRegion(unsure, width, height));
    expect(result.status).toBe('warn');
    expect(result.message).toBe('The light is uneven: the bottom-right of the document is in shadow.');
  });
});

describe('no document edge in the photo', () => {
  it('says the document may be too close, too far or absent, and asks for it to fill most of the photo', () => {
    const result = checkFraming({ ...cutCard([0.2, 0, 0.3, 0.1], false), fillsFrame: true }, width, height);
    expect(result.status).toBe('warn');
    expect(result.message).toMatch(/fills the whole photo, it is too small in it, or this is not a photo of a document/);
    // Neither "farther away" nor "closer": which one is unknown.
    expect(result.fix).not.toMatch(/farther|closer/);
  });
});
