import { describe, expect, it } from 'vitest';
import { checkExposure, type ExposureStats } from '../../../src/checkers/photo/checks/exposure.ts';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
import type { DocumentOutline } from '../../../src/checkers/photo/document.ts';
import { documentRegion } from '../../../src/checkers/photo/region.ts';
import { rgbaFrom } from './grids.ts';

const even: ExposureStats = {
  median: 230,
  paperLevel: 255,
  clippedShare: 0,
  inkLevel: 20,
  evenness: 1,
  darkestQuadrantLevel: 255,
  darkestQuadrant: { x: 0.25, y: 0.25 },
  bandEvenness: 1,
  darkestBand: { x: 0.5, y: 0.5 },
};

describe('overexposure', () => {
  it.each([
    // clipped share, darkest print, status
    [0.05, 20, 'pass'],
    [0.2, 20, 'pass'],
    [0.2, 140, 'warn'],
    [0.7, 20, 'pass'],
    [0.7, 89, 'pass'],
    [0.7, 90, 'fail'],
    [0.7, 140, 'fail'],
  ] as const)('with %f of the document clipped and its darkest print at %i: %s', (clippedShare, inkLevel, status) => {
    const result = checkExposure({ ...even, clippedShare, inkLevel }, documentRegion(null, 400, 300));
    expect(result.status).toBe(status);
    if (status !== 'pass') expect(result.message).toMatch(/overexposed/);
  });

  // A page of lines of print on paper, on a grey desk; `paper` and `ink` their levels. `extra`
  // may paint more on the page (a portrait) or return null.
  const page = (paper: number, ink: number, extra: (x: number, y: number) => number | null = () => null) =>
    rgbaFrom(800, 600, (x, y) => {
      if (x < 150 || x >= 650 || y < 100 || y >= 500) return [90, 95, 100];
      const inLine = x >= 190 && x < 610 && (y - 130) % 24 < 8 && y < 470;
      const level = extra(x, y) ?? (inLine ? ink : paper);
      return [level, level, level];
    });
  const exposureOf = (image: ReturnType<typeof page>) =>
    analyzePhoto(image, { originalWidth: 3200, originalHeight: 2400 }).checks.find((c) => c.id === 'exposure')!;

  it('passes a page printed black on pure white: the white is the paper’s own, and the print is intact', () => {
    expect(exposureOf(page(255, 15)).status).toBe('pass');
  });

  it('passes such a page with no print in one quarter of it', () => {
    expect(exposureOf(page(255, 15, (x, y) => (x >= 400 && y >= 300 ? 255 : null))).status).toBe('pass');
  });

  it('fails a washed-out page whose black portrait stays dark: the print in the rest of it is grey', () => {
    const portrait = (x: number, y: number) => (x >= 170 && x < 300 && y >= 120 && y < 300 ? 5 : null);
    expect(exposureOf(page(255, 150, portrait))).toMatchObject({ status: 'fail', message: expect.stringMatching(/overexposed/) });
  });

  it('fails when the light washed the print out to grey as well', () => {
    expect(exposureOf(page(255, 150))).toMatchObject({ status: 'fail', message: expect.stringMatching(/overexposed/) });
  });

  it('passes the same page when its paper is not clipped', () => {
    expect(exposureOf(page(225, 15)).status).toBe('pass');
  });
});

describe('light falling off across the document', () => {
  /** A card seen whole in a 400 × 300 photo, each side backed by an edge along `support` of it. */
  const seenCard = (support: number): DocumentOutline => ({
    corners: [
      { x: 50, y: 50 },
      { x: 350, y: 50 },
      { x: 350, y: 240 },
      { x: 50, y: 240 },
    ],
    cutSides: [false, false, false, false],
    fillsFrame: false,
    areaFraction: 0.48,
    sideSupport: [support, support, support, support],
    cutConfirmed: [false, false, false, false],
    cornerSeen: [true, true, true, true],
  });
  const regions = {
    'a sure outline': documentRegion(seenCard(1), 400, 300),
    // Bands that may hold the table, or the scene round a document not found, are not compared.
    'an unsure outline': documentRegion(seenCard(0.3), 400, 300),
    'no document found': documentRegion(null, 400, 300),
  };
  it.each([
    // evenness of the quadrants, of the bands, region, status
    [1, 1, 'a sure outline', 'pass'],
    [0.7, 0.55, 'a sure outline', 'pass'],
    [0.7, 0.49, 'a sure outline', 'warn'],
    [0.5, 0.9, 'a sure outline', 'warn'],
    [0.7, 0.3, 'an unsure outline', 'pass'],
    [0.7, 0.3, 'no document found', 'pass'],
  ] as const)('with quadrants %f and bands %f as even, on %s: %s', (evenness, bandEvenness, where, status) => {
    const region = regions[where];
    const result = checkExposure({ ...even, evenness, bandEvenness, darkestBand: { x: 11 / 12, y: 0.5 } }, region);
    expect(result.status).toBe(status);
    if (status === 'warn' && bandEvenness < 0.5) expect(result.message).toBe('The light is uneven: the right of the document is in shadow.');
  });

  // A card of lines of print on a dark desk, lit by a lamp to its left: the light on it falls
  // from full to `least` (in linear light) across it.
  const litCard = (least: number) =>
    rgbaFrom(800, 600, (x, y) => {
      if (x < 100 || x >= 700 || y < 120 || y >= 480) return [30, 25, 20];
      const light = 1 - ((1 - least) * (x - 100)) / 600;
      const level = x >= 140 && x < 660 && (y - 150) % 24 < 8 && y < 450 ? 30 : 235;
      const linear = ((level / 255 + 0.055) / 1.055) ** 2.4 * light;
      const lit = Math.round(255 * (linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055));
      return [lit, lit, lit];
    });
  const exposureOf = (image: ReturnType<typeof litCard>) =>
    analyzePhoto(image, { originalWidth: 3200, originalHeight: 2400 }).checks.find((c) => c.id === 'exposure')!;

  it('warns, naming the dark side, when the light falls to 2 % across it', () => {
    expect(exposureOf(litCard(0.02))).toMatchObject({ status: 'warn', message: 'The light is uneven: the right of the document is in shadow.' });
  });

  it('passes when the light falls off gently (to two thirds)', () => {
    expect(exposureOf(litCard(0.67)).status).toBe('pass');
  });
});
