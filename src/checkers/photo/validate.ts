/** Up-front checks of the analyser's input, with errors that name the bad value. */
import type { PhotoAnalysisOptions, RgbaImage } from './types.ts';

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

export function assertValidInput(image: RgbaImage, options: PhotoAnalysisOptions): void {
  if (!image || typeof image !== 'object') throw new TypeError(`analyzePhoto: image must be an RgbaImage, got ${String(image)}`);
  const { width, height } = image;
  const data: unknown = image.data;
  if (!isPositiveInteger(width)) throw new RangeError(`analyzePhoto: image.width must be a positive integer, got ${String(width)}`);
  if (!isPositiveInteger(height)) throw new RangeError(`analyzePhoto: image.height must be a positive integer, got ${String(height)}`);
  if (!(data instanceof Uint8ClampedArray) && !(data instanceof Uint8Array)) {
    throw new TypeError('analyzePhoto: image.data must be a Uint8ClampedArray (RGBA, 4 bytes a pixel)');
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(
      `analyzePhoto: image.data has ${data.length} bytes, but a ${width}×${height} RGBA image needs ${width * height * 4}`,
    );
  }
  if (!options || typeof options !== 'object') throw new TypeError(`analyzePhoto: options must be an object, got ${String(options)}`);
  for (const key of ['originalWidth', 'originalHeight'] as const) {
    if (!isPositiveInteger(options[key])) {
      throw new RangeError(`analyzePhoto: options.${key} must be a positive integer, got ${String(options[key])}`);
    }
  }
}
