/**
 * Evidence for a document's side along a line: per-channel gradients sampled across it. Shared by
 * the outline finder (document.ts) and the scan-frame finder (scan.ts).
 */
import { distance, distanceToLine, fitLine, lineThrough, type Line, type Vec } from './geometry.ts';
import type { Gradient } from './raster.ts';
import { DOCUMENT_DETECTION } from './thresholds.ts';

/**
 * Share of a side's middle 80 % inside the photo along which one colour channel steps across
 * it, within 1.5 px, always the same way (the document lighter than the surface, or darker):
 * a document's side is one continuous edge, while text or a hand's outline steps both ways.
 */
export function edgeSupport(a: Vec, b: Vec, gradients: readonly Gradient[]): number {
  // Per channel, samples with a step up and with a step down across the side.
  const steps = gradients.flatMap(() => [0, 0]);
  const inPhoto = alongSide(a, b, gradients, (across) => {
    gradients.forEach((_, c) => {
      let up = 0;
      let down = 0;
      for (let d = -1.5; d <= 1.5; d += 0.5) {
        const value = across(d, c);
        up = Math.max(up, value);
        down = Math.max(down, -value);
      }
      if (up >= DOCUMENT_DETECTION.sideEdgeStrength) steps[2 * c]!++;
      if (down >= DOCUMENT_DETECTION.sideEdgeStrength) steps[2 * c + 1]!++;
    });
  });
  return inPhoto >= 4 ? Math.max(...steps) / inPhoto : 0;
}

/**
 * Visits evenly spaced points of a side's middle 80 % that lie inside the photo (beyond the
 * border there is only its pixels repeated), giving the signed gradient of a channel across
 * the side at an offset from the point; returns how many points were visited.
 */
export function alongSide(
  a: Vec,
  b: Vec,
  gradients: readonly Gradient[],
  visit: (across: (offset: number, channel: number) => number, base: Vec, normal: Vec) => void,
): number {
  const { width, height } = gradients[0]!;
  const chord = lineThrough(a, b);
  const normal = { x: -chord.direction.y, y: chord.direction.x };
  const samples = Math.max(8, Math.min(96, Math.round(distance(a, b) / 3)));
  let inPhoto = 0;
  for (let k = 0; k < samples; k++) {
    const t = 0.1 + (0.8 * (k + 0.5)) / samples;
    const base = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    if (base.x < 1 || base.y < 1 || base.x > width - 1 || base.y > height - 1) continue;
    inPhoto++;
    visit(
      (d, c) => {
        const g = gradients[c]!;
        const x = base.x + d * normal.x;
        const y = base.y + d * normal.y;
        return sampleAt(g.dx, g, x, y) * normal.x + sampleAt(g.dy, g, x, y) * normal.y;
      },
      base,
      normal,
    );
  }
  return inPhoto;
}

/** Bilinear sample of a per-pixel array at a point (pixel i's value sits at its centre, i + 0.5). */
export function sampleAt(values: Float32Array, size: { width: number; height: number }, x: number, y: number): number {
  const fx = Math.min(size.width - 1, Math.max(0, x - 0.5));
  const fy = Math.min(size.height - 1, Math.max(0, y - 0.5));
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(size.width - 1, x0 + 1);
  const y1 = Math.min(size.height - 1, y0 + 1);
  const tx = fx - x0;
  const ty = fy - y0;
  const top = values[y0 * size.width + x0]! * (1 - tx) + values[y0 * size.width + x1]! * tx;
  const bottom = values[y1 * size.width + x0]! * (1 - tx) + values[y1 * size.width + x1]! * tx;
  return top * (1 - ty) + bottom * ty;
}

/** Euclidean distance between two RGB colours (levels). */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** A line through the gradient maxima found across the side's middle 80 % (inside the photo), outliers dropped. */
export function fitEdgeAlong(a: Vec, b: Vec, gradients: readonly Gradient[], reach: number): Line | null {
  const found: Vec[] = [];
  const inPhoto = alongSide(a, b, gradients, (signed, base, normal) => {
    // Only the gradient across the side counts (text strokes along it do not), in the channel
    // where it is strongest.
    const across = (d: number): number => Math.max(...gradients.map((_, c) => Math.abs(signed(d, c))));
    let best = 0;
    let bestOffset = 0;
    for (let d = -reach; d <= reach; d += 0.5) {
      const value = across(d);
      if (value > best) (best = value), (bestOffset = d);
    }
    // Sub-pixel: the vertex of the parabola through the peak and its neighbours.
    const before = across(bestOffset - 0.5);
    const after = across(bestOffset + 0.5);
    const curvature = before - 2 * best + after;
    if (curvature < 0) bestOffset += (0.5 * 0.5 * (before - after)) / curvature;
    if (best >= DOCUMENT_DETECTION.sideEdgeStrength) {
      found.push({ x: base.x + bestOffset * normal.x, y: base.y + bestOffset * normal.y });
    }
  });
  if (inPhoto < 4 || found.length < inPhoto / 2) return null;
  const first = fitLine(found);
  if (!first) return null;
  const inliers = found.filter((p) => distanceToLine(p, first) <= 1.5);
  return inliers.length >= inPhoto / 2 ? fitLine(inliers) : null;
}
