/**
 * Real photos made bad in known ways, for `npm run eval:photo -- --degraded`: the synthetic
 * photos' conditions on real paper, print, surfaces and cameras. Light is changed in linear
 * light, as a camera's exposure or a lamp would change it, not on the encoded levels.
 */
import type { PhotoCheckId } from '../../src/protocol/messages.ts';
import { gaussianBlur } from '../../src/checkers/photo/raster.ts';
import type { RgbaImage } from '../../src/checkers/photo/types.ts';

/** Where the document lies in the photo (pixels): its bounding box. */
export interface Extent {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Degradation {
  name: string;
  /** The check that must flag the result. */
  check: PhotoCheckId;
  apply: (image: RgbaImage, document: Extent) => RgbaImage;
}

const toLinear = (level: number): number => {
  const c = level / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toLevel = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** The photo with `light(linear, x, y)` applied to each channel's linear value. */
function relit(image: RgbaImage, light: (linear: number, x: number, y: number) => number): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = toLevel(light(toLinear(image.data[i + c]!), x, y));
      data[i + 3] = 255;
    }
  }
  return { width: image.width, height: image.height, data };
}

function blurred(image: RgbaImage, sigma: number): RgbaImage {
  const { width, height } = image;
  const planes = [0, 1, 2].map((c) =>
    gaussianBlur({ width, height, data: Float32Array.from({ length: width * height }, (_, k) => image.data[k * 4 + c]!) }, sigma),
  );
  const data = new Uint8ClampedArray(image.data.length);
  for (let k = 0; k < width * height; k++) {
    for (let c = 0; c < 3; c++) data[k * 4 + c] = planes[c]!.data[k]!;
    data[k * 4 + 3] = 255;
  }
  return { width, height, data };
}

function cropped(image: RgbaImage, box: Extent): RgbaImage {
  const left = Math.max(0, Math.round(box.left));
  const top = Math.max(0, Math.round(box.top));
  const width = Math.min(image.width, Math.round(box.right)) - left;
  const height = Math.min(image.height, Math.round(box.bottom)) - top;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y + top) * image.width + left) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** A lamp's reflection: light added round a point, fading out as a Gaussian of radius `radius`. */
function withHotspot(image: RgbaImage, cx: number, cy: number, radius: number, strength: number): RgbaImage {
  return relit(image, (linear, x, y) => linear + strength * Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * radius * radius)));
}

const spanOf = (d: Extent) => ({ width: d.right - d.left, height: d.bottom - d.top, short: Math.min(d.right - d.left, d.bottom - d.top) });

/** Cut `share` of the document off at one side of the photo. */
const cut = (side: 'left' | 'right' | 'top' | 'bottom', share: number): Degradation => ({
  name: `cut ${share * 100} % off the ${side}`,
  check: 'framing',
  apply: (image, d) => {
    const { width, height } = spanOf(d);
    const box = { left: 0, top: 0, right: image.width, bottom: image.height };
    if (side === 'left') box.left = d.left + share * width;
    if (side === 'right') box.right = d.right - share * width;
    if (side === 'top') box.top = d.top + share * height;
    if (side === 'bottom') box.bottom = d.bottom - share * height;
    return cropped(image, box);
  },
});

export const DEGRADATIONS: readonly Degradation[] = [
  { name: 'out of focus, σ 2 px', check: 'sharpness', apply: (image) => blurred(image, 2) },
  { name: 'out of focus, σ 3.5 px', check: 'sharpness', apply: (image) => blurred(image, 3.5) },
  { name: 'dark (1/10 of the light)', check: 'exposure', apply: (image) => relit(image, (l) => l * 0.1) },
  { name: 'overexposed (3× the light)', check: 'exposure', apply: (image) => relit(image, (l) => l * 3) },
  {
    // Full light on one side of the document falling to 8 % on the other: a lamp off to the side.
    name: 'light falling off across it',
    check: 'exposure',
    apply: (image, d) => relit(image, (l, x) => l * Math.max(0.08, Math.min(1, 1 - (0.92 * (x - d.left)) / spanOf(d).width))),
  },
  {
    name: 'a lamp reflected, 7 % wide',
    check: 'glare',
    apply: (image, d) => withHotspot(image, (d.left + d.right) / 2 + 0.15 * spanOf(d).width, (d.top + d.bottom) / 2, 0.07 * spanOf(d).short, 3),
  },
  {
    name: 'a lamp reflected, 3.5 % wide',
    check: 'glare',
    apply: (image, d) => withHotspot(image, (d.left + d.right) / 2 - 0.2 * spanOf(d).width, (d.top + d.bottom) / 2 - 0.2 * spanOf(d).height, 0.035 * spanOf(d).short, 2),
  },
  cut('left', 0.12),
  cut('right', 0.12),
  cut('top', 0.12),
  cut('bottom', 0.12),
];
