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
  // A line of print near the border can pass for a side: then the corners beside it show the
  // document, and the photo's own corners are looked at instead.
  return scanOutlineOf(edges, planes) ?? (edges.some(Boolean) ? scanOutlineOf([null, null, null, null], planes) : null);
}

/** The outline with these sides (null: the side lies on the border), if its corners bear it out. */
function scanOutlineOf(edges: ({ line: Line; support: number } | null)[], planes: RgbPlanes): ScanOutline | null {
  const { width, height } = planes.r;
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
  const tip = Math.max(1, SCAN.cornerTipShare * Math.min(width, height));
  const tips: CornerColours[] = [];
  for (let corner = 0; corner < 4; corner++) {
    const seen = [edges[corner], edges[(corner + 3) % 4]];
    if (seen.every(Boolean)) continue;
    const colours = cornerColours(corners as Quad, corner, tip, planes);
    if (!colours) return null;
    // Beside a side seen in the photo, the tip must also differ from itself moved farther along
    // that side: a page cut square by the border, that side placed a pixel or two off its ends,
    // shows the surface in both alike.
    if (colours.farther.some((band, side) => band && seen[side] && looksLikeSurface(band, colours))) return null;
    tips.push(colours);
  }
  // A tip only faintly unlike the card (a white card on a white lid: at least half the contrast
  // asked of a clear one) shows the lid too when its colour is nearer the lid's, seen clearly at
  // another corner, than the card's beside it.
  const clear = tips.filter(tipShowsSurface);
  const faint = (t: CornerColours): boolean => {
    const fromCard = colourDistance(t.tip, t.inside);
    return 2 * fromCard >= DOCUMENT_DETECTION.minWholeSideContrast && clear.some((c) => colourDistance(t.tip, c.tip) < fromCard);
  };
  if (tips.some((t) => !clear.includes(t) && !faint(t))) return null;
  if (tips.some((a) => tips.some((b) => colourDistance(a.tip, b.tip) > Math.max(SCAN.backgroundTolerance, SCAN.backgroundShading * Math.max(...a.tip))))) return null;
  return { corners: corners as Quad, support: edges.map((edge) => edge?.support ?? 1) as ScanOutline['support'] };
}

/** Whether `colour` is at least twice as near the surface round a corner (its tip's, or beyond its sides) as the document's. */
function looksLikeSurface(colour: readonly number[], { tip, inside, beyond }: CornerColours): boolean {
  const fromSurface = Math.min(colourDistance(colour, tip), beyond ? colourDistance(colour, beyond) : Infinity);
  return 2 * fromSurface < colourDistance(colour, inside);
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


/** Median colours near an outline's corner (see cornerColours). */
export interface CornerColours {
  /** The tip just inside the corner. */
  tip: number[];
  /** The document farther in along the diagonal. */
  inside: number[];
  /** The surface just beyond the two sides, near the corner; null where that is outside the photo. */
  beyond: number[] | null;
  /**
   * The tip moved along each side (side i, then side i − 1) beyond where a rounded corner
   * reaches: the document there, whereas the tip of a rounded corner shows the surface. Null
   * where outside the photo.
   */
  farther: [number[] | null, number[] | null];
}

/**
 * Median colours round an outline's corner `i`: its tip (within `tip` px of it along the
 * diagonal), the document farther in, and the surface just beyond its sides; null where the tip
 * or the document there fall outside the photo.
 */
export function cornerColours(corners: Quad, i: number, tip: number, planes: RgbPlanes): CornerColours | null {
  const corner = corners[i]!;
  // Unit vectors along the two sides, away from the corner.
  const along = lineThrough(corner, corners[(i + 1) % 4]!).direction;
  const back = lineThrough(corner, corners[(i + 3) % 4]!).direction;
  const { width, height } = planes.r;
  const channels = [planes.r, planes.g, planes.b];
  const strips = {
    tip: [[], [], []] as number[][],
    inside: [[], [], []] as number[][],
    beyond: [[], [], []] as number[][],
    fartherAlong: [[], [], []] as number[][],
    fartherBack: [[], [], []] as number[][],
  };
  // a, b: distances along the two sides into the document.
  const add = (strip: number[][], a: number, b: number): void => {
    const x = corner.x + a * along.x + b * back.x;
    const y = corner.y + a * along.y + b * back.y;
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    channels.forEach((plane, c) => strip[c]!.push(sampleAt(plane.data, plane, x, y)));
  };
  const step = Math.min(1, tip / 4);
  // Where the sides meet beyond the border, the tip reaches in as far: the surface showing
  // there, inside the photo, is where the corner of a sharp document would have been. The tip
  // keeps a pixel off both sides, so that a side placed a pixel out does not put the surface
  // beyond it in the tip.
  const start = 2 + 2 * Math.max(0, -Math.min(corner.x, corner.y, width - corner.x, height - corner.y));
  // Twice as far out as a rounded card's sides meet (FRAMING.roundedCornerShare), a corner is
  // outside the photo whatever its tip shows; and the samples would grow with the square of it.
  if (start > 8 * tip) return null;
  const shift = start + 4 * tip;
  for (let b = 1; b < start + 6 * tip; b += step) {
    for (let a = 1; a + b < start + 6 * tip; a += step) {
      // The tip, and the tip moved along each side beyond where a rounded corner reaches.
      if (a + b <= start + tip) add(strips.tip, a, b), add(strips.fartherAlong, a + shift, b), add(strips.fartherBack, a, b + shift);
      else if (a + b >= start + 4 * tip && Math.abs(a - b) <= 1.5 * tip) add(strips.inside, a, b);
    }
  }
  for (let d = start + tip; d < start + 4 * tip; d += step) add(strips.beyond, d, -2), add(strips.beyond, -2, d);
  // Median colours: print near the corner, or a scan's dark line along the card's edge through
  // its tip, does not move them.
  const colour = (strip: number[][]): number[] | null => (strip[0]!.length ? strip.map(median) : null);
  const [tipColour, inside] = [colour(strips.tip), colour(strips.inside)];
  return tipColour && inside
    ? { tip: tipColour, inside, beyond: colour(strips.beyond), farther: [colour(strips.fartherAlong), colour(strips.fartherBack)] }
    : null;
}

/**
 * Whether a corner's tip shows the surface, not the document: unlike the document farther in,
 * and (where the surface beyond the sides is in the photo) nearer its colour than the
 * document's, so that a tip straddling a side placed a little out is not taken for surface.
 */
export function tipShowsSurface({ tip, inside, beyond }: CornerColours): boolean {
  const fromDocument = colourDistance(tip, inside);
  return fromDocument >= DOCUMENT_DETECTION.minWholeSideContrast && (!beyond || colourDistance(tip, beyond) < fromDocument);
}
