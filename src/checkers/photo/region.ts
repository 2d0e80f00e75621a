/**
 * The part of the photo the checks judge: the document's quadrilateral clipped to the photo, or
 * the whole photo when no document was found. Also turns image positions into words relative to
 * the document ("the top-left of the document").
 */
import { convexPolygonMask, distanceToLine, scalePoints, sideLines, type Line, type Quad, type Vec } from './geometry.ts';
import { outlineConfidence, type DocumentOutline } from './document.ts';

export interface DocumentRegion {
  /** The region's corners in analysed-image pixels, clockwise from top-left. */
  corners: Quad;
  /** Its sides' lines (top, right, bottom, left), for document coordinates. */
  sides: Line[];
  /** True when this is the document, false when it is the whole photo. */
  isDocument: boolean;
  /** How sure its outline is (0..1, see outlineConfidence); 1 for the whole photo. */
  confidence: number;
}

export function documentRegion(outline: DocumentOutline | null, width: number, height: number): DocumentRegion {
  const photo: Quad = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const isDocument = !!outline && !outline.fillsFrame;
  const corners = isDocument ? outline.corners : photo;
  return {
    corners,
    sides: sideLines(corners),
    isDocument,
    confidence: isDocument ? outlineConfidence(outline) : 1,
  };
}

/** The region as a mask on a copy of the analysed image scaled by `scale` (0/1 per pixel). */
export function regionMask(region: DocumentRegion, scale: number, width: number, height: number): Uint8Array {
  return convexPolygonMask(scalePoints(region.corners, scale), width, height);
}

/**
 * Where a point of the analysed image lies on the document, as 0..1 across and down: its
 * distances to opposite sides, as shares of their sum. Exact for a document seen square on,
 * and within a few hundredths in a phone's perspective: enough to name a third of it.
 */
export function toDocumentCoordinates(region: DocumentRegion, point: Vec): Vec {
  const [top, right, bottom, left] = region.sides.map((side) => distanceToLine(point, side)) as [number, number, number, number];
  return { x: left / (left + right || 1), y: top / (top + bottom || 1) };
}

/** "top-left", "top", "centre", … for a point in document coordinates (thirds). */
export function areaName(p: Vec): string {
  const row = p.y < 1 / 3 ? 'top' : p.y > 2 / 3 ? 'bottom' : '';
  const column = p.x < 1 / 3 ? 'left' : p.x > 2 / 3 ? 'right' : '';
  if (row && column) return `${row}-${column}`;
  return row || column || 'centre';
}

/** "the top-left of the document" (or "of the photo" when no document was found). */
export function whereOn(region: DocumentRegion, point: Vec): string {
  return `the ${areaName(toDocumentCoordinates(region, point))} of the ${region.isDocument ? 'document' : 'photo'}`;
}

/** Joins phrases as "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
