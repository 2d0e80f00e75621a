/**
 * Messages between the photo-check island and its worker. Internal to this site (the embed
 * API is in `src/protocol/`): the island sends a file, the worker answers with an analysis or
 * with the problem that stopped it.
 */
import type { PhotoAnalysis } from '../checkers/photo/types.ts';
import type { PhotoErrorCode } from '../protocol/messages.ts';
import type { FileNote } from './photo-file/file-problems.ts';

/** Island → worker: check this file. */
export interface PhotoCheckRequest {
  /** Pairs the answer with its request. */
  id: number;
  file: Blob;
}

/** Worker → island: the file was analysed. */
export interface PhotoCheckDone {
  id: number;
  kind: 'result';
  analysis: PhotoAnalysis;
  notes: FileNote[];
  /** The analysed picture, for the preview (transferred; the island closes it). */
  preview: ImageBitmap;
  /** Size of the original picture as displayed. */
  original: { width: number; height: number };
  timings: { decodeMs: number; analysisMs: number };
}

/** Worker → island: the file could not be analysed. */
export interface PhotoCheckFailed {
  id: number;
  kind: 'error';
  code: PhotoErrorCode;
  /** What went wrong and what to do, in plain words. */
  message: string;
}

/** Worker → island: a slow step has started (the island says so while it waits). */
export interface PhotoCheckProgress {
  id: number;
  kind: 'progress';
  /** Converting an iPhone photo with the on-device HEIC decoder (seconds, not milliseconds). */
  step: 'converting-heic';
}

/** The final answer to a request. */
export type PhotoCheckReply = PhotoCheckDone | PhotoCheckFailed;

export type PhotoCheckMessage = PhotoCheckReply | PhotoCheckProgress;
