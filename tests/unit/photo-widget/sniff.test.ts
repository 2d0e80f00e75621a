import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sniffFileKind, type FileKind } from '../../../src/workers/photo-file/sniff.ts';
import { bmpHeader, ftypFile, gifFile, jpegFile, pngFile, textFile, webpHeader } from './sample-files.ts';

describe('sniffFileKind', () => {
  it.each<[string, Uint8Array, FileKind]>([
    ['a JPEG', jpegFile(8, 8), 'jpeg'],
    ['a PNG', pngFile(8, 8), 'png'],
    ['a GIF', gifFile(8, 8, 1), 'gif'],
    ['a WebP', webpHeader(8, 8), 'webp'],
    ['a BMP', bmpHeader(8, 8), 'bmp'],
    ['an iPhone HEIC (heic brand)', ftypFile('heic', ['mif1', 'heic']), 'heic'],
    ['a HEIF with a generic brand', ftypFile('mif1', ['mif1', 'heic']), 'heic'],
    ['an AVIF', ftypFile('avif', ['avif', 'mif1', 'miaf']), 'avif'],
    ['an AVIF announced by a generic brand', ftypFile('mif1', ['avif', 'mif1']), 'avif'],
    ['a TIFF scan (Intel byte order)', new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]), 'tiff'],
    ['a TIFF or camera RAW file (Motorola byte order)', new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08]), 'tiff'],
    ['a JPEG XL codestream', new Uint8Array([0xff, 0x0a, 0xfa, 0x7f, 0x01, 0x90]), 'jxl'],
    ['a JPEG XL container', new Uint8Array([0, 0, 0, 12, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a, 0, 0, 0, 20]), 'jxl'],
    ['an MP4 video', ftypFile('isom', ['isom', 'mp41']), 'unknown'],
    ['a PDF', textFile('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PDF with leading junk', textFile('\r\n  %PDF-1.4\n'), 'pdf'],
    ['an SVG', textFile('<svg xmlns="http://www.w3.org/2000/svg" width="10"/>'), 'svg'],
    ['an SVG with an XML declaration', textFile('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg>'), 'svg'],
    ['an HTML page', textFile('<!doctype html><html><body>hi</body></html>'), 'text'],
    ['a text file named .jpg', textFile('These are my notes about the passport photo.\n'), 'text'],
    ['UTF-8 text cut inside a character', textFile('Größe: ä').subarray(0, 9), 'text'],
    ['random binary', new Uint8Array([0x00, 0x13, 0x9a, 0xfe, 0x01, 0x02, 0x88, 0x00]), 'unknown'],
    ['an empty file', new Uint8Array(0), 'unknown'],
  ])('recognises %s', (_label, bytes, kind) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it('goes by the bytes alone: a JPEG stays a JPEG whatever follows its signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        expect(sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, ...tail]))).toBe('jpeg');
      }),
    );
  });

  it('never throws and always names a kind, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(typeof sniffFileKind(bytes)).toBe('string');
      }),
    );
  });
});
