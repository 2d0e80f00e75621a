/**
 * Straight edges by a Hough transform, and the quadrilaterals that four of them enclose: the
 * outline of a document whose edge no region or edge blob follows all the way round (a hand over
 * one side, a facing page joined to another, a surface as busy as the document).
 */
import { intersectLines, orderCorners, type Line, type Quad } from './geometry.ts';
import type { Gradient } from './raster.ts';
import { float32Array } from './scratch.ts';

/** Angle bins of the transform (over 180°), and how many on either side of its gradient's direction a pixel votes in. */
const ANGLE_BINS = 90;
const VOTE_SPREAD = 2;
/** Most a pixel's vote weighs, in multiples of the edge threshold. */
const MAX_WEIGHT = 4;
/** Peaks closer than this (angle bins, px) to a stronger one are the same edge. */
const SAME_ANGLE = 3;
const SAME_OFFSET = 4;
/** Opposite sides of a document differ in direction by at most this under perspective (radians)… */
const MAX_OPPOSITE_ANGLE = 0.45;
/** …and meet neighbouring sides at no less than this. */
const MIN_CORNER_ANGLE = 0.85;

/**
 * The `count` strongest straight edges among pixels whose gradient reaches `threshold`, each
 * pixel voting only for lines square to its gradient, and each with at least `minLength` votes
 * (as many pixels at the threshold).
 */
export function houghLines(gradient: Gradient, threshold: number, count: number, minLength: number): Line[] {
  const { width, height, dx, dy, magnitude } = gradient;
  const reach = Math.ceil(Math.hypot(width, height));
  const offsets = 2 * reach + 1;
  const votes = float32Array(ANGLE_BINS * offsets);
  const cosines = Float32Array.from({ length: ANGLE_BINS }, (_, k) => Math.cos((k * Math.PI) / ANGLE_BINS));
  const sines = Float32Array.from({ length: ANGLE_BINS }, (_, k) => Math.sin((k * Math.PI) / ANGLE_BINS));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (magnitude[i]! < threshold) continue;
      // Stronger steps weigh more (up to a cap): a document's edge against the surface is
      // usually a stronger step than a line of print on it.
      const weight = Math.min(MAX_WEIGHT, magnitude[i]! / threshold);
      const bin = Math.round(((Math.atan2(dy[i]!, dx[i]!) + Math.PI) * ANGLE_BINS) / Math.PI);
      for (let s = -VOTE_SPREAD; s <= VOTE_SPREAD; s++) {
        const k = (((bin + s) % ANGLE_BINS) + ANGLE_BINS) % ANGLE_BINS;
        const offset = Math.round((x + 0.5) * cosines[k]! + (y + 0.5) * sines[k]!) + reach;
        votes[k * offsets + offset]! += weight;
      }
    }
  }
  const lines: Line[] = [];
  while (lines.length < count) {
    let best = 0;
    for (let j = 1; j < votes.length; j++) if (votes[j]! > votes[best]!) best = j;
    if (votes[best]! < minLength) break;
    const k = Math.floor(best / offsets);
    const rho = (best % offsets) - reach;
    lines.push({ point: { x: rho * cosines[k]!, y: rho * sines[k]! }, direction: { x: -sines[k]!, y: cosines[k]! } });
    for (let a = -SAME_ANGLE; a <= SAME_ANGLE; a++) {
      // Across 0°/180° the same line has the opposite offset.
      const wrapped = k + a;
      const kk = (wrapped + ANGLE_BINS) % ANGLE_BINS;
      const centre = wrapped === kk ? rho : -rho;
      for (let o = centre - SAME_OFFSET; o <= centre + SAME_OFFSET; o++) {
        if (Math.abs(o) <= reach) votes[kk * offsets + o + reach] = 0;
      }
    }
  }
  return lines;
}

/**
 * Every quadrilateral made of two pairs of nearly parallel lines that cross at angles a camera
 * could give, its corners clockwise from top-left.
 */
export function lineQuads(lines: readonly Line[]): Quad[] {
  const angleBetween = (a: Line, b: Line): number => Math.acos(Math.min(1, Math.abs(a.direction.x * b.direction.x + a.direction.y * b.direction.y)));
  const pairs: [Line, Line][] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      if (angleBetween(lines[i]!, lines[j]!) <= MAX_OPPOSITE_ANGLE) pairs.push([lines[i]!, lines[j]!]);
    }
  }
  const quads: Quad[] = [];
  for (let p = 0; p < pairs.length; p++) {
    for (let q = p + 1; q < pairs.length; q++) {
      const [a, b] = pairs[p]!;
      const [c, d] = pairs[q]!;
      if (Math.min(angleBetween(a, c), angleBetween(a, d), angleBetween(b, c), angleBetween(b, d)) < MIN_CORNER_ANGLE) continue;
      const corners = [intersectLines(a, c), intersectLines(c, b), intersectLines(b, d), intersectLines(d, a)];
      if (corners.every((v) => v !== null)) quads.push(orderCorners(corners));
    }
  }
  return quads;
}
