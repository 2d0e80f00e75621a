/**
 * Plane geometry for the document outline: convex hull, the largest quadrilateral inside it,
 * line fitting, homographies and polygon rasterisation. Coordinates are pixels, y pointing down.
 */
import { uint8Array } from './scratch.ts';

export interface Vec {
  x: number;
  y: number;
}

/** A line through `point` along the unit vector `direction`. */
export interface Line {
  point: Vec;
  direction: Vec;
}

export type Quad = [Vec, Vec, Vec, Vec];

function cross(o: Vec, a: Vec, b: Vec): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull by Andrew's monotone chain, clockwise on screen (y down), without collinear points. */
export function convexHull(points: readonly Vec[]): Vec[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const lower: Vec[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Vec[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/** Area of a simple polygon (absolute value of the shoelace sum). */
export function polygonArea(polygon: readonly Vec[]): number {
  const next = (i: number) => polygon[(i + 1) % polygon.length]!;
  return Math.abs(sum(polygon.map((a, i) => a.x * next(i).y - next(i).x * a.y))) / 2;
}

function triangleArea(a: Vec, b: Vec, c: Vec): number {
  return Math.abs(cross(a, b, c)) / 2;
}

/**
 * The quadrilateral of largest area whose corners are vertices of a convex polygon: for each
 * diagonal (i, k) the best third and fourth corners are the farthest vertices on each side.
 * O(n²) with pointers that only move forward. Returns the corner indices in hull order.
 */
export function largestInscribedQuad(hull: readonly Vec[]): [number, number, number, number] | null {
  const n = hull.length;
  if (n < 4) return null;
  let best = -1;
  let result: [number, number, number, number] = [0, 1, 2, 3];
  const at = (i: number): Vec => hull[i % n]!;
  for (let i = 0; i < n; i++) {
    let j = i + 1;
    let l = i + 3;
    for (let k = i + 2; k < i + n - 1; k++) {
      if (j <= i) j = i + 1;
      while (j + 1 < k && triangleArea(at(i), at(j + 1), at(k)) >= triangleArea(at(i), at(j), at(k))) j++;
      if (l <= k) l = k + 1;
      while (l + 1 < i + n && triangleArea(at(k), at(l + 1), at(i)) >= triangleArea(at(k), at(l), at(i))) l++;
      const area = triangleArea(at(i), at(j), at(k)) + triangleArea(at(k), at(l), at(i));
      if (area > best) {
        best = area;
        result = [i, j % n, k % n, l % n];
      }
    }
  }
  return result;
}

/** The points' centroid and covariance (per point). */
export function spreadOf(points: readonly Vec[]): { mean: Vec; xx: number; xy: number; yy: number } {
  let mx = 0;
  let my = 0;
  for (const p of points) (mx += p.x), (my += p.y);
  mx /= points.length;
  my /= points.length;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (const p of points) {
    const dx = p.x - mx;
    const dy = p.y - my;
    (xx += dx * dx), (xy += dx * dy), (yy += dy * dy);
  }
  return { mean: { x: mx, y: my }, xx: xx / points.length, xy: xy / points.length, yy: yy / points.length };
}

/** Total-least-squares line through points (principal axis); null for fewer than two points. */
export function fitLine(points: readonly Vec[]): Line | null {
  if (points.length < 2) return null;
  const { mean, xx, xy, yy } = spreadOf(points);
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy);
  return { point: mean, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
}

/** Where two lines cross, or null when they are (nearly) parallel. */
export function intersectLines(a: Line, b: Line): Vec | null {
  const denominator = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
  if (Math.abs(denominator) < 1e-6) return null;
  const t = ((b.point.x - a.point.x) * b.direction.y - (b.point.y - a.point.y) * b.direction.x) / denominator;
  return { x: a.point.x + t * a.direction.x, y: a.point.y + t * a.direction.y };
}

/** Where each side line meets the one before it (clockwise quadrilateral), or null when two are parallel. */
export function cornersOf(lines: readonly Line[]): Quad | null {
  const corners = lines.map((line, i) => intersectLines(lines[(i + 3) % 4]!, line));
  return corners.every((c): c is Vec => c !== null) ? (corners as Quad) : null;
}

/** Distance from a point to a line. */
export function distanceToLine(p: Vec, line: Line): number {
  return Math.abs((p.x - line.point.x) * line.direction.y - (p.y - line.point.y) * line.direction.x);
}

export function distance(a: Vec, b: Vec): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Points on a copy of the image `sx` times as wide and `sy` times as tall. */
export function scalePoints<P extends readonly Vec[]>(points: P, sx: number, sy = sx): { [K in keyof P]: Vec } {
  return points.map((p) => ({ x: p.x * sx, y: p.y * sy })) as { [K in keyof P]: Vec };
}

/** The sum of some numbers. */
export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The line through two points, directed from the first to the second. */
export function lineThrough(a: Vec, b: Vec): Line {
  const length = distance(a, b) || 1;
  return { point: a, direction: { x: (b.x - a.x) / length, y: (b.y - a.y) / length } };
}

/** The lines along a polygon's sides, each from a corner to the next (clockwise corners: top, right, bottom, left). */
export function sideLines(corners: readonly Vec[]): Line[] {
  return corners.map((c, i) => lineThrough(c, corners[(i + 1) % corners.length]!));
}

/** A quadrilateral's size across and down: the mean lengths of its sides 0 and 2, and of 1 and 3. */
export function meanSides(q: Quad): [number, number] {
  const side = (i: number): number => distance(q[i]!, q[(i + 1) % 4]!) / 2;
  return [side(0) + side(2), side(1) + side(3)];
}

/**
 * Orders four corners clockwise on screen starting from the one nearest the top-left, so that
 * "top-left" means what the user sees in the photo.
 */
export function orderCorners(points: readonly Vec[]): Quad {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const clockwise = [...points].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  let start = 0;
  for (let i = 1; i < clockwise.length; i++) {
    if (clockwise[i]!.x + clockwise[i]!.y < clockwise[start]!.x + clockwise[start]!.y) start = i;
  }
  return [0, 1, 2, 3].map((i) => clockwise[(start + i) % 4]!) as Quad;
}

/** Pixels whose centres lie inside a convex polygon (clipped to the image), as a 0/1 mask. */
export function convexPolygonMask(polygon: readonly Vec[], width: number, height: number): Uint8Array {
  const mask = uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const cy = y + 0.5;
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i]!;
      const b = polygon[(i + 1) % polygon.length]!;
      if ((a.y <= cy && b.y > cy) || (b.y <= cy && a.y > cy)) {
        const x = a.x + ((cy - a.y) * (b.x - a.x)) / (b.y - a.y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    const from = Math.max(0, Math.ceil(left - 0.5));
    const to = Math.min(width - 1, Math.floor(right - 0.5));
    if (from <= to) mask.fill(1, y * width + from, y * width + to + 1);
  }
  return mask;
}
