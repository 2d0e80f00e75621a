/**
 * The words the user sees for each problem that stops a file from being checked: the island
 * and the embed message API show the same text. A chunk of its own, loaded by the worker only
 * when a file can't be checked: most visitors never need it.
 */
import type { PhotoErrorCode } from '../../protocol/messages.ts';
import { CHECKER_FAULT, type FileProblem } from './file-problems.ts';
import { MAX_FILE_BYTES, MAX_PIXELS } from './limits.ts';

type ProblemKind = FileProblem['kind'];
type ProblemOf<K extends ProblemKind> = Extract<FileProblem, { kind: K }>;

const TAKE_A_PHOTO = 'Take a photo of your document with your phone’s camera and choose that photo.';
const HOW_TO_GET_A_JPEG =
  'To get a JPEG on an iPhone: open Settings → Camera → Formats, choose “Most Compatible”, and take the photo again. ' +
  'For a photo you already have: open it in the Files app, touch and hold it, and choose Quick Actions → Convert Image → JPEG. ' +
  'On a Mac: open it in Preview and choose File → Export → JPEG.';

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

function megapixels(pixels: number): string {
  return `${Math.round(pixels / 1_000_000)} megapixels`;
}

/** The checker's own fault (`internal`) is {@link CHECKER_FAULT}. */
const PROBLEMS: { [K in Exclude<ProblemKind, 'internal'>]: { code: PhotoErrorCode; message: (problem: ProblemOf<K>) => string } } = {
  empty: {
    code: 'not-an-image',
    message: () => `This file is empty (0 bytes), so there is no photo in it. It may not have finished copying. ${TAKE_A_PHOTO}`,
  },
  text: {
    code: 'not-an-image',
    message: () => `This file contains text, not a picture, whatever its name says. ${TAKE_A_PHOTO}`,
  },
  'not-an-image': {
    code: 'not-an-image',
    message: () => `This file is not a picture. Choose a photo (JPEG, PNG, HEIC or WebP) of your document.`,
  },
  pdf: {
    code: 'unsupported-format',
    message: () =>
      'This is a PDF, and the checker (like the identity check itself) needs a photo. ' +
      `${TAKE_A_PHOTO} If you only have a scan, export it as a JPEG (in most PDF viewers: File → Export → JPEG) and choose that.`,
  },
  svg: {
    code: 'unsupported-format',
    message: () => `This is an SVG drawing, not a photo. ${TAKE_A_PHOTO}`,
  },
  'unopenable-picture': {
    code: 'unsupported-format',
    message: () =>
      `This browser can’t open TIFF, camera RAW or JPEG XL pictures. Save it as a JPEG and choose that, or ${TAKE_A_PHOTO.toLowerCase()}`,
  },
  'heic-undecodable': {
    code: 'unsupported-format',
    message: () => `This iPhone photo (HEIC) could not be opened in this browser. ${HOW_TO_GET_A_JPEG}`,
  },
  'too-many-bytes': {
    code: 'too-large',
    message: ({ bytes }) =>
      `This file is ${megabytes(bytes)}; the checker takes files up to ${megabytes(MAX_FILE_BYTES)}. ` +
      'Take the photo with your camera’s normal settings (not RAW or the largest size), or choose a smaller copy.',
  },
  'too-many-pixels': {
    code: 'too-large',
    message: ({ width, height }) =>
      `This picture is ${width} × ${height} pixels (${megapixels(width * height)}); the checker takes up to ${megapixels(MAX_PIXELS)}. ` +
      'Take the photo in your camera’s normal mode (12 megapixels is plenty), or choose a smaller copy.',
  },
  damaged: {
    code: 'decode-failed',
    message: () =>
      'This picture could not be read: the file looks damaged or incomplete (perhaps it did not finish copying or downloading). ' +
      'Take the photo again, or copy it to this device again.',
  },
};

/** The protocol error code and the user's message for a problem. */
export function describeProblem(problem: FileProblem): { code: PhotoErrorCode; message: string } {
  if (problem.kind === 'internal') return CHECKER_FAULT;
  const entry = PROBLEMS[problem.kind] as { code: PhotoErrorCode; message: (problem: FileProblem) => string };
  return { code: entry.code, message: entry.message(problem) };
}

