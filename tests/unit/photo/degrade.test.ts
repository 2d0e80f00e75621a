import { describe, expect, it } from 'vitest';
import { DEGRADATIONS, type Extent } from '../../../scripts/photo-eval/degrade.ts';
import { rgbaFrom } from './grids.ts';

const degradation = (name: string) => DEGRADATIONS.find((d) => d.name.startsWith(name))!;
// A mid-grey photo with the document's box in its middle.
const photo = rgbaFrom(200, 100, () => [128, 128, 128]);
const document: Extent = { left: 50, top: 20, right: 150, bottom: 80 };
const levelAt = (image: { width: number; data: Uint8ClampedArray }, x: number, y: number) => image.data[(y * image.width + x) * 4]!;

describe('degradations of real photos for the evaluation', () => {
  it.each([
    // Mid-grey (21.6 % of full light) with a tenth of the light is 2.2 %; with three times, 64.7 %.
    ['dark', 41],
    ['overexposed', 209],
  ])('relights in linear light: %s makes level 128 about %i', (name, level) => {
    const relit = degradation(name).apply(photo, document);
    expect(Math.abs(levelAt(relit, 100, 50) - level)).toBeLessThanOrEqual(1);
  });

  it('lets the light fall off from the document’s left side to its right', () => {
    const relit = degradation('light falling off').apply(photo, document);
    expect(levelAt(relit, 50, 50)).toBe(128);
    expect(levelAt(relit, 100, 50)).toBeLessThan(100);
    expect(levelAt(relit, 149, 50)).toBeLessThan(50);
  });

  it('puts a lamp’s reflection on the document, fading out away from it', () => {
    const lit = degradation('a lamp reflected, 7').apply(photo, document);
    expect(levelAt(lit, 115, 50)).toBe(255);
    expect(levelAt(lit, 5, 5)).toBe(128);
  });

  it.each([
    ['left', 200 - 62, 100],
    ['right', 138, 100],
    ['top', 200, 100 - 27],
    ['bottom', 200, 73],
  ])('cuts 12 %% of the document off the %s', (side, width, height) => {
    const cut = degradation(`cut 12 % off the ${side}`).apply(photo, document);
    expect([cut.width, cut.height]).toEqual([width, height]);
  });

  it('blurs without moving the light', () => {
    const edge = rgbaFrom(40, 40, (x) => (x < 20 ? [0, 0, 0] : [255, 255, 255]));
    const blurred = degradation('out of focus, σ 2').apply(edge, { left: 0, top: 0, right: 40, bottom: 40 });
    expect(levelAt(blurred, 19, 20)).toBeGreaterThan(0);
    expect(levelAt(blurred, 20, 20)).toBeLessThan(255);
    expect(levelAt(blurred, 0, 20) + levelAt(blurred, 39, 20)).toBe(255);
  });
});
