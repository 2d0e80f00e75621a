/** Helpers that turn literal pixel grids into images for the photo checker's tests. */
import type { GrayImage } from '../../../src/checkers/photo/raster.ts';
import type { Mask } from '../../../src/checkers/photo/mask.ts';
import type { RgbaImage } from '../../../src/checkers/photo/types.ts';

/** A grayscale image from rows of numbers. */
export function gray(rows: readonly (readonly number[])[]): GrayImage {
  return { width: rows[0]!.length, height: rows.length, data: Float32Array.from(rows.flat()) };
}

/** A mask from rows like `'.##.'` (`#` set). */
export function mask(rows: readonly string[]): Mask {
  return {
    width: rows[0]!.length,
    height: rows.length,
    data: Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 1 : 0)),
  };
}

/** A mask's rows back as strings, for readable assertions. */
export function maskRows(m: Mask): string[] {
  const rows: string[] = [];
  for (let y = 0; y < m.height; y++) {
    rows.push(Array.from(m.data.subarray(y * m.width, (y + 1) * m.width), (v) => (v ? '#' : '.')).join(''));
  }
  return rows;
}

/** A grayscale image of `width` × `height` from a function of the pixel position. */
export function grayFrom(width: number, height: number, at: (x: number, y: number) => number): GrayImage {
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}

/** An opaque RGBA image from a function giving [r, g, b] per pixel. */
export function rgbaFrom(width: number, height: number, at: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = at(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}
