/**
 * Resolution: the document's short side in the original file's pixels (the photo's short side
 * when no document was found). Value: that length in px.
 */
import type { DocumentOutline } from '../document.ts';
import { meanSides, scalePoints } from '../geometry.ts';
import { RESOLUTION } from '../thresholds.ts';
import type { PhotoCheckResult } from '../types.ts';

/** The document's short side in original pixels: the mean of the shorter pair of opposite sides. */
export function documentShortSide(
  outline: DocumentOutline | null,
  analysed: { width: number; height: number },
  original: { width: number; height: number },
): number {
  if (!outline || outline.fillsFrame) return Math.min(original.width, original.height);
  return Math.min(...meanSides(scalePoints(outline.corners, original.width / analysed.width, original.height / analysed.height)));
}

export function checkResolution(shortSide: number, isDocument: boolean): PhotoCheckResult {
  const value = Math.round(shortSide);
  const subject = isDocument ? 'The document is' : 'The photo is';
  const base = {
    id: 'resolution',
    reasonId: 'photo.low-resolution',
    value,
    fix: "Move closer so the document fills most of the photo, use your phone's main camera at full resolution, and send the original photo, not a screenshot or a copy shrunk by a messaging app.",
  } as const;
  if (value < RESOLUTION.failBelow) {
    return {
      ...base,
      status: 'fail',
      message: `${subject} only about ${value} ${value === 1 ? 'pixel' : 'pixels'} across its short side: too few for the text to be read (at least ${RESOLUTION.passAtLeast} are needed).`,
    };
  }
  if (value < RESOLUTION.passAtLeast) {
    return {
      ...base,
      status: 'warn',
      message: `${subject} about ${value} pixels across its short side: small print may be hard to read (${RESOLUTION.passAtLeast} or more is safe).`,
    };
  }
  return { ...base, status: 'pass', message: `${subject} ${value} pixels across its short side: enough to read the text.`, fix: '' };
}
