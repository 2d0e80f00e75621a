/**
 * Small kernels over single-channel float images: area downscaling, luminance, Gaussian blur,
 * gradients and the Laplacian. Every function is pure and allocates its output (from the
 * analysis's scratch memory while a photo is analysed, see scratch.ts).
 */
import { sum } from './geometry.ts';
import { float32Array } from './scratch.ts';
import type { RgbaImage } from './types.ts';

/** One channel, row by row, values usually 0..255. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** The red, green and blue channels of an image shrunk by area averaging to `width` × `height`. */
export interface RgbPlanes {
  r: GrayImage;
  g: GrayImage;
  b: GrayImage;
}

/**
 * Shrinks by area averaging to `width` × `height` (never enlarges: a target larger than the
 * source is clamped to it). Each source pixel goes to one target pixel, which is exact for
 * integer factors and a fair approximation otherwise. Alpha is ignored (the widget draws on an
 * opaque canvas).
 */
export function shrinkRgb(image: RgbaImage, width: number, height: number): RgbPlanes {
  const w = Math.max(1, Math.min(image.width, Math.round(width)));
  const h = Math.max(1, Math.min(image.height, Math.round(height)));
  const planes = [float32Array(w * h), float32Array(w * h), float32Array(w * h)] as const;
  const counts = float32Array(w * h);
  const columnOf = new Int32Array(image.width);
  for (let x = 0; x < image.width; x++) columnOf[x] = Math.min(w - 1, Math.floor((x * w) / image.width));
  const { data } = image;
  for (let y = 0; y < image.height; y++) {
    const row = Math.min(h - 1, Math.floor((y * h) / image.height)) * w;
    for (let x = 0, p = y * image.width * 4; x < image.width; x++, p += 4) {
      const t = row + columnOf[x]!;
      planes[0][t]! += data[p]!;
      planes[1][t]! += data[p + 1]!;
      planes[2][t]! += data[p + 2]!;
      counts[t]! += 1;
    }
  }
  for (let t = 0; t < counts.length; t++) {
    planes[0][t]! /= counts[t]!;
    planes[1][t]! /= counts[t]!;
    planes[2][t]! /= counts[t]!;
  }
  return {
    r: { width: w, height: h, data: planes[0] },
    g: { width: w, height: h, data: planes[1] },
    b: { width: w, height: h, data: planes[2] },
  };
}

/** Rec. 709 luma of RGB planes (0..255). */
export function lumaOf({ r, g, b }: RgbPlanes): GrayImage {
  const data = float32Array(r.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 0.2126 * r.data[i]! + 0.7152 * g.data[i]! + 0.0722 * b.data[i]!;
  return { width: r.width, height: r.height, data };
}

/** Size that fits `width` × `height` into `longSide` (never enlarging), keeping the aspect ratio. */
export function fitLongSide(width: number, height: number, longSide: number): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(sigma * 3));
  const kernel = Float32Array.from({ length: 2 * radius + 1 }, (_, k) => Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)));
  const total = sum(kernel);
  return kernel.map((value) => value / total);
}

/** Separable Gaussian blur with edge pixels repeated beyond the border. */
export function gaussianBlur(image: GrayImage, sigma: number): GrayImage {
  if (!(sigma > 0)) throw new RangeError(`gaussianBlur: sigma ${sigma} is not > 0`);
  const { width, height } = image;
  const kernel = gaussianKernel(sigma);
  const radius = (kernel.length - 1) / 2;
  const line = new Float32Array(Math.max(width, height) + 2 * radius);
  // One pass convolves each line (row or column) copied into a buffer padded with its end values.
  const pass = (source: Float32Array, length: number, lines: number, stride: number, step: number): Float32Array => {
    const out = float32Array(width * height);
    for (let l = 0; l < lines; l++) {
      const start = l * stride;
      for (let p = 0; p < length; p++) line[p + radius] = source[start + p * step]!;
      line.fill(source[start]!, 0, radius);
      line.fill(source[start + (length - 1) * step]!, length + radius, length + 2 * radius);
      for (let p = 0; p < length; p++) {
        let sum = 0;
        for (let k = 0; k < kernel.length; k++) sum += kernel[k]! * line[p + k]!;
        out[start + p * step] = sum;
      }
    }
    return out;
  };
  const rows = pass(image.data, width, height, width, 1);
  return { width, height, data: pass(rows, height, width, 1, width) };
}

/** Horizontal and vertical derivatives by the Sobel operator, edge pixels repeated beyond the border. */
export interface Gradient {
  width: number;
  height: number;
  /** d/dx, scaled so that a unit ramp gives 1. */
  dx: Float32Array;
  /** d/dy, scaled so that a unit ramp gives 1. */
  dy: Float32Array;
  /** Magnitude √(dx² + dy²). */
  magnitude: Float32Array;
}

export function sobel(image: GrayImage): Gradient {
  const { width, height, data } = image;
  const dx = float32Array(width * height);
  const dy = float32Array(width * height);
  const magnitude = float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width;
    const row = y * width;
    const down = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, x - 1);
      const right = Math.min(width - 1, x + 1);
      const a = data[up + left]!;
      const b = data[up + x]!;
      const c = data[up + right]!;
      const d = data[row + left]!;
      const f = data[row + right]!;
      const g = data[down + left]!;
      const h = data[down + x]!;
      const k = data[down + right]!;
      const gx = (c + 2 * f + k - a - 2 * d - g) / 8;
      const gy = (g + 2 * h + k - a - 2 * b - c) / 8;
      const i = row + x;
      dx[i] = gx;
      dy[i] = gy;
      magnitude[i] = Math.sqrt(gx * gx + gy * gy);
    }
  }
  return { width, height, dx, dy, magnitude };
}

/** The bin below which `fraction` (0..1) of a histogram's counts lie; NaN for an empty histogram. */
export function percentileOf(histogram: Uint32Array, fraction: number): number {
  let total = 0;
  for (const count of histogram) total += count;
  if (total === 0) return Number.NaN;
  const target = fraction * total;
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!;
    if (seen >= target && seen > 0) return v;
  }
  return histogram.length - 1;
}

/** The bin of a 256-bin histogram a value falls in: rounded, clamped to 0..255. */
export function levelBin(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

/** 256-bin histogram (see levelBin) of the pixels where `mask` is set (all when no mask). */
export function histogram(image: GrayImage, mask?: Uint8Array): Uint32Array {
  const bins = new Uint32Array(256);
  for (let i = 0; i < image.data.length; i++) {
    if (mask && !mask[i]) continue;
    bins[levelBin(image.data[i]!)]! += 1;
  }
  return bins;
}
