import { describe, expect, it } from 'vitest';
import { checkGlare, findGlare } from '../../../src/checkers/photo/checks/glare.ts';
import { lumaOf, shrinkRgb } from '../../../src/checkers/photo/raster.ts';
import { documentRegion } from '../../../src/checkers/photo/region.ts';
import { rgbaFrom } from './grids.ts';

const size = 100;

function analyse(at: (x: number, y: number) => [number, number, number]) {
  const image = rgbaFrom(size, size, at);
  const planes = shrinkRgb(image, size, size);
  const everywhere = new Uint8Array(size * size).fill(1);
  const blobs = findGlare(lumaOf(planes), everywhere, size, 1);
  return { blobs, result: checkGlare(blobs, documentRegion(null, size, size)) };
}

const card: [number, number, number] = [170, 180, 200];
type Rgb = [number, number, number];

/**
 * A reflection of `light` on the card: clipped within `core` px of the points `distanceTo`
 * measures from, then fading to the card over the next `fade` px, as a light source's image
 * does on a document the camera focused on.
 */
function reflection(distanceTo: (x: number, y: number) => number, core: number, fade = 12, light: Rgb = [255, 255, 255]) {
  return (x: number, y: number): Rgb => {
    const share = Math.min(1, Math.max(0, 1 - (distanceTo(x, y) - core) / fade));
    return card.map((c, i) => Math.round(c + (light[i]! - c) * share)) as Rgb;
  };
}
const from = (cx: number, cy: number) => (x: number, y: number) => Math.hypot(x - cx, y - cy);

describe('glare', () => {
  it('finds a clipped reflection on a mid-tone document and says where it is', () => {
    const { blobs, result } = analyse(reflection(from(20, 22), 8));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.box.x).toBeCloseTo(0.12, 1);
    expect(result).toMatchObject({ status: 'fail', reasonId: 'photo.glare' });
    expect(result.message).toBe('Glare over the top-left of the photo hides part of it.');
    expect(result.regions).toHaveLength(1);
  });

  it('finds a reflection on a dark card, whose edge fades out within a few pixels', () => {
    const navy: Rgb = [40, 50, 90];
    const { result } = analyse((x, y) => {
      const share = Math.min(1, Math.max(0, 1 - (Math.hypot(x - 50, y - 50) - 8) / 4));
      return navy.map((c) => Math.round(c + (255 - c) * share)) as Rgb;
    });
    expect(result.status).toBe('fail');
  });

  it('finds a clipped reflection tinted by a warm lamp (glare takes the colour of its light)', () => {
    expect(analyse(reflection(from(50, 50), 10, 12, [255, 255, 195])).result.status).toBe('fail');
  });

  it('does not call a white document glare', () => {
    expect(analyse(() => [246, 246, 244]).result.status).toBe('pass');
  });

  it('ignores a bright but strongly coloured patch (print, not a reflection)', () => {
    expect(analyse((x, y) => (x > 40 && x < 60 && y > 40 && y < 60 ? [255, 255, 60] : card)).result.status).toBe('pass');
  });

  it('ignores specks smaller than the minimum blob', () => {
    expect(analyse((x, y) => (x === 50 && y === 50 ? [255, 255, 255] : card)).result.status).toBe('pass');
  });

  it('only warns about a thin bright stripe (a sleeve’s sheen)', () => {
    // Clipped 70 × 3 px: 2.1 % of the document, but a tenth of the thickness of a line pair of text.
    const { blobs, result } = analyse(reflection((x, y) => Math.hypot(Math.max(0, Math.abs(x - 49.5) - 34.5), y - 61), 1, 4));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.share).toBeGreaterThan(0.012);
    expect(result).toMatchObject({ status: 'warn', message: 'Glare over the centre of the photo.' });
  });

  it('finds a flash hotspot whose clipped core fades out through a broad halo', () => {
    // Clipped within 5 px of the centre, then fading to the card over the next 30 px: the ring
    // right round the core is nearly as bright as the core.
    const { result } = analyse((x, y) => {
      const light = Math.min(1, Math.max(0, 1 - (Math.hypot(x - 50, y - 50) - 5) / 30));
      return card.map((c) => Math.round(c + (255 - c) * light)) as [number, number, number];
    });
    expect(result.status).not.toBe('pass');
  });

  it('does not call a white patch of the design beside a white page glare', () => {
    expect(analyse((x, y) => (x > 40 && x < 60 && y > 40 && y < 60 ? [255, 255, 255] : [244, 244, 242])).result.status).toBe('pass');
  });

  // Printed white ends in a step: the ink or the background colour is right beside it.
  it.each<[string, (x: number, y: number) => Rgb]>([
    ['a white disc printed on the card', (x, y) => (Math.hypot(x - 50, y - 50) < 10 ? [255, 255, 255] : card)],
    ['white form fields on tinted paper', (x, y) => ((y % 20 >= 8 && y % 20 < 14 && x > 30 && x < 90) ? [255, 255, 255] : [235, 205, 215])],
    ['a white box on pale paper (a specimen’s form field)', (x, y) => (x > 20 && x < 70 && y > 40 && y < 56 ? [255, 255, 255] : [232, 226, 214])],
  ])('does not call %s glare', (_label, at) => {
    expect(analyse(at).result.status).toBe('pass');
  });

  it('does not call white paper glare when the print on it shows through', () => {
    // A clipped white page (60 × 60 px) with lines of text on it; round it, a pale rim as bright
    // as a reflection's halo, then a darker border.
    const page = (x: number, y: number): Rgb => {
      if (x < 18 || x >= 82 || y < 18 || y >= 82) return [120, 120, 130];
      if (x < 20 || x >= 80 || y < 20 || y >= 80) return [238, 238, 238];
      const text = y % 8 < 3 && x > 25 && x < 75 && x % 4 !== 0;
      return text ? [30, 30, 30] : [255, 255, 255];
    };
    expect(analyse(page).result.status).toBe('pass');
  });
});
