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

describe('glare', () => {
  it('finds a clipped white blob on a mid-tone document and says where it is', () => {
    const { blobs, result } = analyse((x, y) => ((x - 20) ** 2 + (y - 22) ** 2 < 64 ? [255, 255, 255] : card));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.box.x).toBeCloseTo(0.12, 1);
    expect(result).toMatchObject({ status: 'fail', reasonId: 'photo.glare' });
    expect(result.message).toBe('Glare over the top-left of the photo hides part of it.');
    expect(result.regions).toHaveLength(1);
  });

  it('finds a clipped reflection tinted by a warm lamp (glare takes the colour of its light)', () => {
    const { result } = analyse((x, y) => ((x - 50) ** 2 + (y - 50) ** 2 < 100 ? [255, 255, 195] : card));
    expect(result.status).toBe('fail');
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

  it('only warns about a thin bright stripe (a sleeve’s sheen, white paper between lines of print)', () => {
    // 70 × 3 px: 2.1 % of the document, but a tenth of the thickness of a line pair of text.
    const { blobs, result } = analyse((x, y) => (x >= 15 && x < 85 && y >= 60 && y < 63 ? [255, 255, 255] : card));
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
});
