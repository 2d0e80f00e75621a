/**
 * A document cropped close to its edges: a flat scan, or a photo cropped to the card. Its
 * outline hugs the photo's border, where the outline finder (document.ts) sees no surface
 * around it, so it is looked for here, side by side:
 *  - a straight edge nearly parallel to the border, in a thin band along it, that parts two
 *    different colours (the document and the scanner's lid, or a passport page and the strip
 *    of the booklet beyond it);
 *  - or, where the document's side lies on the border itself, the rounded corners at both ends
 *    of it: the scanner's background shows in the photo's corners, outside the curve.
 * A crop inside the document (no edge and no corner of it in the photo) has neither.
 */
import { intersectLines, lineThrough, type Line, type Quad, type Vec } from './geometry.ts';
import type { Gradient, RgbPlanes } from './raster.ts';
import { alongSide, colourDistance, edgeSupport, fitEdgeAlong, sampleAt } from './side-edges.ts';
import { DOCUMENT_DETECTION, SCAN } from './thresholds.ts';

export interface ScanOutline {
  /** Corners in pixels of `planes`, clockwise from top-left. */
  corners: Quad;
  /** Per side: the share of its length backed by an edge; 1 for a side shown by its rounded corners. */
  support: [number, number, number, number];
}

/** The outline of a document cropped close to its edges, or null when a side of it can't be seen. */
export function findScanOutline(planes: RgbPlanes, gradients: readonly Gradient[]): ScanOutline | null {
  const { width, height } = planes.r;
  const shortSide = Math.min(width, height);
  const band = Math.max(SCAN.minDepth + 1, SCAN.bandShare * shortSide);
  const edges = [0, 1, 2, 3].map((side) => edgeNearBorder(side, band, planes, gradients));
  // A side not seen in the band lies on the border itself, or beyond it.
  const lines = edges.map((edge, side) => edge?.line ?? borderLine(side, 0, 0, width, height));
  const corners: Vec[] = [];
  for (let i = 0; i < 4; i++) {
    const corner = intersectLines(lines[(i + 3) % 4]!, lines[i]!);
    if (!corner) return null;
    corners.push(corner);
  }
  // …and it is on the border only when both its ends show the background outside a rounded
  // corner, the same background at every such corner (a scanner's lid, not a shadow here and
  // the table there).
  const tip = Math.max(1, SCAN.cornerTipShare * shortSide);
  const backgrounds: number[][] = [];
  for (let corner = 0; corner < 4; corner++) {
    if (edges[corner] && edges[(corner + 3) % 4]) continue;
    const colours = cornerColours(corners as Quad, corner, tip, planes);
    if (!colours || colourDistance(colours.tip, colours.inside) < DOCUMENT_DETECTION.minWholeSideContrast) return null;
    backgrounds.push(colours.tip);
  }
  if (backgrounds.some((a) => backgrounds.some((b) => colourDistance(a, b) > SCAN.backgroundTolerance))) return null;
  return { corners: corners as Quad, support: edges.map((edge) => edge?.support ?? 1) as ScanOutline['support'] };
}

/**
 * The line `depth` px in from border `side` (top, right, bottom, left), turned by `angle`
 * radians about the border's middle, directed clockwise round the photo.
 */
function borderLine(side: number, depth: number, angle: number, width: number, height: number): Line {
  const [point, along]: [Vec, Vec] = [
    [{ x: width / 2, y: depth }, { x: 1, y: 0 }],
    [{ x: width - depth, y: height / 2 }, { x: 0, y: 1 }],
    [{ x: width / 2, y: height - depth }, { x: -1, y: 0 }],
    [{ x: depth, y: height / 2 }, { x: 0, y: -1 }],
  ][side] as [Vec, Vec];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { point, direction: { x: along.x * cos - along.y * sin, y: along.x * sin + along.y * cos } };
}

/**
 * The best-backed straight edge within `band` px of a border, nearly parallel to it, with a
 * different colour on either side of it; null when there is none.
 */
function edgeNearBorder(
  side: number,
  band: number,
  planes: RgbPlanes,
  gradients: readonly Gradient[],
): { line: Line; support: number } | null {
  const { width, height } = planes.r;
  const length = side % 2 === 0 ? width : height;
  const ends = (depth: number, angle: number): [Vec, Vec] => {
    const line = borderLine(side, depth, angle, width, height);
    const half = { x: (line.direction.x * length) / 2, y: (line.direction.y * length) / 2 };
    return [
      { x: line.point.x - half.x, y: line.point.y - half.y },
      { x: line.point.x + half.x, y: line.point.y + half.y },
    ];
  };
  // Square to the border first: a side turned a degree or two still backs a share of that line,
  // and only depths where some edge runs along the border are tried at every turn.
  const depths: number[] = [];
  for (let depth = SCAN.minDepth; depth <= band; depth += 0.5) {
    if (edgeSupport(...ends(depth, 0), gradients) >= SCAN.minSupport / 3) depths.push(depth);
  }
  let best: { line: Line; support: number } | null = null;
  for (const depth of depths) {
    for (let step = -SCAN.angleSteps; step <= SCAN.angleSteps; step++) {
      const [a, b] = ends(depth, step * SCAN.angleStep);
      // The whole side inside the photo, from border to border: one that leaves it may be a
      // document running out of the photo, and is backed only where it is inside anyway.
      if (Math.min(depthFrom(side, a, width, height), depthFrom(side, b, width, height)) < 1) continue;
      const backed = edgeSupport(a, b, gradients);
      if (backed < SCAN.minSupport || (best && backed <= best.support)) continue;
      if (contrastAcross(a, b, depth, planes, gradients) < DOCUMENT_DETECTION.minWholeSideContrast) continue;
      best = { line: lineThrough(a, b), support: backed };
    }
  }
  if (!best) return null;
  // Any line within a pixel or so of the edge is backed by it: put it on the edge itself.
  const { point, direction } = best.line;
  const refined = fitEdgeAlong(point, { x: point.x + direction.x * length, y: point.y + direction.y * length }, gradients, 2);
  return refined ? { line: refined, support: best.support } : best;
}


/**
 * Colour difference between the strip beyond a line (from it to the border, `depth` px away)
 * and as wide a strip just inside it (at least 3 px), by their median colours: a document's
 * edge parts it from what lies beyond; a line printed on the document has the same paper on
 * both sides, and a thin line near it does not move a median.
 */
function contrastAcross(a: Vec, b: Vec, depth: number, planes: RgbPlanes, gradients: readonly Gradient[]): number {
  const channels = [planes.r, planes.g, planes.b];
  const beyond: number[][] = [[], [], []];
  const inside: number[][] = [[], [], []];
  const add = (strip: number[][], x: number, y: number): void =>
    channels.forEach((plane, c) => strip[c]!.push(sampleAt(plane.data, plane, x, y)));
  // alongSide's normal is the direction turned left: for a clockwise line that points into the photo.
  alongSide(a, b, gradients, (_, base, normal) => {
    for (let d = 0.75; d <= Math.max(0.75, depth - 0.5); d += 0.5) add(beyond, base.x - d * normal.x, base.y - d * normal.y);
    for (let d = 1.5; d <= 1.5 + Math.max(3, depth); d += 0.5) add(inside, base.x + d * normal.x, base.y + d * normal.y);
  });
  if (!beyond[0]!.length || !inside[0]!.length) return 0;
  return colourDistance(beyond.map(median), inside.map(median));
}

function median(values: number[]): number {
  const sorted = values.sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** How far a point lies in from border `side` (top, right, bottom, left), in px. */
function depthFrom(side: number, p: Vec, width: number, height: number): number {
  return [p.y, width - p.x, height - p.y, p.x][side]!;
}


/**
 * Mean colours of the tip of an outline's corner `i` (within `tip` px of it along the diagonal)
 * and of the document farther in along the diagonal; null where they fall outside the photo. A
 * tip unlike the document is the background outside a rounded corner.
 */
export function cornerColours(corners: Quad, i: number, tip: number, planes: RgbPlanes): { tip: number[]; inside: number[] } | null {
  const corner = corners[i]!;
  // Unit vectors along the two sides, away from the corner.
  const along = lineThrough(corner, corners[(i + 1) % 4]!).direction;
  const back = lineThrough(corner, corners[(i + 3) % 4]!).direction;
  const channels = [planes.r, planes.g, planes.b];
  const tipSum = [0, 0, 0, 0];
  const insideSum = [0, 0, 0, 0];
  const step = Math.min(1, tip / 4);
  // a, b: distances along the two sides into the document; the tip keeps a pixel off both
  // sides, so that a side placed a pixel out does not put the surface beyond it in the tip.
  for (let b = 1; b < 1 + 6 * tip; b += step) {
    for (let a = 1; a + b < 2 + 6 * tip; a += step) {
      const sum = a + b <= 2 + tip ? tipSum : a + b >= 2 + 4 * tip && Math.abs(a - b) <= 1.5 * tip ? insideSum : null;
      const x = corner.x + a * along.x + b * back.x;
      const y = corner.y + a * along.y + b * back.y;
      if (!sum || x < 0 || y < 0 || x >= planes.r.width || y >= planes.r.height) continue;
      channels.forEach((plane, c) => (sum[c]! += sampleAt(plane.data, plane, x, y)));
      sum[3]!++;
    }
  }
  if (!tipSum[3] || !insideSum[3]) return null;
  const mean = (s: number[]): number[] => s.slice(0, 3).map((v) => v / s[3]!);
  return { tip: mean(tipSum), inside: mean(insideSum) };
}
