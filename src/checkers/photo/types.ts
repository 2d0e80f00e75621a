/**
 * The photo checker's data model: plain pixel buffers in, plain results out.
 * No DOM, no React: the worker and the island only wire these up.
 */
import type { CheckStatus, PhotoCheckId, Verdict } from '../../protocol/messages.ts';

/** An RGBA image, 4 bytes a pixel, row by row (the layout of `ImageData`). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A point in the analysed image, in fractions of its width and height (0..1). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box in fractions of the image's width and height (0..1). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The document's corners, clockwise from top-left. */
export type CornerName = 'top-left' | 'top-right' | 'bottom-right' | 'bottom-left';

export interface PhotoAnalysisOptions {
  /** Width of the original file in pixels, before any downscaling for analysis. */
  originalWidth: number;
  /** Height of the original file in pixels, before any downscaling for analysis. */
  originalHeight: number;
}

/** One check's outcome, pointing at where the problem is. */
export interface PhotoCheckResult {
  id: PhotoCheckId;
  status: CheckStatus;
  /** The measured figure behind the status; its unit is documented per check. */
  value?: number;
  /** What was found, in plain words, including where ("glare over the top-left of the card"). */
  message: string;
  /** What to do about it. */
  fix: string;
  /** Id of the failure article that explains this problem, e.g. `photo.glare`. */
  reasonId: string;
  /** Regions of the image the check is about (glare blobs, a dark area), for the overlay. */
  regions?: Box[];
}

export interface DetectedDocument {
  /** Corners clockwise from top-left; points may lie outside 0..1 when a corner is cut off. */
  corners: [Point, Point, Point, Point];
  /** Corners that are outside the photo or too close to its border. */
  missingCorners: CornerName[];
  /**
   * How sure the outline is (0..1): the evidence for its weakest side (share of a visible side
   * backed by an edge; 1 or 0 for a side running out of the photo, seen or not).
   */
  confidence?: number;
}

export interface PhotoAnalysis {
  /** Worst status of the checks. */
  verdict: Verdict;
  checks: PhotoCheckResult[];
  /** The document found in the photo, or null when none could be found. */
  document: DetectedDocument | null;
  /** One sentence for screen readers that says what is wrong and where. */
  summary: string;
}
