/**
 * Small image files built byte by byte or with pure-JS encoders, with known sizes, for the
 * tests of file sniffing and header reading.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { withExifOrientation } from '../../fixtures/photos/render-photo.ts';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** A grey JPEG of the given size. */
export function jpegFile(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 128);
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data);
}

/** A JPEG with an EXIF APP1 segment (big-endian TIFF) whose only tag is Orientation. */
export function jpegWithOrientation(width: number, height: number, orientation: number): Uint8Array {
  return new Uint8Array(withExifOrientation(Buffer.from(jpegFile(width, height)), orientation));
}

/** A PNG; `alpha` sets every pixel's opacity. */
export function pngFile(width: number, height: number, alpha = 255): Uint8Array {
  const png = new PNG({ width, height });
  for (let index = 0; index < png.data.length; index += 4) {
    png.data[index] = 200;
    png.data[index + 1] = 100;
    png.data[index + 2] = 50;
    png.data[index + 3] = alpha;
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** A GIF of `frames` 1×1 frames (no colour tables needed by a header reader), optionally looping. */
export function gifFile(width: number, height: number, frames: number, loop = false): Uint8Array {
  const bytes = [...ascii('GIF89a'), width & 0xff, width >> 8, height & 0xff, height >> 8, 0x80, 0, 0, 0, 0, 0, 255, 255, 255];
  if (loop) bytes.push(0x21, 0xff, 11, ...ascii('NETSCAPE2.0'), 3, 1, 0, 0, 0);
  for (let frame = 0; frame < frames; frame++) {
    bytes.push(0x21, 0xf9, 4, 0, 10, 0, 0, 0); // graphic control extension: 0.1 s delay
    bytes.push(0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0); // image descriptor, 1×1 at 0,0
    bytes.push(2, 2, 0x44, 0x01, 0); // LZW code size, one data sub-block, terminator
  }
  bytes.push(0x3b);
  return new Uint8Array(bytes);
}

/** The first bytes of an extended WebP (VP8X) of the given size. */
export function webpHeader(width: number, height: number, animated = false): Uint8Array {
  const w = width - 1;
  const h = height - 1;
  return new Uint8Array([
    ...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii('VP8X'), 10, 0, 0, 0,
    animated ? 0x02 : 0, 0, 0, 0, w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16,
  ]);
}

/** The first bytes of a lossy WebP (VP8): a key frame's tag, start code and 14-bit sizes. */
export function webpLossyHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    ...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii('VP8 '), 0, 0, 0, 0,
    0x10, 0x02, 0, 0x9d, 0x01, 0x2a, width & 0xff, width >> 8, height & 0xff, height >> 8,
  ]);
}

/** The first bytes of a lossless WebP (VP8L): signature 0x2f, then width − 1 and height − 1 in 14 bits each. */
export function webpLosslessHeader(width: number, height: number): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  return new Uint8Array([
    ...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii('VP8L'), 0, 0, 0, 0,
    0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24,
  ]);
}

/** An APNG: a PNG with an animation control chunk (`acTL`) put before its image data. */
export function apngFile(width: number, height: number): Uint8Array {
  const png = pngFile(width, height);
  const ihdrEnd = 8 + 12 + 13;
  const acTL = [0, 0, 0, 8, ...ascii('acTL'), 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]; // 2 frames, loop forever; CRC not checked by readers
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...acTL, ...png.subarray(ihdrEnd)]);
}

/** A JPEG with a little-endian ("II") EXIF block whose first IFD starts after a gap and holds two tags. */
export function jpegWithLittleEndianExif(width: number, height: number, orientation: number): Uint8Array {
  const jpegBytes = jpegFile(width, height);
  const entry = (tag: number, value: number) => [tag & 0xff, tag >> 8, 3, 0, 1, 0, 0, 0, value & 0xff, value >> 8, 0, 0];
  const tiff = [0x49, 0x49, 42, 0, 12, 0, 0, 0, 0, 0, 0, 0, 2, 0, ...entry(0x010f, 7), ...entry(0x0112, orientation), 0, 0, 0, 0];
  const payload = [...ascii('Exif'), 0, 0, ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new Uint8Array([...jpegBytes.subarray(0, 2), ...segment, ...jpegBytes.subarray(2)]);
}

/** An ISO-BMFF `ftyp` box with a major brand and compatible brands, then `rest`. */
export function ftypFile(major: string, compatible: readonly string[], rest: Uint8Array = new Uint8Array(64)): Uint8Array {
  const size = 16 + 4 * compatible.length;
  const box = [0, 0, 0, size, ...ascii('ftyp'), ...ascii(major), 0, 0, 0, 0, ...compatible.flatMap(ascii)];
  return new Uint8Array([...box, ...rest]);
}

/** A minimal BMP header (40-byte info header) of the given size; negative height = top-down. */
export function bmpHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(54);
  const view = new DataView(bytes.buffer);
  bytes.set(ascii('BM'), 0);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  return bytes;
}

export function textFile(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
