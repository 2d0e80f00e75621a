/**
 * Reads an image's size from its header, without decoding it, so that the resolution check gets
 * the original dimensions and a 100-megapixel file is refused before it is decoded.
 */
import { BMP } from 'image-size/types/bmp';
import { GIF } from 'image-size/types/gif';
import { HEIF } from 'image-size/types/heif';
import { JPG } from 'image-size/types/jpg';
import { PNG } from 'image-size/types/png';
import { WEBP } from 'image-size/types/webp';
import type { FileKind } from './sniff.ts';

/** image-size's reader for each kind the sniffer names (only these are bundled). */
const SIZE_READERS: Partial<Record<FileKind, typeof JPG>> = {
  jpeg: JPG,
  png: PNG,
  gif: GIF,
  webp: WEBP,
  bmp: BMP,
  avif: HEIF,
  heic: HEIF,
};

/** How many leading bytes hold the header of every supported format in practice. */
export const HEADER_BYTES = 1024 * 1024;

export interface ImageHeader {
  /** Width as displayed, EXIF orientation applied. */
  width: number;
  /** Height as displayed, EXIF orientation applied. */
  height: number;
  /** The file holds more than one frame (animated GIF, WebP or PNG). */
  animated: boolean;
}

/** EXIF orientations 5 to 8 turn the picture a quarter turn: width and height swap. */
function isQuarterTurn(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5 && orientation <= 8;
}

/**
 * Whether a GIF has more than one frame: a looping extension (NETSCAPE2.0, ANIMEXTS1.0) or a
 * second image descriptor within the bytes given.
 */
export function isAnimatedGif(bytes: Uint8Array): boolean {
  const screenFlags = bytes[10] ?? 0;
  let offset = 13 + (screenFlags & 0x80 ? 3 * 2 ** ((screenFlags & 0x07) + 1) : 0);
  let frames = 0;
  const skipSubBlocks = () => {
    while (offset < bytes.length && bytes[offset] !== 0) offset += bytes[offset]! + 1;
    offset += 1;
  };
  while (offset < bytes.length) {
    const introducer = bytes[offset];
    if (introducer === 0x21) {
      const label = bytes[offset + 1];
      if (label === 0xff) {
        const application = String.fromCharCode(...bytes.subarray(offset + 3, offset + 14));
        if (application === 'NETSCAPE2.0' || application === 'ANIMEXTS1.0') return true;
      }
      offset += 2;
      skipSubBlocks();
    } else if (introducer === 0x2c) {
      frames += 1;
      if (frames > 1) return true;
      const imageFlags = bytes[offset + 9] ?? 0;
      offset += 10 + (imageFlags & 0x80 ? 3 * 2 ** ((imageFlags & 0x07) + 1) : 0);
      offset += 1; // LZW minimum code size
      skipSubBlocks();
    } else {
      return false; // trailer (0x3b) or damage
    }
  }
  return false;
}

/** Whether a WebP's extended header (VP8X) sets the animation flag. */
function isAnimatedWebp(bytes: Uint8Array): boolean {
  return String.fromCharCode(...bytes.subarray(12, 16)) === 'VP8X' && ((bytes[20] ?? 0) & 0x02) !== 0;
}

/** Whether a PNG is an APNG: an `acTL` chunk comes before the first `IDAT`. */
function isAnimatedPng(bytes: Uint8Array): boolean {
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = (((bytes[offset]! << 24) >>> 0) + (bytes[offset + 1]! << 16) + (bytes[offset + 2]! << 8) + bytes[offset + 3]!);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'acTL') return true;
    if (type === 'IDAT') return false;
    offset += 12 + length;
  }
  return false;
}

const ANIMATION_READERS: Partial<Record<FileKind, (bytes: Uint8Array) => boolean>> = {
  gif: isAnimatedGif,
  webp: isAnimatedWebp,
  png: isAnimatedPng,
};

/**
 * The displayed size of an image from the first {@link HEADER_BYTES} of its file, or undefined
 * when the header cannot be read (the decoder then has the last word).
 */
export function readImageHeader(head: Uint8Array, kind: FileKind): ImageHeader | undefined {
  const reader = SIZE_READERS[kind];
  if (!reader) return undefined;
  let size: ReturnType<typeof JPG.calculate>;
  try {
    size = reader.calculate(head);
  } catch {
    return undefined;
  }
  // A HEIF holds several pictures (thumbnail, tiles, the photo): the photo is the largest.
  const { width, height } = (size.images ?? [size]).reduce((largest, image) =>
    image.width * image.height > largest.width * largest.height ? image : largest,
  );
  if (!(width > 0 && height > 0)) return undefined;
  const turned = isQuarterTurn(size.orientation);
  return {
    width: turned ? height : width,
    height: turned ? width : height,
    animated: ANIMATION_READERS[kind]?.(head) ?? false,
  };
}
