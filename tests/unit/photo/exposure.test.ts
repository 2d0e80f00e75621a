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
    [0.2, 20, 'warn'],
    [0.2, 140, 'warn'],
    [0.7, 20, 'warn'],
    [0.7, 89, 'warn'],
    [0.7, 90, 'fail'],
    [0.7, 140, 'fail'],
  ] as const)('with %f of the document clipped and its darkest print at %i: %s', (clippedShare, inkLevel, status) => {
    const result = checkExposure({ ...even, clippedShare, inkLevel }, documentRegion(null, 400, 300));
    expect(result.status).toBe(status);
    if (status !== 'pass') expect(result.message).toMatch(/overexposed/);
  });

  // A page of black lines of print on white paper, on a grey desk; `paper` and `ink` its levels.
  const page = (paper: number, ink: number) =>
    rgbaFrom(800, 600, (x, y) => {
      if (x < 150 || x >= 650 || y < 100 || y >= 500) return [90, 95, 100];
      const inLine = x >= 190 && x < 610 && (y - 130) % 24 < 8 && y < 470;
      const level = inLine ? ink : paper;
      return [level, level, level];
    });
  const exposureOf = (paper: number, ink: number) =>
    analyzePhoto(page(paper, ink), { originalWidth: 3200, originalHeight: 2400 }).checks.find((c) => c.id === 'exposure')!;

  it('only warns on a page printed black on pure white: the white may be the paper’s own', () => {
    expect(exposureOf(255, 15)).toMatchObject({ status: 'warn', message: expect.stringMatching(/overexposed/) });
  });

  it('fails when the light washed the print out to grey as well', () => {
    expect(exposureOf(255, 150)).toMatchObject({ status: 'fail', message: expect.stringMatching(/overexposed/) });
  });

  it('passes the same page when its paper is not clipped', () => {
    expect(exposureOf(225, 15).status).toBe('pass');
  });
});
