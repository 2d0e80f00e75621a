import { describe, expect, it } from 'vitest';
import { checkExposure, type ExposureStats } from '../../../src/checkers/photo/checks/exposure.ts';
import { analyzePhoto } from '../../../src/checkers/photo/index.ts';
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
