import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAnimatedGif, readImageHeader, type ImageHeader } from '../../../src/workers/photo-file/header.ts';
import { sniffFileKind } from '../../../src/workers/photo-file/sniff.ts';
import { bmpHeader, gifFile, jpegFile, jpegWithOrientation, pngFile, textFile, webpHeader } from './sample-files.ts';

function headerOf(bytes: Uint8Array): ImageHeader | undefined {
  return readImageHeader(bytes, sniffFileKind(bytes));
}

describe('readImageHeader', () => {
  it.each<[string, Uint8Array, ImageHeader]>([
    ['a JPEG', jpegFile(40, 30), { width: 40, height: 30, animated: false }],
    ['a PNG', pngFile(100, 60), { width: 100, height: 60, animated: false }],
    ['a still GIF', gifFile(20, 10, 1), { width: 20, height: 10, animated: false }],
    ['a two-frame GIF', gifFile(20, 10, 2), { width: 20, height: 10, animated: true }],
    ['a looping GIF cut after its first frame', gifFile(20, 10, 1, true), { width: 20, height: 10, animated: true }],
    ['a WebP', webpHeader(8000, 6000), { width: 8000, height: 6000, animated: false }],
    ['an animated WebP', webpHeader(300, 200, true), { width: 300, height: 200, animated: true }],
    ['a top-down BMP', bmpHeader(64, -48), { width: 64, height: 48, animated: false }],
  ])('reads the size of %s', (_label, bytes, expected) => {
    expect(headerOf(bytes)).toEqual(expected);
  });

  it.each([
    [1, 40, 30],
    [3, 40, 30],
    [6, 30, 40],
    [8, 30, 40],
  ])('applies EXIF orientation %i: a 40×30 JPEG shows as %i×%i', (orientation, width, height) => {
    expect(headerOf(jpegWithOrientation(40, 30, orientation))).toMatchObject({ width, height });
  });

  it('reads the size of a real HEIC (libheif-encoded fixture)', () => {
    const heic = new Uint8Array(readFileSync('tests/fixtures/photos/document-640x480.heic'));
    expect(sniffFileKind(heic)).toBe('heic');
    expect(headerOf(heic)).toEqual({ width: 640, height: 480, animated: false });
  });

  it('gives up on a JPEG whose header is cut before the size', () => {
    expect(headerOf(jpegWithOrientation(40, 30, 1).subarray(0, 60))).toBeUndefined();
  });

  it('gives up on text', () => {
    expect(readImageHeader(textFile('hello'), 'text')).toBeUndefined();
  });

  it('never throws on damaged JPEG headers', () => {
    const real = jpegFile(16, 16);
    fc.assert(
      fc.property(fc.nat(real.length - 1), fc.uint8Array({ minLength: 1, maxLength: 64 }), (at, junk) => {
        const damaged = new Uint8Array([...real.subarray(0, at), ...junk]);
        const header = readImageHeader(damaged, 'jpeg');
        if (header) expect(header.width * header.height).toBeGreaterThan(0);
      }),
    );
  });
});

describe('isAnimatedGif', () => {
  it('does not mistake a damaged GIF for an animation', () => {
    const still = gifFile(4, 4, 1);
    fc.assert(
      fc.property(fc.nat(still.length), (cut) => {
        expect(isAnimatedGif(still.subarray(0, cut))).toBe(false);
      }),
    );
  });
});
