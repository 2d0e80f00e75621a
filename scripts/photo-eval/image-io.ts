/**
 * Reading and writing image files in Node for the evaluation, with pure-JS codecs (no native
 * build, no browser). The browser does this with `createImageBitmap` in the widget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { RgbaImage } from '../../src/checkers/photo/types.ts';

/** Decodes a JPEG or PNG file (by its first bytes) into RGBA. */
export function readImage(path: string): RgbaImage {
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
    return { width: decoded.width, height: decoded.height, data: new Uint8ClampedArray(decoded.data.buffer) };
  }
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer) };
}

/** Writes an RGBA image as PNG (for looking at generated photos and overlays). */
export function writePng(path: string, image: RgbaImage): void {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  writeFileSync(path, PNG.sync.write(png));
}

/**
 * Shrinks an image by area averaging so that its long side is at most `longSide`, as the
 * widget's decode-time downscale does. Alpha is laid over white, like a browser canvas would
 * show a transparent PNG on the page. Images already small enough are returned unchanged.
 */
export function downscaleToLongSide(image: RgbaImage, longSide: number): RgbaImage {
  const scale = Math.min(1, longSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  if (scale === 1) return image;
  const sums = new Float64Array(width * height * 3);
  const weights = new Float64Array(width * height);
  for (let y = 0; y < image.height; y++) {
    const ty = Math.min(height - 1, Math.floor((y * height) / image.height));
    for (let x = 0; x < image.width; x++) {
      const tx = Math.min(width - 1, Math.floor((x * width) / image.width));
      const s = (y * image.width + x) * 4;
      const t = ty * width + tx;
      const alpha = image.data[s + 3]! / 255;
      for (let c = 0; c < 3; c++) sums[t * 3 + c]! += image.data[s + c]! * alpha + 255 * (1 - alpha);
      weights[t]! += 1;
    }
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let t = 0; t < width * height; t++) {
    for (let c = 0; c < 3; c++) data[t * 4 + c] = sums[t * 3 + c]! / weights[t]!;
    data[t * 4 + 3] = 255;
  }
  return { width, height, data };
}

/**
 * The image in one of its eight orientations: `quarterTurns` clockwise quarter turns, mirrored
 * left to right first when `mirrored`. A document photo is as likely taken one way as another,
 * so the checks should say the same of all eight.
 */
export function orient(image: RgbaImage, quarterTurns: number, mirrored: boolean): RgbaImage {
  const turns = ((quarterTurns % 4) + 4) % 4;
  const { width, height } = image;
  const [outWidth, outHeight] = turns % 2 ? [height, width] : [width, height];
  const data = new Uint8ClampedArray(image.data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = mirrored ? width - 1 - x : x;
      // (x, y) turned clockwise `turns` times about the image.
      const [tx, ty] = [
        [x, y],
        [height - 1 - y, x],
        [width - 1 - x, height - 1 - y],
        [y, width - 1 - x],
      ][turns]!;
      data.set(image.data.subarray((y * width + sx) * 4, (y * width + sx) * 4 + 4), (ty! * outWidth + tx!) * 4);
    }
  }
  return { width: outWidth, height: outHeight, data };
}
