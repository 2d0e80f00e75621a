import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAnimatedGif, readImageHeader, type ImageHeader } from '../../../src/workers/photo-file/header.ts';
import { sniffFileKind } from '../../../src/workers/photo-file/sniff.ts';
import {
  apngFile,
  bmpHeader,
  gifFile,
  jpegFile,
  jpegWithLittleEndianExif,
  jpegWithOrientation,
  pngFile,
  textFile,
  webpHeader,
  webpLosslessHeader,
  webpLossyHeader,
} from './sample-files.ts';

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
    ['an animated WebP', webpHeader(300, 200, true), { width: 300, height: 200, animated: true }],
    ['an APNG', apngFile(12, 8), { width: 12, height: 8, animated: true }],
    ['an extended WebP', webpHeader(8000, 6000), { width: 8000, height: 6000, animated: false }],
    ['a lossy WebP', webpLossyHeader(4032, 3024), { width: 4032, height: 3024, animated: false }],
    ['a lossless WebP', webpLosslessHeader(16384, 9), { width: 16384, height: 9, animated: false }],
    ['a top-down BMP', bmpHeader(64, -48), { width: 64, height: 48, animated: false }],
    ['a bottom-up BMP', bmpHeader(64, 48), { width: 64, height: 48, animated: false }],
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

  it.each([
    [1, 40, 30],
    [6, 30, 40],
  ])('reads a little-endian EXIF block, tag %i among others: a 40×30 JPEG shows as %i×%i', (orientation, width, height) => {
    expect(headerOf(jpegWithLittleEndianExif(40, 30, orientation))).toMatchObject({ width, height });
  });

  it('still reads the size of a JPEG whose EXIF block is damaged', () => {
    const bytes = jpegWithOrientation(40, 30, 6);
    bytes.fill(0xee, 12, 22); // byte order and IFD offset of the TIFF header
    expect(headerOf(bytes)).toEqual({ width: 40, height: 30, animated: false });
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

  it.each<[string, Uint8Array]>([
    ['JPEG', jpegWithOrientation(16, 16, 6)],
    ['PNG', apngFile(16, 16)],
    ['GIF', gifFile(16, 16, 2)],
    ['WebP', webpHeader(16, 16, true)],
    ['BMP', bmpHeader(16, 16)],
    ['HEIC', new Uint8Array(readFileSync('tests/fixtures/photos/document-640x480.heic')).subarray(0, 4096)],
  ])('never throws on a damaged or cut %s header', (_kind, real) => {
    const kind = sniffFileKind(real);
    fc.assert(
      fc.property(fc.nat(real.length - 1), fc.uint8Array({ minLength: 0, maxLength: 64 }), (at, junk) => {
        const damaged = new Uint8Array([...real.subarray(0, at), ...junk]);
        const header = readImageHeader(damaged, kind);
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
