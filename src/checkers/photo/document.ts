/**
 * Finds the document's quadrilateral in a photo.
 *
 * A document cropped close to its edges (a flat scan) is looked for first, along the photo's
 * border (scan.ts); when it is found, that is the outline. Otherwise, on a copy shrunk to
 * DETECTION_LONG_SIDE px and blurred (text melts into texture there), pixels with a strong
 * colour gradient are edges (two thresholds, relative to the photo's contrast). Four kinds of blob are proposed as the document:
 *  - a region between edges with its holes filled: a document's background bounded by its
 *    outline, its print and portrait being the holes;
 *  - an edge component with what it encloses: a busy document whose print cuts its background up;
 *  - everything but the surface (the largest region touching the photo's border): a document
 *    that runs out of the photo;
 *  - a quadrilateral of four straight edges (lines.ts), best backed by edges along its sides:
 *    a document whose outline is broken by a hand, joined to a passport's facing page or lost
 *    in a busy surface, or one whose corner lies beyond the border (where its sides meet).
 * Each blob is approximated by the largest quadrilateral inside its convex hull; each side is
 * refitted as a straight line through the blob's rim, so corners are where sides meet (right
 * for rounded card corners, and outside the photo when a corner is cut off). Sides lying on the
 * photo's border are cut sides. A proposal counts only if the blob lies within its
 * quadrilateral (a llama or a round plaque does not) and covers a sizeable part of the photo;
 * the winner has the best evidence: visible sides backed by edges, cut sides a little less,
 * and only where what meets the border looks like the document rather than the surface (an
 * outline that swallowed a shadow or the table below the document earns nothing there). A
 * blob whose hull is a pentagon (one corner beyond the border) also gets the quadrilateral with
 * that corner put back where its two sides meet. A document seen whole (four corners in the
 * photo, four sides parting it from the surface, a document's proportions) wins over outlines
 * that run out of the photo around it: a table, a hand, a facing page.
 * Finally each visible side is snapped to the strongest colour edge across it on a finer copy,
 * to sub-pixel precision, and its support (the share of its length backed by a one-way edge)
 * is measured there: the outline's confidence. A corner is seen whole when both its sides are
 * seen up to it and the surface shows round its tip: then it is in the photo however near the
 * border it lies.
 */
import {
  convexHull,
  convexPolygonMask,
  cornersOf,
  distance,
  distanceToLine,
  fitLine,
  intersectLines,
  lineThrough,
  largestInscribedQuad,
  meanSides,
  orderCorners,
  polygonArea,
  scalePoints,
  sideLines,
  sum,
  type Line,
  type Quad,
  type Vec,
} from './geometry.ts';
import { houghLines, lineQuads } from './lines.ts';
import { cornerColours, findScanOutline, tipShowsSurface } from './scan.ts';
import { colourDistance, edgeSupport, fitEdgeAlong } from './side-edges.ts';
import { componentMask, connectedComponents, dilate, erode, fillHoles, touchesBorder, type Mask } from './mask.ts';
import {
  fitLongSide,
  gaussianBlur,
  histogram,
  lumaOf,
  percentileOf,
  shrinkRgb,
  sobel,
  type RgbPlanes,
  type Gradient,
  type GrayImage,
} from './raster.ts';
import { DOCUMENT_DETECTION, FRAMING, SCAN } from './thresholds.ts';
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
  /**
   * Per side: share of its length inside the photo along which a straight edge was found on the
   * fine copy (0..1); 0 for cut sides.
   */
  sideSupport: [number, number, number, number];
  /**
   * Per side: whether the document visibly goes on into the photo's border there (what touches
   * the border looks like the document, not like the surface around it); false for visible sides.
   */
  cutConfirmed: [boolean, boolean, boolean, boolean];
  /**
   * Per corner (clockwise from top-left): seen whole, however near the border: both its sides
   * are seen up to it and the surface shows round its tip, as round a card's rounded corner.
   */
  cornerSeen: [boolean, boolean, boolean, boolean];
  /**
   * Colour difference (levels) between the document's median colour and the median colour of
   * the rest of the photo. Not measured on a scan cropped close to the document, whose corners
   * are all in the photo.
   */
  surfaceContrast?: number;
}

interface Proposal {
  corners: Quad;
  cutSides: [boolean, boolean, boolean, boolean];
  cutConfirmed: [boolean, boolean, boolean, boolean];
  fill: number;
  areaFraction: number;
  /** Evidence that this is the document: fill × (edge support of its visible sides + credit for cut sides), 0..4. */
  score: number;
  /** The smallest share of a visible side's length backed by an edge. */
  weakestSupport: number;
  /** For an outline with four visible sides: the smallest colour difference across a side, between strips just inside and just outside it (levels); else 0. */
  sideContrast: number;
}

/**
 * How sure the outline is (0..1): the evidence for its weakest side, where a visible side counts
 * the share of its length backed by an edge and a cut side counts 1 when the document is seen
 * running into the border there, 0 when not.
 */
export function outlineConfidence(outline: DocumentOutline): number {
  return Math.min(...outline.sideSupport.map((support, side) => (outline.cutSides[side] ? (outline.cutConfirmed[side] ? 1 : 0) : support)));
}

/** The document's outline in `image`, or null when nothing four-sided and sizeable is in it. */
export function detectDocument(image: RgbaImage): DocumentOutline | null {
  const fine = fineCopy(image);
  const scan = findScanOutline(fine.planes, fine.gradients);
  if (scan) {
    const { width, height } = fine.planes.r;
    const uncut = [false, false, false, false] as DocumentOutline['cutSides'];
    return {
      corners: scalePoints(scan.corners, 1 / fine.scale),
      cutSides: uncut,
      fillsFrame: false,
      areaFraction: sum(convexPolygonMask(scan.corners, width, height)) / (width * height),
      sideSupport: scan.support,
      cutConfirmed: uncut,
      // Each side was seen from border to border inside the photo: the corners are in it.
      cornerSeen: [true, true, true, true],
    };
  }
  const size = fitLongSide(image.width, image.height, DETECTION_LONG_SIDE);
  const planes = shrinkRgb(image, size.width, size.height);
  const [r, g, b] = [planes.r, planes.g, planes.b].map((p) => gaussianBlur(p, DOCUMENT_DETECTION.blurSigma)) as [
    GrayImage,
    GrayImage,
    GrayImage,
  ];
  const gradient = colourGradient(r, g, b);
  const { width, height } = gradient;
  const edges: GrayImage = { width, height, data: gradient.magnitude };
  const proposals: Proposal[] = [];
  const consider = (blob: Mask): void => {
    if (sum(blob.data) < DOCUMENT_DETECTION.minAreaFraction * width * height) return;
    const proposal = proposeQuad(blob, edges, { r, g, b });
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
    const surface = regions.find((r) => touchesBorder(r, width, height));
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
    // Four straight edges round a document that no region or edge blob follows all the way
    // round: a hand over one side, a facing page joined to another, a busy surface. Only the
    // quadrilaterals best backed by edges along their sides are judged.
    const lines = houghLines(gradient, threshold, DOCUMENT_DETECTION.linesTried, DOCUMENT_DETECTION.minLineShare * Math.min(width, height));
    const backed = lineQuads(lines)
      .filter((q) => isPlausibleShape(q, width, height))
      .map((q) => ({ q, support: sum(q.map((c, i) => sideSupport(c, q[(i + 1) % 4]!, edges))) }))
      .sort((x, y) => y.support - x.support);
    for (const { q } of backed.slice(0, DOCUMENT_DETECTION.lineQuadsTried)) consider({ width, height, data: convexPolygonMask(q, width, height) });
  }
  // A document on a patterned surface (a checked cloth, wood grain) whose pattern's edges cut up
  // the regions and swamp the lines above: the pixels unlike any colour common along the photo's
  // border (the surface's colours) are the document, its print filled in. Only one wholly in
  // the photo (where a document runs out of it, its own colours are among the border's), with
  // nothing else unlike the surface round it: inside a page that fills the photo, its portrait
  // is such a region too, but the page's print lies all round it.
  const unlike = surfaceColoursAbsent({ r, g, b });
  const unlikeCount = sum(unlike.data);
  for (const region of connectedComponents(unlike).slice(0, 2)) {
    const size = region.pixels.length;
    if (!touchesBorder(region, width, height) && unlikeCount - size < DOCUMENT_DETECTION.maxUnlikeSurface * (width * height - size)) {
      consider(fillHoles(componentMask(region, width, height)));
    }
  }
  const scaleX = image.width / width;
  const scaleY = image.height / height;
  // An open passport's data page may lie inside the outline found (or the best-backed one), its
  // fold too faint for the search above. A fold is a straight one-way edge along its whole
  // length, though not always a step in colour: a data page may be as pale as the page facing
  // it. Through a card's print, such a line is backed only here and there.
  const topScored = proposals.reduce<Proposal | null>((top, p) => (!top || p.score > top.score ? p : top), null);
  const pages: [Vec[], Proposal][] = [];
  for (const booklet of new Set([pickProposal(proposals, width, height), topScored])) {
    if (booklet) for (const page of pagesOf(booklet)) pages.push([page, booklet]);
  }
  const foldSupport = pages.map(([page]) => {
    const [from, to] = scalePoints([page[2]!, page[3]!] as const, scaleX * fine.scale, scaleY * fine.scale);
    return edgeSupport(from, to, fine.gradients);
  });
  for (const [i, [page, booklet]] of pages.entries()) {
    if (foldSupport[i]! < Math.max(DOCUMENT_DETECTION.sureConfidence, ...foldSupport)) continue;
    const tried = proposals.length;
    consider({ width, height, data: convexPolygonMask(page, width, height) });
    const found = proposals[tried];
    if (found) {
      // Its other sides are the booklet's own, and the fold was seen on the finer copy: it has
      // the booklet's evidence.
      found.score = Math.max(found.score, booklet.score);
      found.sideContrast = weakestSideContrast(found.corners, { r, g, b }, lineThrough(page[2]!, page[3]!));
    }
  }
  const best = pickProposal(proposals, width, height);
  if (!best) return null;
  const coarse = scalePoints(best.corners, scaleX, scaleY);
  const snapped = snapToEdges(coarse, best.cutSides, fine, scaleX);
  // With no side seen nearly whole (cut sides count 0), the quadrilateral is made of print, a
  // face or shadows, not a document against its surface: its edges are not in the photo (or it
  // is not a document).
  const fillsFrame = Math.max(...snapped.support) < DOCUMENT_DETECTION.minBestSideSupport;
  const runsPast = runsPastSides(scalePoints(snapped.corners, 1 / scaleX, 1 / scaleY), best.cutSides, { r, g, b });
  const cutSides = best.cutSides.map((cut, side) => cut || runsPast[side]!) as DocumentOutline['cutSides'];
  const corners = moveSidesOntoBorder(snapped.corners, runsPast, image.width, image.height);
  const support = snapped.support.map((s, side) => (runsPast[side] ? 0 : s)) as DocumentOutline['sideSupport'];
  const inside = convexPolygonMask(scalePoints(corners, 1 / scaleX, 1 / scaleY), width, height);
  const medianColour = (mask: Uint8Array) => [r, g, b].map((plane) => percentileOf(histogram(plane, mask), 0.5));
  return {
    corners,
    cutSides,
    fillsFrame,
    areaFraction: best.areaFraction,
    sideSupport: support,
    cutConfirmed: best.cutConfirmed.map((c, side) => c || runsPast[side]!) as DocumentOutline['cutConfirmed'],
    cornerSeen: seenCorners(scalePoints(corners, fine.scale), cutSides, support, fine.planes),
    surfaceContrast: colourDistance(medianColour(inside), medianColour(inside.map((v) => 1 - v))),
  };
}

/** Pixels whose colour is not near any colour common along the photo's border (16-level bins, ± one bin). */
function surfaceColoursAbsent({ r, g, b }: RgbPlanes): Mask {
  const { width, height } = r;
  const bin = (i: number) => (((r.data[i]! >> 4) & 15) << 8) | (((g.data[i]! >> 4) & 15) << 4) | ((b.data[i]! >> 4) & 15);
  const counts = new Uint32Array(4096);
  let border = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x > 1 && y > 1 && x < width - 2 && y < height - 2) continue;
      counts[bin(y * width + x)]!++;
      border++;
    }
  }
  const near = new Uint32Array(4096);
  for (let k = 0; k < 4096; k++) {
    for (let dr = -1; dr <= 1; dr++) for (let dg = -1; dg <= 1; dg++) for (let db = -1; db <= 1; db++) {
      const [R, G, B] = [(k >> 8) + dr, ((k >> 4) & 15) + dg, (k & 15) + db];
      // Each within 0..15 (a negative one has the high bits set).
      if (((R | G | B) & ~15) === 0) near[k]! += counts[(R << 8) | (G << 4) | B]!;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = near[bin(i)]! < DOCUMENT_DETECTION.surfaceColourShare * border ? 1 : 0;
  return { width, height, data };
}

/**
 * Per visible side lying close to the photo's border along its whole length (the same border:
 * top side, top border), whether the document runs on past it: the strip between the side and
 * the border looks like the document just inside the side, not like the surface beyond the
 * sides away from the border. Then that "side" was a line of print (an MRZ row, a printed band)
 * and the document's own edge is beyond the border: a card cut off through its print.
 */
function runsPastSides(corners: Quad, cutSides: readonly boolean[], planes: RgbPlanes): boolean[] {
  const { width, height } = planes.r;
  const near = DOCUMENT_DETECTION.nearBorderShare * Math.min(width, height);
  const gapTo = (p: Vec, side: number): number => [p.y, width - p.x, height - p.y, p.x][side]!;
  const nearSides = [0, 1, 2, 3].map(
    (side) => !cutSides[side] && Math.max(gapTo(corners[side]!, side), gapTo(corners[(side + 1) % 4]!, side)) < near,
  );
  const runs = [false, false, false, false];
  if (!nearSides.some(Boolean) || nearSides.every(Boolean)) return runs;
  const band = DOCUMENT_DETECTION.cutStripWidth;
  // [0] just outside the sides away from the border (the surface), [1 + side] just inside a side
  // near it, [5 + side] between that side and the border.
  const means = stripMeans(corners, planes, 9, (side, d) => {
    if (cutSides[side]) return -1;
    if (!nearSides[side]) return d < -band && d >= -2 * band ? 0 : -1;
    return d >= band && d < 2 * band ? 1 + side : d <= -1 ? 5 + side : -1;
  });
  const surface = means[0];
  for (let side = 0; side < 4; side++) {
    const inner = means[1 + side];
    const beyond = means[5 + side];
    if (!nearSides[side] || !surface || !inner || !beyond) continue;
    runs[side] =
      colourDistance(inner, surface) >= DOCUMENT_DETECTION.minWholeSideContrast &&
      nearerTo(beyond, inner, surface, colourDistance, DOCUMENT_DETECTION.runsPastMargin) &&
      (!differsInHue(inner, surface) || nearerTo(beyond, inner, surface, hueDistance, DOCUMENT_DETECTION.runsPastHueMargin));
  }
  return runs;
}

/**
 * Whether colour `a` is `margin` times nearer to `document` than to `surface` by `metric`. Light
 * falling unevenly on the surface changes its brightness more than its hue, so a side near a
 * lamp is asked about hue as well.
 */
function nearerTo(a: Colour, document: Colour, surface: Colour, metric: (a: Colour, b: Colour) => number, margin: number): boolean {
  return metric(a, document) * margin < metric(a, surface);
}

function differsInHue(a: Colour, b: Colour): boolean {
  return hueDistance(a, b) >= DOCUMENT_DETECTION.minHueDistance;
}

/** Distance between two colours' chromaticities (each channel's share of their sum). */
function hueDistance(a: Colour, b: Colour): number {
  const sa = a[0] + a[1] + a[2] || 1;
  const sb = b[0] + b[1] + b[2] || 1;
  return Math.hypot(a[0] / sa - b[0] / sb, a[1] / sa - b[1] / sb, a[2] / sa - b[2] / sb);
}

/** The outline with each side marked in `moved` put on the photo's border beside it (top side on the top border…). */
function moveSidesOntoBorder(corners: Quad, moved: readonly boolean[], width: number, height: number): Quad {
  if (!moved.some(Boolean)) return corners;
  const borders: Line[] = [
    { point: { x: 0, y: 0 }, direction: { x: 1, y: 0 } },
    { point: { x: width, y: 0 }, direction: { x: 0, y: 1 } },
    { point: { x: 0, y: height }, direction: { x: 1, y: 0 } },
    { point: { x: 0, y: 0 }, direction: { x: 0, y: 1 } },
  ];
  const lines = sideLines(corners).map((line, side) => (moved[side] ? borders[side]! : line));
  return corners.map((c, i) => intersectLines(lines[(i + 3) % 4]!, lines[i]!) ?? c) as Quad;
}

/** Per corner of an outline (in pixels of `planes`): both its sides seen up to it, and the surface round its tip. */
function seenCorners(corners: Quad, cutSides: readonly boolean[], support: readonly number[], planes: RgbPlanes): DocumentOutline['cornerSeen'] {
  const tip = Math.max(1, SCAN.cornerTipShare * Math.min(...meanSides(corners)));
  return corners.map((_, i) => {
    const before = (i + 3) % 4;
    if (cutSides[i] || cutSides[before] || Math.min(support[i]!, support[before]!) < DOCUMENT_DETECTION.sureConfidence) return false;
    const colours = cornerColours(corners, i, tip, planes);
    return !!colours && tipShowsSurface(colours);
  }) as DocumentOutline['cornerSeen'];
}

/**
 * The document is, among the proposals with nearly the best evidence of visible straight sides,
 * the largest (a card rather than the white MRZ band inside it). A document seen whole is
 * preferred to any outline that runs out of the photo: around a document seen whole, that is a
 * table, a hand or a passport's facing page; and of an open passport seen whole and its data
 * page, the page is the document. A proposal with no visible side (all document, or all
 * surface) wins only when nothing else fits.
 */
function pickProposal(proposals: readonly Proposal[], width: number, height: number): Proposal | null {
  const seenWhole = proposals.map((p) => isSeenWhole(p, width, height));
  const others = proposals.filter((_, i) => !seenWhole[i]);
  // Four sides, one of them with the same colour on both sides (a line ruled on a page, a
  // checked cloth's lines), are no document's outline: they are not evidence against one.
  const bestOther = Math.max(0, ...others.filter((p) => p.cutSides.includes(true) || p.sideContrast >= DOCUMENT_DETECTION.minSideStep).map((p) => p.score));
  // …when its evidence is at least as good: print or a portrait's edge can close a quadrilateral
  // inside a document that runs out of the photo, but not along four sides as well as the
  // document's own. And when it shares two sides with a larger outline running out of the
  // photo, it may be part of a cut-off card (its body below a printed band, its text beside the
  // portrait) as well as a data page below its facing page: it is preferred only if it has a
  // document's proportions at least as nearly as the larger one.
  const whole = proposals.filter(
    (p, i) =>
      seenWhole[i] &&
      p.score + DOCUMENT_DETECTION.scoreTie >= bestOther &&
      !others.some(
        (o) =>
          o.cutSides.includes(false) &&
          o.areaFraction > p.areaFraction &&
          sharedSides(p.corners, o.corners) > 1 &&
          proportionsMiss(o.corners) + DOCUMENT_DETECTION.proportionsMargin < proportionsMiss(p.corners),
      ),
  );
  // An open passport seen whole has its data page seen whole inside it, along two of its sides,
  // as nearly a document's shape: the page is the document.
  const pages = whole.filter(
    (p) =>
      !whole.some(
        (o) =>
          o.areaFraction < DOCUMENT_DETECTION.pageOfBooklet * p.areaFraction &&
          sharedSides(o.corners, p.corners) > 1 &&
          proportionsMiss(o.corners) <= proportionsMiss(p.corners) + DOCUMENT_DETECTION.proportionsMargin,
      ),
  );
  // A band of print with all four sides in the photo is too long to be a document, though its
  // evidence still counts against the outlines above.
  const pool = pages.length > 0 ? pages : proposals.filter((p) => p.cutSides.includes(true) || aspectOf(p.corners) <= DOCUMENT_DETECTION.maxUncutAspect);
  const bestScore = Math.max(0, ...pool.map((p) => p.score));
  let best: Proposal | null = null;
  for (const p of pool) {
    if (p.score < DOCUMENT_DETECTION.nearBestScore * bestScore) continue;
    if (!best || p.areaFraction > best.areaFraction) best = p;
  }
  return best;
}

/**
 * Where an open passport's data page may lie in an outline of its booklet, each as its end side
 * then the fold's ends on the long sides: either half, across its long sides, of a booklet
 * with no side cut (it has the shape of one of its pages); or, when the booklet runs out of the
 * photo beyond its facing page, at a page's length from its other end (1.3 to 1.55 times the
 * end side, perspective included).
 */
function pagesOf(booklet: Proposal): Vec[][] {
  const cuts = booklet.cutSides.filter(Boolean).length;
  if (cuts === 0 && hasWholeAspect(booklet.corners)) {
    const [c0, c1, c2, c3] = booklet.corners;
    const [k, l, m, n] = distance(c0, c1) + distance(c2, c3) < distance(c1, c2) + distance(c3, c0) ? [c0, c1, c2, c3] : [c1, c2, c3, c0];
    const fold = [pointAlong(l, m, 0.5), pointAlong(k, n, 0.5)] as const;
    return [
      [k, l, ...fold],
      [m, n, fold[1], fold[0]],
    ];
  }
  if (cuts !== 1) return [];
  const end = booklet.cutSides.indexOf(true) + 2;
  const [k, l, m, n] = [0, 1, 2, 3].map((i) => booklet.corners[(end + i) % 4]!) as Quad;
  const pages: Vec[][] = [];
  for (let aspect = 1.3; aspect < 1.56; aspect += 0.05) {
    const length = distance(k, l) / aspect;
    pages.push([k, l, pointAlong(l, m, length / distance(l, m)), pointAlong(k, n, length / distance(k, n))]);
  }
  return pages;
}

/** The point a share `t` of the way from `a` to `b`. */
function pointAlong(a: Vec, b: Vec, t: number): Vec {
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

/** How far long side over short side is from a document's (passport page to ID-1 card). */
function proportionsMiss(corners: Quad): number {
  const aspect = aspectOf(corners);
  const [low, high] = DOCUMENT_DETECTION.documentAspect;
  return Math.max(0, low - aspect, aspect - high);
}

/** Long side over short side (mean lengths of opposite sides). */
function aspectOf(corners: Quad): number {
  const sides = meanSides(corners);
  return Math.max(...sides) / Math.min(...sides);
}

/** How many sides of `inner` lie along sides of `outer` (both ends near one of its side lines). */
function sharedSides(inner: Quad, outer: Quad): number {
  const outerLines = sideLines(outer);
  return inner.filter((_, side) => outerLines.some((line) => liesOn(inner, side, line))).length;
}

/** Whether side `side` of `corners` lies on `line`: both its ends within DOCUMENT_DETECTION.sharedSideReach of it. */
function liesOn(corners: Quad, side: number, line: Line): boolean {
  return Math.max(distanceToLine(corners[side]!, line), distanceToLine(corners[(side + 1) % 4]!, line)) <= DOCUMENT_DETECTION.sharedSideReach;
}

/**
 * Four corners in the photo (where the sides of rounded corners meet may lie a hair outside),
 * four sides backed by edges along three quarters of their length on average and each along
 * half of it (a thumb may hide the rest), each parting the
 * document from a surface of another colour, in the proportions of a document (ID-1 card 1.59,
 * passport page 1.42, A4 1.41, give or take a camera's perspective); not a square (a tile, a plaque).
 */
function isSeenWhole(p: Proposal, width: number, height: number): boolean {
  const hair = FRAMING.roundedCornerShare * Math.min(...meanSides(p.corners));
  const inPhoto = p.corners.every((c) => c.x >= -hair && c.y >= -hair && c.x <= width + hair && c.y <= height + hair);
  return inPhoto && p.weakestSupport >= DOCUMENT_DETECTION.minMeanSideSupport && p.sideContrast >= DOCUMENT_DETECTION.minWholeSideContrast && p.score >= 4 * DOCUMENT_DETECTION.sureConfidence && hasWholeAspect(p.corners);
}

/** Whether an outline has a document's proportions, give or take a camera's perspective. */
function hasWholeAspect(corners: Quad): boolean {
  const aspect = aspectOf(corners);
  const [low, high] = DOCUMENT_DETECTION.wholeAspect;
  return aspect >= low && aspect <= high;
}

/** Spread between the 1st and 99th percentile of brightness. */
function dynamicRange(lum: GrayImage): number {
  const bins = histogram(lum);
  return percentileOf(bins, 0.99) - percentileOf(bins, 0.01);
}

/** Per pixel, the Sobel gradient of the colour channel where it is strongest (levels per pixel). */
function colourGradient(...planes: GrayImage[]): Gradient {
  const channels = planes.map(sobel);
  const strongest = channels[0]!;
  const { dx, dy, magnitude } = strongest;
  for (const c of channels.slice(1)) {
    for (let i = 0; i < magnitude.length; i++) {
      if (c.magnitude[i]! > magnitude[i]!) (dx[i] = c.dx[i]!), (dy[i] = c.dy[i]!), (magnitude[i] = c.magnitude[i]!);
    }
  }
  return strongest;
}

/** A finer copy of the photo than the search's, on which sides are placed to about a pixel. */
interface FineCopy {
  planes: RgbPlanes;
  /** Per colour channel: a blue card on a brown table of the same brightness still has an edge. */
  gradients: Gradient[];
  /** Its size over the analysed image's. */
  scale: number;
}

function fineCopy(image: RgbaImage): FineCopy {
  const size = fitLongSide(image.width, image.height, DOCUMENT_DETECTION.refineLongSide);
  const planes = shrinkRgb(image, size.width, size.height);
  const gradients = [planes.r, planes.g, planes.b].map((p) => sobel(gaussianBlur(p, 1)));
  return { planes, gradients, scale: size.width / image.width };
}

/**
 * Moves each visible side onto the strongest luminance edge across it on a finer copy: the
 * coarse search finds the document, this gets its corners to about a pixel. Also says, per
 * side, along what share of its length inside the photo that edge was found.
 */
function snapToEdges(
  coarse: Quad,
  cutSides: readonly boolean[],
  fine: FineCopy,
  coarsePixel: number,
): { corners: Quad; support: [number, number, number, number] } {
  // A side whose edge is not near the coarse one (the coarse outline strayed onto a reflection
  // or a shadow beside the document) may be found farther out: the farther fit is kept when its
  // sides are clearly better backed.
  const near = snapWithin(coarse, cutSides, fine, DOCUMENT_DETECTION.snapReach * coarsePixel);
  const far = snapWithin(coarse, cutSides, fine, DOCUMENT_DETECTION.farSnapReach * coarsePixel);
  return sum(far.support) > sum(near.support) + DOCUMENT_DETECTION.farSnapGain ? far : near;
}

/** {@link snapToEdges} with each side looked for within `reach` pixels (of the analysed image) of the coarse one. */
function snapWithin(
  coarse: Quad,
  cutSides: readonly boolean[],
  { gradients, scale }: FineCopy,
  reach: number,
): { corners: Quad; support: [number, number, number, number] } {
  const onFine = scalePoints(coarse, scale);
  const lines: Line[] = [];
  for (let side = 0; side < 4; side++) {
    const a = onFine[side]!;
    const b = onFine[(side + 1) % 4]!;
    lines.push((cutSides[side] ? null : fitEdgeAlong(a, b, gradients, Math.max(2, reach * scale))) ?? lineThrough(a, b));
  }
  const fineCorners: Vec[] = [];
  for (let i = 0; i < 4; i++) fineCorners.push(intersectLines(lines[(i + 3) % 4]!, lines[i]!) ?? onFine[i]!);
  const support: [number, number, number, number] = [0, 0, 0, 0];
  for (let side = 0; side < 4; side++) {
    if (!cutSides[side]) support[side] = edgeSupport(fineCorners[side]!, fineCorners[(side + 1) % 4]!, gradients);
  }
  return { corners: scalePoints(fineCorners as Quad, 1 / scale), support };
}

/**
 * For each cut side, whether the document really runs into the photo's border there: the strip
 * along that border inside the outline must look more like the document just inside its visible
 * sides than like the surface just outside them. A document photographed with a margin, whose
 * outline swallowed a shadow or the table below it, fails this test.
 */
function confirmCuts(corners: Quad, cutSides: readonly boolean[], planes: RgbPlanes): [boolean, boolean, boolean, boolean] {
  const confirmed: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  if (!cutSides.some(Boolean) || cutSides.every(Boolean)) return confirmed;
  const band = DOCUMENT_DETECTION.cutStripWidth;
  // [0] just inside the visible sides, [1] just outside them, [2 + side] along the border a cut side lies on.
  const means = stripMeans(corners, planes, 6, (side, d, toBorder) =>
    cutSides[side] ? (d >= 0 && toBorder < band ? 2 + side : -1) : d >= band && d < 2 * band ? 0 : d < -band && d >= -2 * band ? 1 : -1,
  );
  const [inner, outer] = means;
  for (let side = 0; side < 4; side++) {
    const strip = means[2 + side];
    if (cutSides[side] && strip && inner && outer) confirmed[side] = colourDistance(strip, inner) < colourDistance(strip, outer);
  }
  return confirmed;
}

/**
 * The smallest, over the four sides, colour difference between the strip just inside a side and
 * the strip just outside it: a document's side parts it from the surface, while a line that
 * only follows print (a column of text ending) has the same document on both sides. A side
 * along `fold` (a passport's fold) is not asked.
 */
function weakestSideContrast(corners: Quad, planes: RgbPlanes, fold?: Line): number {
  const band = DOCUMENT_DETECTION.cutStripWidth;
  const means = stripMeans(corners, planes, 8, (side, d) => (Math.abs(d) < 1 || Math.abs(d) > band ? -1 : 2 * side + (d > 0 ? 0 : 1)));
  return Math.min(
    ...[0, 1, 2, 3]
      .filter((side) => !fold || !liesOn(corners, side, fold))
      .map((side) => (means[2 * side] && means[2 * side + 1] ? colourDistance(means[2 * side]!, means[2 * side + 1]!) : 0)),
  );
}

/** Mean red, green and blue of a strip. */
type Colour = readonly [number, number, number];

/**
 * Mean colours of strips along a quadrilateral's sides, away from its corners: `group` puts a
 * pixel beside side `side` (within the other three sides by a strip's width), at `depth` px
 * into the quadrilateral and `toBorder` px from the photo's border on that side, in a group
 * (0 to `groups` − 1, or −1 for none). Null for a group with no pixel.
 */
function stripMeans(
  corners: Quad,
  planes: RgbPlanes,
  groups: number,
  group: (side: number, depth: number, toBorder: number) => number,
): (Colour | null)[] {
  const { width, height } = planes.r;
  const band = DOCUMENT_DETECTION.cutStripWidth;
  const normals = sideNormals(corners);
  // Per group, sums of red, green, blue and a count.
  const sums = Array.from({ length: groups }, () => [0, 0, 0, 0]);
  const depth = [0, 0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // A pixel belongs beside a side when it lies within the other three by a strip's width:
      // at most one side may be nearer than that (or beyond).
      let near = -1;
      let nearCount = 0;
      for (let k = 0; k < 4; k++) {
        const n = normals[k]!;
        depth[k] = (x + 0.5 - n.point.x) * n.direction.x + (y + 0.5 - n.point.y) * n.direction.y;
        if (!(depth[k]! >= band)) [near, nearCount] = [k, nearCount + 1];
      }
      if (nearCount > 1) continue;
      for (let side = 0; side < 4; side++) {
        if (nearCount && side !== near) continue;
        const totals = sums[group(side, depth[side]!, [y, width - 1 - x, height - 1 - y, x][side]!)];
        if (!totals) continue;
        const i = y * width + x;
        totals[0]! += planes.r.data[i]!;
        totals[1]! += planes.g.data[i]!;
        totals[2]! += planes.b.data[i]!;
        totals[3]!++;
      }
    }
  }
  return sums.map(([r, g, b, n]) => (n ? ([r! / n, g! / n, b! / n] as const) : null));
}

/** Per side, a line through its first corner whose `direction` is the unit normal pointing into the quad. */
function sideNormals(corners: Quad): Line[] {
  const centre = corners.reduce((s, c) => ({ x: s.x + c.x / 4, y: s.y + c.y / 4 }), { x: 0, y: 0 });
  return sideLines(corners).map(({ point: a, direction }) => {
    const sign = (centre.x - a.x) * direction.y - (centre.y - a.y) * direction.x > 0 ? -1 : 1;
    return { point: a, direction: { x: -sign * direction.y, y: sign * direction.x } };
  });
}

function invert(mask: Mask): Mask {
  return { width: mask.width, height: mask.height, data: mask.data.map((v) => 1 - v) };
}


/** The quadrilateral of the mask's largest blob, or null when it is not document-like. */
function proposeQuad(blob: Mask, edges: GrayImage, planes: RgbPlanes): Proposal | null {
  const boundary = boundaryPoints(blob);
  const hull = convexHull(boundary.map((b) => b.point));
  const picked = largestInscribedQuad(hull);
  if (!picked) return null;
  let best: Proposal | null = null;
  for (const rough of [picked.map((i) => hull[i]!) as Quad, ...cornerCompletions(hull, picked, blob.width, blob.height)]) {
    const proposal = judgeQuad(rough, blob, boundary, edges, planes);
    if (proposal && (!best || proposal.score > best.score)) best = proposal;
  }
  return best;
}

/**
 * A document with one corner beyond the photo's border shows as a pentagon: four of its sides
 * and a stretch of the border. The largest quadrilateral on its hull drops one end of that
 * stretch; these quadrilaterals put the missing corner back where the two sides beside the
 * stretch meet, outside the photo.
 */
function cornerCompletions(hull: readonly Vec[], picked: readonly number[], width: number, height: number): Quad[] {
  const n = hull.length;
  const minStretch = DOCUMENT_DETECTION.minBorderStretch * Math.min(width, height);
  const completions: Quad[] = [];
  for (let j = 0; j < n; j++) {
    const p1 = hull[j]!;
    const p2 = hull[(j + 1) % n]!;
    if (!borderLineUnder(p1, p2, width, height) || Math.hypot(p2.x - p1.x, p2.y - p1.y) < minStretch) continue;
    const i1 = picked.indexOf(j);
    const i2 = picked.indexOf((j + 1) % n);
    // Exactly one end of the stretch is a corner of the quadrilateral: the other was dropped.
    if ((i1 >= 0) === (i2 >= 0)) continue;
    const corners = picked.map((i) => hull[i]!);
    const replaced = i2 >= 0 ? i2 : i1;
    // The two sides beside the stretch: from the previous corner through its near end, and
    // from its far end to the next corner.
    const corner = intersectLines(lineThrough(corners[(replaced + 3) % 4]!, p1), lineThrough(p2, corners[(replaced + 1) % 4]!));
    if (!corner) continue;
    corners[replaced] = corner;
    completions.push(corners as Quad);
  }
  return completions;
}

/** A candidate quadrilateral of a blob, refined and scored, or null when it is not document-like. */
function judgeQuad(
  rough: Quad,
  blob: Mask,
  boundary: readonly BoundaryPoint[],
  edges: GrayImage,
  planes: RgbPlanes,
): Proposal | null {
  const { width, height } = blob;
  const refined = refineSides(rough, boundary, width, height);
  if (!refined) return null;
  const { corners, cutSides } = refined;
  if (!isPlausibleShape(corners, width, height)) return null;
  const inside = convexPolygonMask(corners, width, height);
  const insideCount = sum(inside);
  let overlap = 0;
  for (let i = 0; i < inside.length; i++) overlap += inside[i]! & blob.data[i]!;
  // The blob must lie within its quadrilateral (a llama or a round plaque does not) and make up
  // a good part of it (print that cuts the background up leaves the rest as other regions).
  const fill = overlap / Math.max(1, sum(blob.data));
  const coverage = overlap / Math.max(1, insideCount);
  const areaFraction = insideCount / (width * height);
  if (fill < DOCUMENT_DETECTION.minFill || coverage < DOCUMENT_DETECTION.minCoverage) return null;
  if (areaFraction < DOCUMENT_DETECTION.minAreaFraction) return null;
  const backed = corners.flatMap((c, side) => (cutSides[side] ? [] : [sideSupport(c, corners[(side + 1) % 4]!, edges)]));
  const visibleSides = backed.length;
  const support = sum(backed);
  const weakestSupport = Math.min(1, ...backed);
  if (visibleSides > 0 && support / visibleSides < DOCUMENT_DETECTION.minMeanSideSupport) return null;
  // One visible side and three on the border is how a table top looks far more often than a
  // document: a document that far out of the photo is not worth telling apart.
  if (visibleSides === 1) return null;
  // A side running out of the photo is evidence too (the document goes on there), a little less
  // than a side seen along its whole length. With no side visible at all there is no evidence.
  // Only where what meets the border looks like the document: an outline that swallowed a
  // shadow or the table below the document gets no credit for the border it reaches.
  const cutConfirmed = confirmCuts(corners, cutSides, planes);
  const confirmedCuts = cutConfirmed.filter(Boolean).length;
  const evidence = visibleSides > 0 ? support + DOCUMENT_DETECTION.cutSideCredit * confirmedCuts : 0;
  const sideContrast = visibleSides === 4 ? weakestSideContrast(corners, planes) : 0;
  return { corners, cutSides, cutConfirmed, fill, areaFraction, score: fill * evidence, weakestSupport, sideContrast };
}

/**
 * Share of a side's length (its middle 80 %, inside the photo) along which there is an edge
 * within 2 px: a document's side is a visible, continuous edge.
 */
function sideSupport(a: Vec, b: Vec, edges: GrayImage): number {
  const length = distance(a, b);
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
  const inwardNormals = sideNormals(ordered);
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
    const length = distance(a, b);
    const chord = lineThrough(a, b);
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
      const inwards = inwardNormals[side]!.direction;
      const sign = inwards.x * normal.x + inwards.y * normal.y > 0 ? -1 : 1;
      line = {
        point: { x: fitted.point.x + sign * 0.5 * normal.x, y: fitted.point.y + sign * 0.5 * normal.y },
        direction: fitted.direction,
      };
    }
    lines.push(line);
  }
  const corners = cornersOf(lines);
  return corners && { corners, cutSides };
}

/** Convex, not too thin, corners not absurdly far outside the photo, angles a camera could give. */
function isPlausibleShape(corners: Quad, width: number, height: number): boolean {
  const reach = DOCUMENT_DETECTION.maxCornerOvershoot;
  for (const c of corners) {
    if (c.x < -reach * width || c.x > (1 + reach) * width || c.y < -reach * height || c.y > (1 + reach) * height) {
      return false;
    }
  }
  const sides = corners.map((c, i) => distance(c, corners[(i + 1) % 4]!));
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
