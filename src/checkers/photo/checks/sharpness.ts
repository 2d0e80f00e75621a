/**
 * Sharpness: focus and motion blur of the document, measured at a scale relative to the document.
 *
 * Method (re-blur ratio, after Zhuo & Sim 2011): at an edge blurred by a Gaussian of σ, the
 * gradient peak is A / (√(2π) σ); blurring again by σr lowers it to A / (√(2π) √(σ² + σr²)).
 * The ratio R of the two peaks gives σ = σr / √(R² − 1), whatever the edge's contrast A, so
 * faint and bold print give the same answer and a blank area (no edges) gives none. Edge points
 * are gradient maxima on the document; the blur is the median σ of the worst of four gradient
 * directions, so motion blur (which smears one direction only) is caught too.
 * Value: the blur in px at the working scale (lower is sharper).
 */
import { meanSides, sum } from '../geometry.ts';
import { dilate } from '../mask.ts';
import { gaussianBlur, levelBin, lumaOf, percentileOf, shrinkRgb, sobel, type GrayImage } from '../raster.ts';
import { regionMask, type DocumentRegion } from '../region.ts';
import { float32Array } from '../scratch.ts';
import { SHARPNESS } from '../thresholds.ts';
import type { PhotoCheckResult, RgbaImage } from '../types.ts';

/** Gradients weaker than this (levels per px) are noise, even in a dim photo. */
const MIN_EDGE_STRENGTH = 1.5;
/** A direction is judged only with at least this many edge points. */
const MIN_DIRECTION_POINTS = 12;
/** Half-length (px) of the profile that must be a single step, and the share of its range the step must span. */
const STEP_REACH = 6;
const STEP_SHARE = 0.75;
/** Blur measurements are binned in steps of SIGMA_STEP px up to MAX_SIGMA. */
const SIGMA_STEP = 0.05;
const MAX_SIGMA = 10;
const SIGMA_BINS = MAX_SIGMA / SIGMA_STEP + 1;

export interface BlurEstimate {
  /** Blur σ (px) in the worst direction; NaN when there were too few edges to judge. */
  sigma: number;
  /** Worst-direction σ over best-direction σ (1 = the same blur in every direction). */
  anisotropy: number;
  /** Number of edge points measured. */
  edgePoints: number;
}

/** Blur of the masked part of a grayscale image (see the module comment). */
export function estimateBlur(image: GrayImage, mask: Uint8Array): BlurEstimate {
  const { width } = image;
  // Both gradients are taken after some blur (σ0, then σ1): measuring against the raw pixels
  // would let sensor noise, which the first blur removes, pass for sharpness.
  const smoothed = gaussianBlur(image, SHARPNESS.measureSigmas[0]);
  const sharp = sobel(smoothed);
  const reblurred = sobel(gaussianBlur(image, SHARPNESS.measureSigmas[1]));
  // Each gradient direction gets its own strength threshold: under motion blur one direction's
  // edges are all weak, and a common threshold would leave it unmeasured.
  const binOf = (i: number): number => directionBin(sharp.dx[i]!, sharp.dy[i]!);
  const strengths = [0, 1, 2, 3].map(() => new Uint32Array(256));
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) strengths[binOf(i)]![levelBin(sharp.magnitude[i]!)]! += 1;
  }
  const thresholds = strengths.map((bins) => Math.max(MIN_EDGE_STRENGTH, SHARPNESS.edgeShareOfStrong * (percentileOf(bins, 0.99) || 0)));
  // Per gradient direction, a histogram of σ in steps of SIGMA_STEP px.
  const byDirection = [0, 1, 2, 3].map(() => new Uint32Array(SIGMA_BINS));
  for (let i = 0; i < mask.length; i++) {
    const m = sharp.magnitude[i]!;
    if (!mask[i] || m < MIN_EDGE_STRENGTH) continue;
    const bin = binOf(i);
    if (m < thresholds[bin]!) continue;
    // Non-maximum suppression along the gradient: only the crest of an edge is measured.
    const step = [1, width + 1, width, width - 1][bin]!;
    if (sharp.magnitude[i - step]! > m || sharp.magnitude[i + step]! > m) continue;
    if (!isIsolatedStep(smoothed, i, sharp.dx[i]! / m, sharp.dy[i]! / m)) continue;
    const ratio = m / Math.max(1e-6, reblurred.magnitude[i]!);
    // R² = (σ² + σ1²) / (σ² + σ0²), solved for σ².
    const [s0, s1] = SHARPNESS.measureSigmas;
    const variance = ratio > 1.0001 ? (s1 * s1 - ratio * ratio * s0 * s0) / (ratio * ratio - 1) : MAX_SIGMA ** 2;
    const sigma = Math.sqrt(Math.max(0, Math.min(MAX_SIGMA ** 2, variance)));
    byDirection[bin]![Math.min(SIGMA_BINS - 1, Math.round(sigma / SIGMA_STEP))]! += 1;
  }
  const counts = byDirection.map(sum);
  const edgePoints = sum(counts);
  if (edgePoints < SHARPNESS.minEdgePoints) return { sigma: Number.NaN, anisotropy: 1, edgePoints };
  const medians = byDirection
    .filter((_, d) => counts[d]! >= MIN_DIRECTION_POINTS)
    .map((bins) => percentileOf(bins, 0.5) * SIGMA_STEP);
  const worst = Math.max(...medians);
  const best = Math.min(...medians);
  return { sigma: worst, anisotropy: worst / Math.max(0.3, best), edgePoints };
}

/** tan(22.5°): the boundary between a horizontal (or vertical) and a diagonal gradient. */
const TAN_22_5 = Math.SQRT2 - 1;

/** Gradient direction in four bins: 0 horizontal, 1 down-right diagonal, 2 vertical, 3 down-left diagonal. */
function directionBin(dx: number, dy: number): number {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (ay <= TAN_22_5 * ax) return 0;
  if (ax <= TAN_22_5 * ay) return 2;
  return dx * dy > 0 ? 1 : 3;
}

/**
 * Whether the brightness profile across an edge is a single step over ±STEP_REACH px: it rises
 * (or falls) by most of its range from one end to the other. Thin strokes (up and down again)
 * and dense print (up and down repeatedly) are not: their neighbours' blur would make the
 * re-blur ratio read sharper than the photo is.
 */
function isIsolatedStep(image: GrayImage, i: number, ux: number, uy: number): boolean {
  const { width, height, data } = image;
  const x0 = i % width;
  const y0 = (i - x0) / width;
  const profile: number[] = [];
  for (let d = -STEP_REACH; d <= STEP_REACH; d++) {
    const x = Math.round(x0 + d * ux);
    const y = Math.round(y0 + d * uy);
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    profile.push(data[y * width + x]!);
  }
  return Math.abs(profile[2 * STEP_REACH]! - profile[0]!) >= STEP_SHARE * (Math.max(...profile) - Math.min(...profile));
}

/**
 * Blur relative to the document: a larger document is shrunk to the working size before
 * measuring, and a smaller one's blur is scaled up to it (0.9 px on a 150 px card smears its
 * print as much as 2.4 px on a 400 px one).
 */
export function measureDocumentBlur(image: RgbaImage, region: DocumentRegion): BlurEstimate {
  const c = region.corners;
  const shortSide = Math.min(...meanSides(c));
  const none = { sigma: Number.NaN, anisotropy: 1, edgePoints: 0 };
  if (shortSide < SHARPNESS.minShortSide) return none;
  const factor = Math.max(1, shortSide / SHARPNESS.workingShortSide);
  const working = lumaOf(shrinkRgb(image, image.width / factor, image.height / factor));
  const scale = working.width / image.width;
  // Grown by 2 px so the document's own outline, a clean step at the document's focus, counts.
  const mask = dilate({ width: working.width, height: working.height, data: regionMask(region, scale, working.width, working.height) }, 2);
  // Only the document's bounding box (and a margin for the blurs) is measured.
  const margin = 8;
  const xs = c.map((p) => p.x * scale);
  const ys = c.map((p) => p.y * scale);
  const left = Math.max(0, Math.floor(Math.min(...xs)) - margin);
  const top = Math.max(0, Math.floor(Math.min(...ys)) - margin);
  const right = Math.min(working.width, Math.ceil(Math.max(...xs)) + margin);
  const bottom = Math.min(working.height, Math.ceil(Math.max(...ys)) + margin);
  if (right - left < 3 || bottom - top < 3) return none;
  const crop = (values: Float32Array | Uint8Array): Float32Array => {
    const out = float32Array((right - left) * (bottom - top));
    for (let y = top; y < bottom; y++) out.set(values.subarray(y * working.width + left, y * working.width + right), (y - top) * (right - left));
    return out;
  };
  const blur = estimateBlur({ width: right - left, height: bottom - top, data: crop(working.data) }, Uint8Array.from(crop(mask.data)));
  return { ...blur, sigma: (blur.sigma * SHARPNESS.workingShortSide) / Math.min(shortSide, SHARPNESS.workingShortSide) };
}

export function checkSharpness(blur: BlurEstimate): PhotoCheckResult {
  const base = {
    id: 'sharpness',
    reasonId: 'photo.blur',
    fix: 'Hold the phone steady (rest your elbows on the table), tap the document on the screen to focus, wait a moment, and take the photo in good light so the shutter is fast.',
  } as const;
  if (Number.isNaN(blur.sigma)) {
    return { ...base, status: 'pass', message: 'There is too little detail on the document to judge its sharpness.', fix: '' };
  }
  const value = Math.round(blur.sigma * 10) / 10;
  const motion = blur.anisotropy >= SHARPNESS.motionAnisotropy;
  const kind = motion ? 'smeared by movement' : 'out of focus';
  if (blur.sigma >= SHARPNESS.failAtLeast) {
    return { ...base, status: 'fail', value, message: `The document is blurred (${kind}): its text can't be read reliably.` };
  }
  if (blur.sigma >= SHARPNESS.passBelow) {
    return { ...base, status: 'warn', value, message: `The document is slightly blurred (${kind}): small print may be hard to read.` };
  }
  return { ...base, status: 'pass', value, message: 'The document is sharp.', fix: '' };
}
