/** Puts a picture with transparent parts on white, the way a printed page would show it. */
import type { RgbaImage } from '../../checkers/photo/types.ts';

/**
 * Composites every pixel onto opaque white, in place (colours as in `ImageData`, not
 * premultiplied). Returns whether any pixel was not fully opaque.
 */
export function flattenOnWhite(image: RgbaImage): boolean {
  const { data } = image;
  let transparent = false;
  for (let index = 3; index < data.length; index += 4) {
    const alpha = data[index]!;
    if (alpha === 255) continue;
    transparent = true;
    const white = 255 - alpha;
    data[index - 3] = (data[index - 3]! * alpha + 255 * white) / 255;
    data[index - 2] = (data[index - 2]! * alpha + 255 * white) / 255;
    data[index - 1] = (data[index - 1]! * alpha + 255 * white) / 255;
    data[index] = 255;
  }
  return transparent;
}
