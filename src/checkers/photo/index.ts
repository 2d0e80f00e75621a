/**
 * The photo checker: is this document photo likely to be rejected, and why, and where?
 * Pure TypeScript over an RGBA buffer; the worker and the island only wire it up.
 */
import type { CheckStatus, PhotoCheckId } from '../../protocol/messages.ts';
import { checkExposure, measureExposure } from './checks/exposure.ts';
import { checkFraming, placeCorners } from './checks/framing.ts';
import { checkGlare, findGlare } from './checks/glare.ts';
import { checkResolution, documentShortSide } from './checks/resolution.ts';
import { checkSharpness, measureDocumentBlur } from './checks/sharpness.ts';
import { detectDocument, outlineConfidence, type DocumentOutline } from './document.ts';
import { scalePoints } from './geometry.ts';
import { erode } from './mask.ts';
import { fitLongSide, lumaOf, shrinkRgb } from './raster.ts';
import { documentRegion, regionMask } from './region.ts';
import { withScratch } from './scratch.ts';
import type { DetectedDocument, PhotoAnalysis, PhotoAnalysisOptions, PhotoCheckResult, RgbaImage } from './types.ts';
import { assertValidInput } from './validate.ts';

export type * from './types.ts';

/**
 * Long side (px) the widget shrinks photos to before analysis. 1024 px keeps a card that fills
 * most of the frame at 500–700 px across, more than the sharpness check's 400 px working size,
 * so blur is judged on real detail; larger costs decode and analysis time for nothing.
 */
export const ANALYSIS_LONG_SIDE = 1024;

/** Long side (px) of the copy that glare and exposure are measured on: they are broad features. */
const TONE_LONG_SIDE = 256;

/** Reason ids (failure articles) the photo checker links to. */
export const photoReasonIds = ['photo.blur', 'photo.glare', 'photo.cut-off', 'photo.low-resolution', 'photo.lighting'] as const;

/** Order of the checks in the result, and of problems in the summary. */
const CHECK_ORDER: readonly PhotoCheckId[] = ['framing', 'resolution', 'sharpness', 'glare', 'exposure'];
const SEVERITY: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * Analyses a photo of an identity document. `image` is the photo with EXIF orientation applied,
 * shrunk so its long side is at most ANALYSIS_LONG_SIDE (larger works, only slower);
 * `options` gives the original file's size for the resolution check.
 * Throws a TypeError or RangeError naming the bad value for malformed input.
 */
export function analyzePhoto(image: RgbaImage, options: PhotoAnalysisOptions): PhotoAnalysis {
  assertValidInput(image, options);
  return analyzeDecodedPhoto(image, options);
}

/**
 * {@link analyzePhoto} without the input checks, for the worker: its images come from the
 * browser's decoder and its sizes from the file's header, valid by construction.
 */
export function analyzeDecodedPhoto(image: RgbaImage, options: PhotoAnalysisOptions): PhotoAnalysis {
  return withScratch(() => analyzeInScratch(image, options));
}

function analyzeInScratch(image: RgbaImage, options: PhotoAnalysisOptions): PhotoAnalysis {
  const { width, height } = image;
  const outline = detectDocument(image);
  const region = documentRegion(outline, width, height);

  const tone = fitLongSide(width, height, TONE_LONG_SIDE);
  const toneScale = tone.width / width;
  const toneLum = lumaOf(shrinkRgb(image, tone.width, tone.height));
  // One pixel in from the outline, so the surface around the document is never measured.
  const toneMask = erode({ ...tone, data: regionMask(region, toneScale, tone.width, tone.height) }, 1).data;

  const original = { width: options.originalWidth, height: options.originalHeight };
  const byId: Record<PhotoCheckId, PhotoCheckResult> = {
    framing: checkFraming(outline, width, height),
    resolution: checkResolution(documentShortSide(outline, image, original), region.isDocument),
    sharpness: checkSharpness(measureDocumentBlur(image, region)),
    glare: checkGlare(findGlare(toneLum, toneMask, documentShortSide(outline, image, tone), 1 / toneScale), region),
    exposure: checkExposure(measureExposure(toneLum, toneMask, region, 1 / toneScale), region),
  };
  const checks = CHECK_ORDER.map((id) => byId[id]);
  const verdict = checks.reduce<CheckStatus>((worst, c) => (SEVERITY[c.status] > SEVERITY[worst] ? c.status : worst), 'pass');
  return { verdict, checks, document: describeDocument(outline, width, height), summary: summarize(verdict, checks) };
}

function describeDocument(outline: DocumentOutline | null, width: number, height: number): DetectedDocument | null {
  if (!outline || outline.fillsFrame) return null;
  const corners = scalePoints(outline.corners, 1 / width, 1 / height);
  const missingCorners = placeCorners(outline, width, height)
    .filter((c) => c.outside || c.touching)
    .map((c) => c.name);
  return { corners, missingCorners, confidence: outlineConfidence(outline) };
}

/** One sentence for screen readers: the verdict, then each problem (failures first) with where it is. */
function summarize(verdict: CheckStatus, checks: readonly PhotoCheckResult[]): string {
  if (verdict === 'pass') return 'This photo looks good: no problems found.';
  const problems = checks
    .filter((c) => c.status !== 'pass')
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status])
    .map((c) => c.message.replace(/\.$/, ''));
  const lead = verdict === 'fail' ? 'This photo will probably be rejected' : 'This photo may be rejected';
  return `${lead}: ${problems.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join('; ')}.`;
}
