/**
 * A document cropped close to its edges: a flat scan, or a photo cropped to the card. Its
 * outline hugs the photo's border, where the outline finder (document.ts) sees no surface
 * around it, so it is looked for here, side by side:
 *  - a straight edge nearly parallel to the border, in a thin band along it, that parts two
 *    different colours (the document and the scanner's lid, or a passport page and the strip
 *    of the booklet beyond it);
 *  - or, where the document's side lies on the border itself, the rounded corners at both ends
 *    of it: the scanner's background shows in the photo's corners, outside the curve.
 * A crop inside the document (no edge and no corner of it in the photo) has neither. A document
 * drawn as a thin line on white (a specimen's rendering), lost on the outline finder's small
 * copy, is looked for here too: four drawn lines, one near each border.
 */
import { cornersOf, distance, intersectLines, lineThrough, type Line, type Quad, type Vec } from './geometry.ts';
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
  // A side parts two colours: the document and the scanner's lid, or the strip beyond a page.
  const partsColours = (a: Vec, b: Vec, depth: number) =>
    contrastAcross(a, b, depth, planes, gradients) >= DOCUMENT_DETECTION.minWholeSideContrast ? {} : null;
  const edges = [0, 1, 2, 3].map((side) => bestLineNearBorder(side, edgeDepths(side, band, gradients), SCAN.angleSteps, gradients, partsColours));
  // A line of print near the border can pass for a side: then the corners beside it show the
  // document, and the photo's own corners are looked at instead.
  return (
    scanOutlineOf(edges, planes) ??
    (edges.some(Boolean) ? scanOutlineOf([null, null, null, null], planes) : null) ??
    drawnOutline(planes, gradients)
  );
}

/**
 * A document drawn as an outline (a specimen's rendering: a thin line round a card, the same
 * paper on both sides of it), when such a line runs along all four borders, ending where the
 * next begins. One such line alone may be a rule printed on a document cut off beyond it; a
 * frame of four is the document's own.
 */
function drawnOutline(planes: RgbPlanes, gradients: readonly Gradient[]): ScanOutline | null {
  const band = Math.max(SCAN.minDepth + 1, SCAN.drawnBandShare * Math.min(planes.r.width, planes.r.height));
  const rules: DrawnLine[] = [];
  for (let side = 0; side < 4; side++) {
    const lines = drawnLineDepths(side, band, planes, gradients);
    // Square to the border only: a rendering is square to the pixel, and the fit onto the edge
    // takes up a scan's slight turn.
    const rule = bestLineNearBorder(side, [...lines.keys()], 0, gradients, (_a, _b, depth) => lines.get(depth) ?? null);
    if (!rule) return null;
    rules.push(rule);
  }
  const corners = cornersOf(rules.map((rule) => rule.line));
  // A drawing's outline ends at its corners; ruled paper's lines run on past the margin lines
  // to the border.
  const runsOn =
    !corners ||
    rules.some((rule, side) => lineRunsOnPast(corners[side]!, (side + 3) % 4, rule, planes) || lineRunsOnPast(corners[(side + 1) % 4]!, (side + 1) % 4, rule, planes));
  return runsOn ? null : { corners, support: rules.map((rule) => rule.support) as ScanOutline['support'] };
}

/**
 * Whether a drawn line goes on past the outline's corner to the photo's `border` beside it, as
 * ruled paper's lines do: halfway there, within a pixel of the fitted line (which may lie along
 * either edge of a line a pixel wide), the colour is a third of the way or more from the paper's
 * to the line's.
 */
function lineRunsOnPast(corner: Vec, border: number, { line, ink, paper }: DrawnLine, planes: RgbPlanes): boolean {
  const end = intersectLines(line, borderLine(border, 0, 0, planes.r.width, planes.r.height));
  if (!end || distance(corner, end) < 4) return false;
  const { x, y } = line.direction;
  return [-1, 0, 1].some((o) => {
    const colour = [planes.r, planes.g, planes.b].map((plane) => sampleAt(plane.data, plane, (corner.x + end.x) / 2 - o * y, (corner.y + end.y) / 2 + o * x));
    return 3 * colourDistance(colour, paper) > colourDistance(ink, paper);
  });
}

/** The outline with these sides (null: the side lies on the border), if its corners bear it out. */
function scanOutlineOf(edges: (SideLine | null)[], planes: RgbPlanes): ScanOutline | null {
  const { width, height } = planes.r;
  // A side not seen in the band lies on the border itself, or beyond it.
  const corners = cornersOf(edges.map((edge, side) => edge?.line ?? borderLine(side, 0, 0, width, height)));
  if (!corners) return null;
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

interface SideLine {
  line: Line;
  /** Share of its length backed by an edge. */
  support: number;
}

interface LineColours {
  /** The line's own colour… */
  ink: number[];
  /** …and the paper's, inside it. */
  paper: number[];
}

type DrawnLine = SideLine & LineColours;

/** How far (px) either side of a thin drawn line its paper is read: clear of the line blurred on the shrunk copy. */
const DRAWN_PAPER_REACH = 4;

/** The ends, on the photo's border, of the line `depth` px in from border `side`, turned by `angle` radians. */
function sideEnds(side: number, depth: number, angle: number, width: number, height: number): [Vec, Vec] {
  const length = side % 2 === 0 ? width : height;
  const line = borderLine(side, depth, angle, width, height);
  const half = { x: (line.direction.x * length) / 2, y: (line.direction.y * length) / 2 };
  return [
    { x: line.point.x - half.x, y: line.point.y - half.y },
    { x: line.point.x + half.x, y: line.point.y + half.y },
  ];
}

/**
 * Depths within `band` px of border `side` where an edge runs along it, square to it: a side
 * turned a degree or two still backs a share of that line.
 */
function edgeDepths(side: number, band: number, gradients: readonly Gradient[]): number[] {
  const { width, height } = gradients[0]!;
  const depths: number[] = [];
  for (let depth = SCAN.minDepth; depth <= band; depth += 0.5) {
    if (edgeSupport(...sideEnds(side, depth, 0, width, height), gradients) >= SCAN.minSupport / 3) depths.push(depth);
  }
  return depths;
}

/**
 * Depths within `band` px of border `side` where a line square to it runs, unlike the same
 * paper on both sides of it (DRAWN_PAPER_REACH px away), by the median colours along lines
 * parallel to the border: where a thin drawn line lies, with its colours. Colours are read once
 * per depth, so this is cheap beside the edge search.
 */
function drawnLineDepths(side: number, band: number, planes: RgbPlanes, gradients: readonly Gradient[]): Map<number, LineColours> {
  const { width, height } = planes.r;
  const channels = [planes.r, planes.g, planes.b];
  const step = 0.5;
  const reach = DRAWN_PAPER_REACH / step;
  const colours: number[][] = [];
  for (let depth = step; depth <= band + DRAWN_PAPER_REACH; depth += step) {
    const samples: number[][] = [[], [], []];
    alongSide(...sideEnds(side, depth, 0, width, height), gradients, (_, base) =>
      channels.forEach((plane, c) => samples[c]!.push(sampleAt(plane.data, plane, base.x, base.y))),
    );
    colours.push(samples.map(median));
  }
  const at = (i: number): number[] => colours[Math.min(colours.length - 1, Math.max(0, i))]!;
  const floor = DOCUMENT_DETECTION.minWholeSideContrast;
  const found = new Map<number, LineColours>();
  for (let i = SCAN.minDepth / step - 1; i < colours.length - reach; i++) {
    const [beyond, paper] = [at(i - reach), at(i + reach)];
    if (colourDistance(beyond, paper) >= floor) continue;
    // Within 1.5 px of the depth: a line one pixel wide falls between the copy's pixels.
    const ink = [-3, -2, -1, 0, 1, 2, 3].map((o) => at(i + o)).find((c) => Math.min(colourDistance(c, beyond), colourDistance(c, paper)) >= floor);
    if (ink) found.set((i + 1) * step, { ink, paper });
  }
  return found;
}

/**
 * The best-backed straight line at one of `depths` px from border `side`, turned at most
 * `angleSteps` steps from parallel to it, that `accept` (given its ends and depth) takes, with
 * what `accept` says of it; null when there is none.
 */
function bestLineNearBorder<T extends object>(
  side: number,
  depths: readonly number[],
  angleSteps: number,
  gradients: readonly Gradient[],
  accept: (a: Vec, b: Vec, depth: number) => T | null,
): (SideLine & T) | null {
  const { width, height } = gradients[0]!;
  const length = side % 2 === 0 ? width : height;
  const ends = (depth: number, angle: number): [Vec, Vec] => sideEnds(side, depth, angle, width, height);
  let best: (SideLine & T) | null = null;
  for (const depth of depths) {
    for (let step = -angleSteps; step <= angleSteps; step++) {
      const [a, b] = ends(depth, step * SCAN.angleStep);
      // The whole side inside the photo, from border to border: one that leaves it may be a
      // document running out of the photo, and is backed only where it is inside anyway.
      if (Math.min(depthFrom(side, a, width, height), depthFrom(side, b, width, height)) < 1) continue;
      const backed = edgeSupport(a, b, gradients);
      if (backed < SCAN.minSupport || (best && backed <= best.support)) continue;
      const accepted = accept(a, b, depth);
      if (accepted) best = { ...accepted, line: lineThrough(a, b), support: backed };
    }
  }
  if (!best) return null;
  // Any line within a pixel or so of the edge is backed by it: put it on the edge itself.
  const { point, direction } = best.line;
  const refined = fitEdgeAlong(point, { x: point.x + direction.x * length, y: point.y + direction.y * length }, gradients, 2);
  return refined ? { ...best, line: refined } : best;
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
  // A typed array sorts numerically, natively: three times faster than a comparator.
  const sorted = Float64Array.from(values).sort();
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
