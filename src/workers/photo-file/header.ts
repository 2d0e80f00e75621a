/**
 * Reads an image's size from its header, without decoding it, so that the resolution check gets
 * the original dimensions and a 100-megapixel file is refused before it is decoded.
 *
 * One small reader per format, each reading only the fields that give the size (and, where a
 * format has them, the EXIF orientation and the animation flags), written here rather than
 * taken from a library: the readers of `image-size` cost 1.6 KB gzip of the worker, which
 * loads with the photo page, against a few hundred bytes for these.
 */
import { textAt, type FileKind } from './sniff.ts';

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

/** What a format's header says, before orientation is applied. */
interface StoredSize {
  width: number;
  height: number;
  /** EXIF orientation (1–8) when the file has one. */
  orientation?: number | undefined;
  animated?: boolean;
}

/** A reader gets the file's first bytes and a big-endian view of them; it may throw on damage. */
type SizeReader = (bytes: Uint8Array, view: DataView) => StoredSize | undefined;

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
      if (bytes[offset + 1] === 0xff && /^(NETSCAPE2\.0|ANIMEXTS1\.0)$/.test(textAt(bytes, offset + 3, 11))) return true;
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

/** The Orientation tag (0x0112) of the first IFD of an EXIF block whose TIFF header starts at `tiff`. */
function exifOrientation(view: DataView, tiff: number): number | undefined {
  const little = view.getUint16(tiff) === 0x4949; // "II"; "MM" is big-endian
  const ifd = tiff + view.getUint32(tiff + 4, little);
  for (let entry = 0; entry < view.getUint16(ifd, little); entry++) {
    const at = ifd + 2 + 12 * entry;
    if (view.getUint16(at, little) === 0x0112) return view.getUint16(at + 8, little);
  }
  return undefined;
}

/**
 * JPEG: segments up to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC), which holds
 * the size; an APP1 "Exif" segment before it holds the orientation.
 */
const readJpeg: SizeReader = (bytes, view) => {
  let orientation: number | undefined;
  for (let offset = 2; offset + 9 <= bytes.length; ) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5), orientation };
    }
    if (marker === 0xe1 && textAt(bytes, offset + 4, 6) === 'Exif\0\0') {
      try {
        orientation = exifOrientation(view, offset + 10);
      } catch {
        // A damaged EXIF block: the picture is shown as stored.
      }
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
};

/** PNG: the size is in IHDR, the first chunk; an APNG has an `acTL` chunk before the first `IDAT`. */
const readPng: SizeReader = (bytes, view) => {
  let animated = false;
  for (let offset = 8; offset + 8 <= bytes.length; offset += 12 + view.getUint32(offset)) {
    const type = textAt(bytes, offset + 4);
    if (type === 'acTL') animated = true;
    if (type === 'IDAT') break;
  }
  return { width: view.getUint32(16), height: view.getUint32(20), animated };
};

/** GIF: the logical screen size, little-endian, right after the signature. */
const readGif: SizeReader = (bytes, view) => ({
  width: view.getUint16(6, true),
  height: view.getUint16(8, true),
  animated: isAnimatedGif(bytes),
});

/** WebP: the size is in the first chunk, laid out differently for lossy, lossless and extended files. */
const readWebp: SizeReader = (bytes, view) => {
  const chunk = textAt(bytes, 12);
  if (chunk === 'VP8X') {
    const u24 = (at: number) => view.getUint16(at, true) + (bytes[at + 2]! << 16);
    return { width: 1 + u24(24), height: 1 + u24(27), animated: (bytes[20]! & 0x02) !== 0 };
  }
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  return undefined;
};

/** BMP: the info header's width and height (negative for a top-down picture). */
const readBmp: SizeReader = (_bytes, view) => ({
  width: Math.abs(view.getInt32(18, true)),
  height: Math.abs(view.getInt32(22, true)),
});

/** Offsets of the ISO-BMFF boxes of `type` among the boxes that fill `start` to `end`. */
function boxesOf(bytes: Uint8Array, view: DataView, start: number, end: number, type: string): number[] {
  const found: number[] = [];
  for (let offset = start, size = 0; offset + 8 <= Math.min(end, bytes.length); offset += size) {
    size = view.getUint32(offset);
    if (textAt(bytes, offset + 4) === type) found.push(offset);
    if (size < 8) break; // 0 (to the end of the file) or 1 (a 64-bit size): nothing of ours follows
  }
  return found;
}

/**
 * HEIF (HEIC, AVIF): the item properties (meta → iprp → ipco) hold one `ispe` (image spatial
 * extents) per picture: the photo, its thumbnail, the tiles of a grid. The photo is the largest.
 */
const readHeif: SizeReader = (bytes, view) => {
  // Each box's children start after its header: 8 bytes, 12 for a full box (version and flags).
  const children = (parents: number[], header: number, type: string): number[] =>
    parents.flatMap((box) => boxesOf(bytes, view, box + header, box + view.getUint32(box), type));
  const extents = children(children(children(boxesOf(bytes, view, 0, bytes.length, 'meta'), 12, 'iprp'), 8, 'ipco'), 8, 'ispe');
  const sizes = extents.map((box) => ({ width: view.getUint32(box + 12), height: view.getUint32(box + 16) }));
  return sizes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
};

/** The header reader for each kind the sniffer names. */
const SIZE_READERS: Partial<Record<FileKind, SizeReader>> = {
  jpeg: readJpeg,
  png: readPng,
  gif: readGif,
  webp: readWebp,
  bmp: readBmp,
  avif: readHeif,
  heic: readHeif,
};

/**
 * The displayed size of an image from the first {@link HEADER_BYTES} of its file, or undefined
 * when the header cannot be read (the decoder then has the last word).
 */
export function readImageHeader(head: Uint8Array, kind: FileKind): ImageHeader | undefined {
  let size: StoredSize | undefined;
  try {
    size = SIZE_READERS[kind]?.(head, new DataView(head.buffer, head.byteOffset, head.byteLength));
  } catch {
    return undefined; // the header runs past the bytes given, or is damaged
  }
  if (!size || !(size.width > 0 && size.height > 0)) return undefined;
  // EXIF orientations 5 to 8 turn the picture a quarter turn: width and height swap.
  const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  return {
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
    animated: size.animated ?? false,
  };
}
