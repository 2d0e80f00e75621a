/**
 * Turns a file into the working-size RGBA picture the analysis reads, in a worker. Browser
 * binding of the pure helpers beside it: sizes are checked before reading, pixels are decoded
 * already shrunk, and full-size pixels never reach JavaScript (except from the HEIC decoder).
 */
import { fitLongSide } from '../../checkers/photo/raster.ts';
import type { RgbaImage } from '../../checkers/photo/types.ts';
import { FileProblemError, type FileNote } from './file-problems.ts';
import { flattenOnWhite } from './flatten.ts';
import { HEADER_BYTES, readImageHeader } from './header.ts';
import { MAX_FILE_BYTES, MAX_PIXELS } from './limits.ts';
import { IMAGE_KINDS, sniffFileKind, type FileKind } from './sniff.ts';

export interface DecodedPhoto {
  /** The picture at working size, opaque (transparent parts put on white). */
  image: RgbaImage;
  /** The same picture as a bitmap for the preview; the receiver closes it. */
  preview: ImageBitmap;
  /** Size of the original picture as displayed (EXIF orientation applied). */
  originalWidth: number;
  originalHeight: number;
  notes: FileNote[];
}

function assertPixelsWithinLimit(width: number, height: number): void {
  if (width * height > MAX_PIXELS) throw new FileProblemError({ kind: 'too-many-pixels', width, height });
}

/** A HEIC as a full-size bitmap: natively where the browser can (Safari), else with heic-to. */
async function decodeHeic(file: Blob, onSlowStep: () => void): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    // Most browsers cannot decode HEIC: load the on-device decoder, only now that it is needed.
  }
  onSlowStep();
  try {
    const { heicTo } = await import('heic-to/csp');
    return await heicTo({ blob: file, type: 'bitmap' });
  } catch {
    throw new FileProblemError({ kind: 'heic-undecodable' });
  }
}

/** Shrinks a bitmap so that its long side is at most `longSide`; closes the original. */
async function shrink(bitmap: ImageBitmap, longSide: number): Promise<ImageBitmap> {
  const target = fitLongSide(bitmap.width, bitmap.height, longSide);
  if (target.width === bitmap.width && target.height === bitmap.height) return bitmap;
  try {
    return await createImageBitmap(bitmap, { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' });
  } finally {
    bitmap.close();
  }
}

/**
 * A JPEG decoded at the smallest eighth of its size that still covers the working size, where the
 * browser has WebCodecs' ImageDecoder: JPEG can be decoded at n/8 scale for a fraction of the work
 * (a 12-megapixel photo at 3/8 in about half the time of a full decode), and Chromium picks the
 * largest n whose picture fits the desired size. Orientation is applied as by `from-image`.
 * Undefined when that cannot be done, or when the picture does not have the header's shape or
 * does not cover the working size (another browser may read the desired size its own way); the
 * caller then decodes the usual way, which also gives a damaged file its usual answer.
 */
async function decodeJpegScaled(file: Blob, width: number, height: number, longSide: number): Promise<ImageBitmap | undefined> {
  const eighths = Math.ceil((8 * longSide) / Math.max(width, height));
  if (eighths >= 8 || typeof ImageDecoder === 'undefined') return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({
      data: file.stream(),
      type: 'image/jpeg',
      desiredWidth: Math.ceil((width * eighths) / 8),
      desiredHeight: Math.ceil((height * eighths) / 8),
    });
    const { image } = await decoder.decode();
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(image);
    } finally {
      image.close();
    }
    const target = fitLongSide(width, height, longSide);
    const covers = bitmap.width >= target.width && bitmap.height >= target.height;
    if (covers && Math.abs(bitmap.width * height - bitmap.height * width) <= 0.01 * bitmap.width * height) return bitmap;
    bitmap.close();
    return undefined;
  } catch {
    return undefined;
  } finally {
    decoder?.close();
  }
}

/**
 * Decodes straight to the working size: a JPEG at n/8 scale where it can be, otherwise with
 * createImageBitmap given only the width, so that the shape is kept even if the browser reads
 * the orientation differently from the header.
 */
async function decodeShrunk(file: Blob, kind: FileKind, width: number, height: number, longSide: number): Promise<ImageBitmap> {
  const scaled = kind === 'jpeg' ? await decodeJpegScaled(file, width, height, longSide) : undefined;
  if (scaled) return shrink(scaled, longSide);
  const target = fitLongSide(width, height, longSide);
  const bitmap = await createImageBitmap(file, {
    imageOrientation: 'from-image',
    resizeWidth: target.width,
    resizeQuality: 'high',
  });
  return shrink(bitmap, longSide);
}

function readPixels(bitmap: ImageBitmap): ImageData {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new FileProblemError({ kind: 'internal' });
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * Reads, checks and decodes a file chosen by the user; throws {@link FileProblemError}.
 * `onSlowStep` is called when a step that takes seconds begins (converting a HEIC).
 */
export async function decodePhotoFile(file: Blob, longSide: number, onSlowStep: () => void = () => {}): Promise<DecodedPhoto> {
  if (file.size === 0) throw new FileProblemError({ kind: 'empty' });
  if (file.size > MAX_FILE_BYTES) throw new FileProblemError({ kind: 'too-many-bytes', bytes: file.size });

  const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  const kind = sniffFileKind(head);
  if (!IMAGE_KINDS.has(kind)) {
    // A PDF, a drawing or a text file gets its own advice; anything else is just not a picture.
    throw new FileProblemError({ kind: kind === 'pdf' || kind === 'svg' || kind === 'text' ? kind : 'not-an-image' });
  }

  const header = readImageHeader(head, kind);
  if (header) assertPixelsWithinLimit(header.width, header.height);

  let working: ImageBitmap;
  let originalWidth: number;
  let originalHeight: number;
  try {
    if (kind !== 'heic' && header) {
      working = await decodeShrunk(file, kind, header.width, header.height, longSide);
      // Trust the decoder's shape over the header's if they disagree about the orientation.
      const turned = working.width > working.height !== header.width > header.height && working.width !== working.height;
      originalWidth = turned ? header.height : header.width;
      originalHeight = turned ? header.width : header.height;
    } else {
      const full = kind === 'heic' ? await decodeHeic(file, onSlowStep) : await createImageBitmap(file, { imageOrientation: 'from-image' });
      originalWidth = full.width;
      originalHeight = full.height;
      if (full.width * full.height > MAX_PIXELS) {
        full.close();
        assertPixelsWithinLimit(originalWidth, originalHeight);
      }
      working = await shrink(full, longSide);
    }
  } catch (error) {
    if (error instanceof FileProblemError) throw error;
    // A TIFF or a JPEG XL that this browser could not open is most likely whole: say what to do.
    throw new FileProblemError({ kind: kind === 'tiff' || kind === 'jxl' ? 'unopenable-picture' : 'damaged' });
  }

  const pixels = readPixels(working);
  const image: RgbaImage = { width: pixels.width, height: pixels.height, data: pixels.data };
  const notes: FileNote[] = [];
  if (header?.animated) notes.push('animated');
  let preview = working;
  if (flattenOnWhite(image)) {
    notes.push('transparent');
    working.close();
    preview = await createImageBitmap(pixels);
  }
  return { image, preview, originalWidth, originalHeight, notes };
}
