/**
 * Framing: the whole document, all four corners, inside the photo with a margin.
 * Value: the number of corners inside the photo (0–4).
 */
import { outlineConfidence, SIDE_NAMES, type DocumentOutline } from '../document.ts';
import { meanSides, sum, type Vec } from '../geometry.ts';
import { listInWords } from '../region.ts';
import { DOCUMENT_DETECTION, FRAMING } from '../thresholds.ts';
import type { Box, CornerName, PhotoCheckResult } from '../types.ts';

export const CORNER_NAMES: readonly CornerName[] = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

export interface CornerPlacement {
  name: CornerName;
  /** Outside the photo (or on a side that runs out of it). */
  outside: boolean;
  /** Inside, but closer to the border than the margin. */
  touching: boolean;
}

const FIX_MARGIN =
  'Hold the phone a little farther away, so that the whole document and a thin strip of the surface around it are in the photo.';
const FIX_UNCLEAR = `Lay the document on a plain surface that contrasts with it and keep your fingers off its edges. ${FIX_MARGIN}`;

/** Where each corner is relative to the photo's border. */
export function placeCorners(outline: DocumentOutline, width: number, height: number): CornerPlacement[] {
  const shortSide = Math.min(width, height);
  // Where the straight sides of a card with rounded corners meet lies beyond the card itself:
  // that point a hair outside the photo is a corner still in it.
  const outsideBy = Math.max(FRAMING.outsideShare * shortSide, FRAMING.roundedCornerShare * Math.min(...meanSides(outline.corners)));
  const margin = FRAMING.marginShare * shortSide;
  // Sides count as seen when backed by an edge along this share of their length (on average, for
  // the whole outline to be a document's).
  const seen = DOCUMENT_DETECTION.minMeanSideSupport;
  const documentLike = sum(outline.sideSupport) / 4 >= seen;
  return outline.corners.map((c: Vec, i) => {
    const onCutSide = outline.cutSides[i]! || outline.cutSides[(i + 3) % 4]!;
    const gap = Math.min(c.x, c.y, width - c.x, height - c.y);
    // On a document-like outline, a corner far beyond the border only because two sides were
    // extended there, one of them not seen (it ran along a hand or a shadow), is a guess: it is
    // not blamed. One within the margin beyond it is where a side half seen meets the border: it
    // touches.
    const guessed = documentLike && !onCutSide && gap < -margin && Math.min(outline.sideSupport[i]!, outline.sideSupport[(i + 3) % 4]!) < seen;
    // A corner seen whole (its sides up to it, the surface round its tip) is in the photo however
    // near the border: a scan cropped close to a card.
    const seenWhole = outline.cornerSeen[i]!;
    return { name: CORNER_NAMES[i]!, outside: !guessed && (onCutSide || gap < -outsideBy), touching: !guessed && !seenWhole && gap < margin };
  });
}

export function checkFraming(outline: DocumentOutline | null, width: number, height: number): PhotoCheckResult {
  const base = { id: 'framing', reasonId: 'photo.cut-off' } as const;
  if (!outline) {
    return {
      ...base,
      status: 'fail',
      value: 0,
      message: 'No document was found in this photo.',
      fix: 'Lay the document on a plain, darker surface and photograph it from straight above, so that it fills most of the photo with all four corners visible.',
    };
  }
  if (outline.fillsFrame) {
    return {
      ...base,
      status: 'warn',
      value: 0,
      // A document smaller than DOCUMENT_DETECTION.minAreaFraction of the photo is not looked for:
      // too close, too far and no document at all look alike here.
      message: "The document's edges can't be seen: it fills the whole photo, it is too small in it, or this is not a photo of a document.",
      fix: 'Hold the phone so that the document fills most of the photo, with a thin strip of the surface around every edge.',
    };
  }
  const corners = placeCorners(outline, width, height);
  const outside = corners.filter((c) => c.outside);
  const touching = corners.filter((c) => !c.outside && c.touching);
  const regions = [...outside, ...touching].map((c) => cornerBox(outline.corners[CORNER_NAMES.indexOf(c.name)]!, width, height));
  const value = 4 - outside.length;
  if (outline.areaFraction >= FRAMING.flushAreaShare && (outside.length > 0 || touching.length > 0)) {
    // The document fills the photo right up to its border: a scan cropped to the card, or a
    // photo taken too close. Which one cannot be told from the pixels, so this is a warning.
    return {
      ...base,
      status: 'warn',
      value,
      message: `The document fills the photo right up to its ${listInWords(borderNames(outline, corners))}: part of it may be cut off.`,
      fix: FIX_MARGIN,
      regions,
    };
  }
  // The outline may have followed a shadow, a hand or the table, or print on a page that fills
  // the photo (the same colour inside and outside it; only a scan's outline, which never has a
  // corner outside, goes unmeasured): say what was seen, not a verdict.
  if (
    outside.length > 0 &&
    (outlineConfidence(outline) < DOCUMENT_DETECTION.sureConfidence || outline.surfaceContrast! < FRAMING.minSurfaceContrast)
  ) {
    return {
      ...base,
      status: 'warn',
      value,
      message: `Not all four corners could be seen clearly: ${cornersNamed(outside).toLowerCase()} may be outside the photo.`,
      fix: FIX_UNCLEAR,
      regions,
    };
  }
  if (outside.length > 0) {
    const cutSides = SIDE_NAMES.filter((_, i) => outline.cutSides[i]);
    const what =
      cutSides.length > 0
        ? `The ${listInWords(cutSides)} ${cutSides.length === 1 ? 'edge' : 'edges'} of the document ${cutSides.length === 1 ? 'runs' : 'run'} out of the photo`
        : `${cornersNamed(outside)} ${outside.length === 1 ? 'is' : 'are'} outside the photo`;
    return { ...base, status: 'fail', value, message: `${what}.`, fix: FIX_MARGIN, regions };
  }
  if (touching.length > 0) {
    return {
      ...base,
      status: 'warn',
      value,
      message: `${cornersNamed(touching)} ${touching.length === 1 ? 'touches' : 'touch'} the edge of the photo.`,
      fix: FIX_MARGIN,
      regions,
    };
  }
  return { ...base, status: 'pass', value, message: 'The whole document is in the photo, with all four corners.', fix: '' };
}

/** "The top-left corner", "The top-left and bottom-left corners". */
function cornersNamed(corners: readonly CornerPlacement[]): string {
  return `The ${listInWords(corners.map((c) => c.name))} ${corners.length === 1 ? 'corner' : 'corners'}`;
}

/** The photo's borders that the document's cut sides or touching corners lie on ("edges", "top edge"…). */
function borderNames(outline: DocumentOutline, corners: readonly CornerPlacement[]): string[] {
  const sides = SIDE_NAMES.filter((_, i) => outline.cutSides[i]);
  const fromCorners = corners.filter((c) => c.outside || c.touching).flatMap((c) => c.name.split('-'));
  const names = [...new Set([...sides, ...fromCorners])];
  return names.length >= 4 ? ['edges'] : names.map((n) => `${n} edge`);
}

/** A small box around a corner, clipped to the photo, in fractions of its size. */
function cornerBox(corner: Vec, width: number, height: number): Box {
  const half = 0.06;
  const cx = Math.min(1, Math.max(0, corner.x / width));
  const cy = Math.min(1, Math.max(0, corner.y / height));
  const x = Math.max(0, cx - half);
  const y = Math.max(0, cy - half);
  return { x, y, width: Math.min(1, cx + half) - x, height: Math.min(1, cy + half) - y };
}
