/**
 * Why a file could not be checked, and remarks about one that could. The words for each problem
 * are in `problem-messages.ts`, which the worker loads only when a file can't be checked.
 */
import type { PhotoErrorCode } from '../../protocol/messages.ts';

/** Everything that stops a file from being checked. */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'text' }
  | { kind: 'not-an-image' }
  | { kind: 'pdf' }
  | { kind: 'svg' }
  /** A picture in a format this browser cannot decode (TIFF, camera RAW, JPEG XL). */
  | { kind: 'unopenable-picture' }
  | { kind: 'heic-undecodable' }
  | { kind: 'too-many-bytes'; bytes: number }
  | { kind: 'too-many-pixels'; width: number; height: number }
  | { kind: 'damaged' }
  /** A fault of the checker itself, not of the file. */
  | { kind: 'internal' };

/**
 * What the user sees when the checker itself failed (the worker crashed or could not start).
 * Also shown when the words for a problem could not be loaded.
 */
export const CHECKER_FAULT: { code: PhotoErrorCode; message: string } = {
  code: 'decode-failed',
  message: 'Something went wrong while checking this photo. Try again, or try another photo.',
};

/** Thrown while reading a file; carries the problem to show. */
export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`The photo file could not be checked: ${problem.kind}`);
    this.name = 'FileProblemError';
  }
}

/** Remarks about a file that could be checked, shown beside the result. */
export type FileNote = 'animated' | 'transparent';

export const FILE_NOTES: Record<FileNote, string> = {
  animated: 'This picture is animated: its first frame was checked.',
  transparent:
    'This picture has a transparent background, so it was checked on white. The identity check wants an unedited photo of the real document.',
};
