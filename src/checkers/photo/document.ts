/**
 * Finds the document's quadrilateral in a photo.
 *
 * Method: on a copy shrunk to DETECTION_LONG_SIDE px and blurred (text melts into texture there),
 * pixels with a strong colour gradient are edges (two thresholds, relative to the photo's
 * contrast). Three kinds of blob are proposed as the document:
 *  - a region between edges with its holes filled: a document's background bounded by its
 *    outline, its print and portrait being the holes;
 *  - an edge component with what it encloses: a busy document whose print cuts its background up;
 *  - everything but the surface (the largest region touching the photo's border): a document
 *    that runs out of the photo.
 * Each blob is approximated by the largest quadrilateral inside its convex hull; each side is
 * refitted as a straight line through the blob's rim, so corners are where sides meet (right
 * for rounded card corners, and outside the photo when a corner is cut off). Sides lying on the
 * photo's border are cut sides. A proposal counts only if the blob lies within its
 * quadrilateral (a llama or a round plaque does not) and covers a sizeable part of the photo;
 * the winner has the best evidence: visible sides backed by edges, cut sides a little less.
 * Finally each visible side is snapped to the strongest luminance edge across it on a finer
 * copy, to sub-pixel precision.
 */
import {
  convexHull,
  convexPolygonMask,
  distanceToLine,
  fitLine,
  intersectLines,
  largestInscribedQuad,
  orderCorners,
  polygonArea,
  type Line,
  type Quad,
  type Vec,
} from './geometry.ts';
import { componentMask, connectedComponents, countSet, dilate, erode, fillHoles, type Mask } from './mask.ts';
import {
  downscale,
  fitLongSide,
  gaussianBlur,
  histogram,
  lumaOf,
  luminance,
  percentileOf,
  shrinkRgb,
  sobel,
  type Gradient,
  type GrayImage,
} from './raster.ts';
import { DOCUMENT_DETECTION } from './thresholds.ts';
import type { RgbaImage } from './types.ts';

/** Long side of the copy the outline is searched on: coarse enough that text blurs into texture. */
export const DETECTION_LONG_SIDE = 160;

export type SideName = 'top' | 'right' | 'bottom' | 'left';
/** Side i runs from corner i to corner i + 1 (corners clockwise from top-left). */
export const SIDE_NAMES: readonly SideName[] = ['top', 'right', 'bottom', 'left'];

export interface DocumentOutline {
  /** Corners in pixels of the analysed image, clockwise from top-left; may lie outside it. */
  corners: Quad;
  /** Per side (top, right, bottom, left): whether that side of the document runs out of the photo. */
  cutSides: [boolean, boolean, boolean, boolean];
  /** True when all four sides run out of the photo: no edge of the document can be seen. */
  fillsFrame: boolean;
  /** Share of the photo's area the document covers inside the photo (0..1). */
  areaFraction: number;
}

interface Proposal {
  corners: Quad;
  cutSides: [boolean, boolean, boolean, boolean];
  fill: number;
  areaFraction: number;
  /** Evidence that this is the document: fill × (edge support of its visible sides + credit for cut sides), 0..4. */
  score: number;
}

/**
 * The document's outline in `image`, or null when nothing four-sided and sizeable is in it.
 * `lum` is the image's luminance, when the caller has it already.
 */
export function detectDocument(image: RgbaImage, lum: GrayImage = luminance(image)): DocumentOutline | null {
  const size = fitLongSide(image.width, image.height, DETECTION_LONG_SIDE);
  const planes = shrinkRgb(image, size.width, size.height);
  const [r, g, b] = [planes.r, planes.g, planes.b].map((p) => gaussianBlur(p, DOCUMENT_DETECTION.blurSigma)) as [
    GrayImage,
    GrayImage,
    GrayImage,
  ];
  const edges = colourEdgeStrength(r, g, b);
  const { width, height } = edges;
  const proposals: Proposal[] = [];
  const consider = (blob: Mask): void => {
    if (countSet(blob.data) < DOCUMENT_DETECTION.minAreaFraction * width * height) return;
    const proposal = proposeQuad(blob, edges);
    if (proposal) proposals.push(proposal);
  };
  // Edge thresholds follow the photo's contrast, so a dim photo is searched as well as a bright one.
  const contrast = dynamicRange(lumaOf({ r, g, b }));
  for (const share of DOCUMENT_DETECTION.edgeThresholds) {
    const threshold = Math.max(DOCUMENT_DETECTION.minEdgeThreshold, share * contrast);
    const edgeMask: Mask = { width, height, data: Uint8Array.from(edges.data, (v) => (v >= threshold ? 1 : 0)) };
    // A region between edges: the document's background, with its text and portrait as holes;
    // growing it by the edge band's half-width puts its rim on the edge itself.
    const regions = connectedComponents(invert(edgeMask));
    for (const region of regions.slice(0, DOCUMENT_DETECTION.regionsTried)) {
      consider(dilate(fillHoles(componentMask(region, width, height)), 1));
    }
    // Everything but the surface (the largest region touching the photo's border): a document
    // that runs out of the photo, whose print cuts its own background into pieces.
    const surface = regions.find((r) => r.minX === 0 || r.minY === 0 || r.maxX === width - 1 || r.maxY === height - 1);
    if (surface) {
      // Shrunk by 2 px: the surface region stops short of the edge band's outer rim.
      const rest = connectedComponents(erode(invert(componentMask(surface, width, height)), 2))[0];
      if (rest) consider(fillHoles(componentMask(rest, width, height)));
    }
    // A closed outline with everything inside it: a busy document whose background is cut up
    // by its own print.
    // Shrunk by 2 px: the edge band reaches about that far beyond the edge on either side.
    for (const outline of connectedComponents(edgeMask).slice(0, DOCUMENT_DETECTION.regionsTried)) {
      consider(erode(fillHoles(componentMask(outline, width, height)), 2));
    }
  }
  const best = pickProposal(proposals);
  if (!best) return null;
  const scaleX = image.width / width;
  const scaleY = image.height / height;
  const coarse = best.corners.map((c) => ({ x: c.x * scaleX, y: c.y * scaleY })) as Quad;
  return {
    corners: snapToEdges(coarse, best.cutSides, lum, scaleX),
    cutSides: best.cutSides,
    fillsFrame: best.cutSides.every(Boolean),
    areaFraction: best.areaFraction,
  };
}

/**
 * The document is, among the proposals with nearly the best evidence of visible straight sides,
 * the largest (a card rather than the white MRZ band inside it). A proposal with no visible side
 * (all document, or all surface) wins only when nothing else fits.
 */
function pickProposal(proposals: readonly Proposal[]): Proposal | null {
  const bestScore = Math.max(0, ...proposals.map((p) => p.score));
  let best: Proposal | null = null;
  for (const p of proposals) {
    if (p.score < DOCUMENT_DETECTION.nearBestScore * bestScore) continue;
    if (!best || p.areaFraction > best.areaFraction) best = p;
  }
  return best;
}

/** Spread between the 1st and 99th percentile of brightness. */
function dynamicRange(lum: GrayImage): number {
  const bins = histogram(lum);
  return percentileOf(bins, 0.99) - percentileOf(bins, 0.01);
}

/** Per pixel, the strongest Sobel gradient of the three colour channels (levels per pixel). */
function colourEdgeStrength(r: GrayImage, g: GrayImage, b: GrayImage): GrayImage {
  const [sr, sg, sb] = [sobel(r), sobel(g), sobel(b)];
  const data = new Float32Array(r.width * r.height);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(sr.magnitude[i]!, sg.magnitude[i]!, sb.magnitude[i]!);
  return { width: r.width, height: r.height, data };
}

/**
 * Moves each visible side onto the strongest luminance edge across it on a finer copy: the
 * coarse search finds the document, this gets its corners to about a pixel.
 */
function snapToEdges(coarse: Quad, cutSides: readonly boolean[], lum: GrayImage, coarsePixel: number): Quad {
  const fine = fitLongSide(lum.width, lum.height, DOCUMENT_DETECTION.refineLongSide);
  const scale = fine.width / lum.width;
  const gradient = sobel(gaussianBlur(downscale(lum, fine.width, fine.height), 1));
  const reach = Math.max(2, 3 * coarsePixel * scale);
  const lines: Line[] = [];
  for (let side = 0; side < 4; side++) {
    const a = { x: coarse[side]!.x * scale, y: coarse[side]!.y * scale };
    const b = { x: coarse[(side + 1) % 4]!.x * scale, y: coarse[(side + 1) % 4]!.y * scale };
    lines.push((cutSides[side] ? null : fitEdgeAlong(a, b, gradient, reach)) ?? lineThrough(a, b));
  }
  const corners: Vec[] = [];
  for (let i = 0; i < 4; i++) {
    const corner = intersectLines(lines[(i + 3) % 4]!, lines[i]!);
    corners.push(corner ? { x: corner.x / scale, y: corner.y / scale } : coarse[i]!);
  }
  return corners as Quad;
}

function invert(mask: Mask): Mask {
  return { width: mask.width, height: mask.height, data: mask.data.map((v) => 1 - v) };
}

/** Bilinear sample of a per-pixel array at a point (pixel i's value sits at its centre, i + 0.5). */
function sampleAt(values: Float32Array, size: { width: number; height: number }, x: number, y: number): number {
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

function lineThrough(a: Vec, b: Vec): Line {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { point: a, direction: { x: (b.x - a.x) / length, y: (b.y - a.y) / length } };
}

/** A line through the gradient maxima found across the side's middle 80 %, outliers dropped. */
function fitEdgeAlong(a: Vec, b: Vec, gradient: Gradient, reach: number): Line | null {
  const chord = lineThrough(a, b);
  const normal = { x: -chord.direction.y, y: chord.direction.x };
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const samples = Math.max(8, Math.min(96, Math.round(length / 3)));
  const found: Vec[] = [];
  for (let k = 0; k < samples; k++) {
    const t = 0.1 + (0.8 * (k + 0.5)) / samples;
    const base = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    // Only the gradient across the side counts: text strokes along it do not.
    const across = (d: number): number =>
      Math.abs(
        sampleAt(gradient.dx, gradient, base.x + d * normal.x, base.y + d * normal.y) * normal.x +
          sampleAt(gradient.dy, gradient, base.x + d * normal.x, base.y + d * normal.y) * normal.y,
      );
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
  }
  if (found.length < samples / 2) return null;
  const first = fitLine(found);
  if (!first) return null;
  const inliers = found.filter((p) => distanceToLine(p, first) <= 1.5);
  return inliers.length >= samples / 2 ? fitLine(inliers) : null;
}

/** The quadrilateral of the mask's largest blob, or null when it is not document-like. */
function proposeQuad(blob: Mask, edges: GrayImage): Proposal | null {
  const { width, height } = blob;
  const boundary = boundaryPoints(blob);
  const hull = convexHull(boundary.map((b) => b.point));
  const picked = largestInscribedQuad(hull);
  if (!picked) return null;
  const rough = picked.map((i) => hull[i]!) as Quad;
  const refined = refineSides(rough, boundary, width, height);
  if (!refined) return null;
  const { corners, cutSides } = refined;
  if (!isPlausibleShape(corners, width, height)) return null;
  const inside = convexPolygonMask(corners, width, height);
  const insideCount = countSet(inside);
  let overlap = 0;
  for (let i = 0; i < inside.length; i++) overlap += inside[i]! & blob.data[i]!;
  // The blob must lie within its quadrilateral (a llama or a round plaque does not) and make up
  // a good part of it (print that cuts the background up leaves the rest as other regions).
  const fill = overlap / Math.max(1, countSet(blob.data));
  const coverage = overlap / Math.max(1, insideCount);
  const areaFraction = insideCount / (width * height);
  if (fill < DOCUMENT_DETECTION.minFill || coverage < DOCUMENT_DETECTION.minCoverage) return null;
  if (areaFraction < DOCUMENT_DETECTION.minAreaFraction) return null;
  let support = 0;
  let visibleSides = 0;
  for (let side = 0; side < 4; side++) {
    if (cutSides[side]) continue;
    support += sideSupport(corners[side]!, corners[(side + 1) % 4]!, edges);
    visibleSides++;
  }
  if (visibleSides > 0 && support / visibleSides < DOCUMENT_DETECTION.minMeanSideSupport) return null;
  // One visible side and three on the border is how a table top looks far more often than a
  // document: a document that far out of the photo is not worth telling apart.
  if (visibleSides === 1) return null;
  // A side running out of the photo is evidence too (the document goes on there), a little less
  // than a side seen along its whole length. With no side visible at all there is no evidence.
  const evidence = visibleSides > 0 ? support + DOCUMENT_DETECTION.cutSideCredit * (4 - visibleSides) : 0;
  return { corners, cutSides, fill, areaFraction, score: fill * evidence };
}

/**
 * Share of a side's length (its middle 80 %, inside the photo) along which there is an edge
 * within 2 px: a document's side is a visible, continuous edge.
 */
function sideSupport(a: Vec, b: Vec, edges: GrayImage): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const normal = { x: (a.y - b.y) / length, y: (b.x - a.x) / length };
  let samples = 0;
  let supported = 0;
  for (let t = 0.1; t <= 0.9; t += 1 / length) {
    const x = a.x + t * (b.x - a.x);
    const y = a.y + t * (b.y - a.y);
    if (x < 1 || y < 1 || x >= edges.width - 1 || y >= edges.height - 1) continue;
    samples++;
    for (let d = -2; d <= 2; d++) {
      const xx = Math.round(x + d * normal.x - 0.5);
      const yy = Math.round(y + d * normal.y - 0.5);
      if (xx < 0 || yy < 0 || xx >= edges.width || yy >= edges.height) continue;
      if (edges.data[yy * edges.width + xx]! >= DOCUMENT_DETECTION.sideEdgeStrength) {
        supported++;
        break;
      }
    }
  }
  return samples > 0 ? supported / samples : 0;
}

interface BoundaryPoint {
  point: Vec;
  /** On the photo's outermost row or column: not evidence of a document edge. */
  onImageBorder: boolean;
}

/** Centres of blob pixels with a 4-neighbour outside the blob or on the image border. */
function boundaryPoints(blob: Mask): BoundaryPoint[] {
  const { width, height, data } = blob;
  const points: BoundaryPoint[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!data[i]) continue;
      const onImageBorder = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      if (onImageBorder || !data[i - 1] || !data[i + 1] || !data[i - width] || !data[i + width]) {
        points.push({ point: { x: x + 0.5, y: y + 0.5 }, onImageBorder });
      }
    }
  }
  return points;
}

/** The image border line a segment lies on (both ends within 2 px of it), if any. */
function borderLineUnder(a: Vec, b: Vec, width: number, height: number): Line | null {
  const near = (u: number, v: number): boolean => Math.abs(u - v) <= 2;
  if (near(a.x, 0.5) && near(b.x, 0.5)) return { point: { x: 0, y: 0 }, direction: { x: 0, y: 1 } };
  if (near(a.x, width - 0.5) && near(b.x, width - 0.5)) return { point: { x: width, y: 0 }, direction: { x: 0, y: 1 } };
  if (near(a.y, 0.5) && near(b.y, 0.5)) return { point: { x: 0, y: 0 }, direction: { x: 1, y: 0 } };
  if (near(a.y, height - 0.5) && near(b.y, height - 0.5)) return { point: { x: 0, y: height }, direction: { x: 1, y: 0 } };
  return null;
}

/**
 * Refits each side of a rough quadrilateral as a straight line through the blob boundary near
 * it, and moves corners to where the refitted sides meet. A side lying along the photo's border
 * is a cut side: the document goes on beyond the photo there.
 */
function refineSides(
  rough: Quad,
  boundary: readonly BoundaryPoint[],
  width: number,
  height: number,
): { corners: Quad; cutSides: [boolean, boolean, boolean, boolean] } | null {
  const ordered = orderCorners(rough);
  const tolerance = Math.max(2, DOCUMENT_DETECTION.sideSearchFraction * Math.hypot(width, height));
  const lines: Line[] = [];
  const cutSides: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  for (let side = 0; side < 4; side++) {
    const a = ordered[side]!;
    const b = ordered[(side + 1) % 4]!;
    const borderLine = borderLineUnder(a, b, width, height);
    if (borderLine) {
      lines.push(borderLine);
      cutSides[side] = true;
      continue;
    }
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const chord: Line = { point: a, direction: { x: (b.x - a.x) / length, y: (b.y - a.y) / length } };
    let line = chord;
    for (const band of [tolerance, 1.5]) {
      const near = boundary.filter(({ point, onImageBorder }) => {
        if (onImageBorder || distanceToLine(point, line) > band) return false;
        const t = ((point.x - a.x) * chord.direction.x + (point.y - a.y) * chord.direction.y) / length;
        return t > 0.1 && t < 0.9;
      });
      const fitted = near.length >= DOCUMENT_DETECTION.minSideSupport * length ? fitLine(near.map((n) => n.point)) : null;
      if (!fitted) break;
      // Boundary pixel centres sit half a pixel inside the blob's edge: move the line out.
      const normal = { x: fitted.direction.y, y: -fitted.direction.x };
      const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const inwards = ordered.reduce((s, c) => ({ x: s.x + c.x / 4, y: s.y + c.y / 4 }), { x: 0, y: 0 });
      const sign = (inwards.x - centre.x) * normal.x + (inwards.y - centre.y) * normal.y > 0 ? -1 : 1;
      line = {
        point: { x: fitted.point.x + sign * 0.5 * normal.x, y: fitted.point.y + sign * 0.5 * normal.y },
        direction: fitted.direction,
      };
    }
    lines.push(line);
  }
  const corners: Vec[] = [];
  for (let i = 0; i < 4; i++) {
    const corner = intersectLines(lines[(i + 3) % 4]!, lines[i]!);
    if (!corner) return null;
    corners.push(corner);
  }
  return { corners: corners as Quad, cutSides };
}

/** Convex, not too thin, corners not absurdly far outside the photo, angles a camera could give. */
function isPlausibleShape(corners: Quad, width: number, height: number): boolean {
  const reach = DOCUMENT_DETECTION.maxCornerOvershoot;
  for (const c of corners) {
    if (c.x < -reach * width || c.x > (1 + reach) * width || c.y < -reach * height || c.y > (1 + reach) * height) {
      return false;
    }
  }
  const sides = corners.map((c, i) => Math.hypot(corners[(i + 1) % 4]!.x - c.x, corners[(i + 1) % 4]!.y - c.y));
  if (Math.min(...sides) < DOCUMENT_DETECTION.minSideRatio * Math.max(...sides)) return false;
  for (let i = 0; i < 4; i++) {
    const prev = corners[(i + 3) % 4]!;
    const here = corners[i]!;
    const next = corners[(i + 1) % 4]!;
    const u = { x: prev.x - here.x, y: prev.y - here.y };
    const v = { x: next.x - here.x, y: next.y - here.y };
    const cosine = (u.x * v.x + u.y * v.y) / (Math.hypot(u.x, u.y) * Math.hypot(v.x, v.y));
    if (Math.abs(cosine) > Math.cos((DOCUMENT_DETECTION.minCornerAngleDegrees * Math.PI) / 180)) return false;
  }
  return polygonArea(corners) > 0;
}
