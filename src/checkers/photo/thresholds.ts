/**
 * Every threshold of the photo checker, with why it has its value. They were set from the
 * physics of the problem and checked on synthetic photos (scripts/photo-eval), never fitted to
 * the real evaluation photos.
 */

/** Finding the document (see document.ts). */
export const DOCUMENT_DETECTION = {
  /**
   * A document must cover at least this share of the photo. Smaller blobs are usually parts of a
   * document (its portrait, its chip) or objects; a document this small is too far away anyway.
   */
  minAreaFraction: 0.12,
  /** At least this share of a blob must lie inside its quadrilateral: documents are four-sided. */
  minFill: 0.85,
  /** The blob must cover at least this share of its quadrilateral (the rest is print cut off by edges). */
  minCoverage: 0.5,
  /** Visible sides must be backed by an edge along at least this share of their length, on average. */
  minMeanSideSupport: 0.5,
  /** Blur before finding edges (pixels at DETECTION_LONG_SIDE): melts text into texture. */
  blurSigma: 1.5,
  /**
   * Edge maps tried: colour gradient thresholds as shares of the photo's brightness range (1st to
   * 99th percentile), in levels per pixel at DETECTION_LONG_SIDE after the blur. In a photo
   * spanning 200 levels they are 5 and 10: a 40-level step (a light card on a mid-grey table)
   * peaks near 10, and the lower one catches soft photos.
   */
  edgeThresholds: [0.025, 0.05] as const,
  /** Floor of the edge threshold, above the noise of a dim photo (levels per pixel). */
  minEdgeThreshold: 1.5,
  /** Regions (largest first) of each edge map that are tried as the document. */
  regionsTried: 6,
  /** Straight edges (strongest first) of each edge map that quadrilaterals are made of. */
  linesTried: 10,
  /** A straight edge must run along at least this share of the photo's short side (a side of a document that covers 12 % of it is longer). */
  minLineShare: 0.15,
  /** Quadrilaterals of straight edges (best backed first) of each edge map that are tried as the document. */
  lineQuadsTried: 4,
  /** Evidence a cut side adds when the document is seen running into the border there, against 1 for a visible side backed by an edge along its length. */
  cutSideCredit: 0.75,
  /** Long side over short side of an outline that can be a whole document (perspective and squeezed video frames included). */
  wholeAspect: [1.2, 2.5] as const,
  /**
   * Long side over short side above which an outline with all four sides in the photo is not a
   * document but a band of print inside one (a black title bar, the strip above it): an ID-1
   * card is 1.59, and a camera tilted 50° off the card's face stretches that to about 2.5.
   */
  maxUncutAspect: 3,
  /** Long side over short side of a document: a passport page (and A4) 1.41, an ID-1 card 1.59. */
  documentAspect: [1.41, 1.59] as const,
  /**
   * An outline seen whole loses its preference over a larger one running out of the photo, with
   * two sides in common, when the larger one's proportions are this much nearer a document's (a
   * card's body below its printed band is far too long).
   */
  proportionsMargin: 0.1,
  /** Two sides lie along each other when both ends of one are this close to the other's line (px of the 160-px detection copy: coarse outlines of one edge differ by that much). */
  sharedSideReach: 5,
  /** A data page is at most this share of the open booklet's area (half, give or take the perspective); a closer fit of the same outline is larger. */
  pageOfBooklet: 0.7,
  /** Scores closer than this are equal: a side's support is counted in samples, so it moves in steps of a few hundredths. */
  scoreTie: 0.005,
  /**
   * Each side of an outline seen whole must part colours at least this different (RGB distance
   * of the mean strips either side, levels): a light card on a mid-grey table differs by ~100, a
   * data page from its facing page by ~30, a column of print from the blank card beside it by
   * little, as both strips are the same card.
   */
  minWholeSideContrast: 20,
  /**
   * Below this (levels), the strips either side of a side are the same colour, within a blurred
   * flat colour's noise: the side is a line (print, a cloth's pattern), not the edge of anything.
   * A pale data page's fold beside its facing page still parts them by 10 or more.
   */
  minSideStep: 5,
  /** A colour making up this share of the photo's border (give or take 16–31 levels) is the surface's. */
  surfaceColourShare: 0.02,
  /**
   * A region unlike the colours along the photo's border is taken for a document lying on a
   * patterned surface only when under this share of the rest of the photo is unlike them too:
   * 0 on checked cloths, 8 % on a passport page scanned flush, whose portrait is such a region.
   */
  maxUnlikeSurface: 0.02,
  /** Proposals within this share of the best score compete on size. */
  nearBestScore: 0.85,
  /**
   * A visible side whose ends both lie within this share of the photo's short side of the border
   * beside it may be a line of print on a document that runs on past it (an MRZ row on a card
   * cut off below it).
   */
  nearBorderShare: 0.08,
  /**
   * …it does when the strip beyond it is this many times closer in colour to the document than
   * to the surface (which must differ by minWholeSideContrast)…
   */
  runsPastMargin: 2,
  /**
   * …and, when the two differ in hue by at least minHueDistance (chromaticity: a white page on
   * brown wood ≈ 0.15, on a grey table ≈ 0), this many times closer in hue: hue is steadier
   * than brightness under uneven light, but shifts more with a strip's mix of print and paper.
   */
  runsPastHueMargin: 1.5,
  minHueDistance: 0.03,
  /** Width (px at DETECTION_LONG_SIDE) of the strips compared to tell a real cut from a swallowed surface. */
  cutStripWidth: 3,
  /** Sides are snapped to the strongest edge within this many pixels of the coarse copy… */
  snapReach: 3,
  /** …or, for a side whose edge is not there while two others are, within this many. */
  farSnapReach: 5,
  /** The farther fit is kept when its sides' support adds up to this much more. */
  farSnapGain: 0.1,
  /** Long side of the copy on which the sides are snapped to the edge. */
  refineLongSide: 512,
  /** A side counts as visible where the gradient across it reaches this (levels per pixel). */
  sideEdgeStrength: 4,
  /** Sides are refitted from boundary pixels within this share of the image diagonal. */
  sideSearchFraction: 0.03,
  /** A side is refitted only when its boundary has at least this many points per pixel of length. */
  minSideSupport: 0.3,
  /** A stretch of the photo's border this long (share of its short side) on a blob's hull is where the document leaves the photo. */
  minBorderStretch: 0.05,
  /** Corners may lie outside the photo by at most this share of its size (a cut-off corner). */
  maxCornerOvershoot: 0.5,
  /** Shortest side at least this share of the longest (a receipt is long; a line of text is not a document). */
  minSideRatio: 0.2,
  /** Each corner angle between this and 180° minus this: a camera held at up to ~45° to the document. */
  minCornerAngleDegrees: 40,
  /**
   * An outline at least this sure (outlineConfidence: every visible side backed by an edge along
   * three quarters of its length, every cut side seen running into the border) is trusted for
   * failures that depend on where it is: a corner outside the photo, a shadow over part of the
   * document. Below it the outline may have followed a shadow, a hand or the table, and those
   * findings are only warnings.
   */
  sureConfidence: 0.75,
  /**
   * An outline's best side must be backed by an edge along this share of its length: a document
   * shows at least one side whole against its surface (a thumb or a glare streak hides part of
   * another, not all four). Quadrilaterals closed by a passport's print in a scan cropped to the
   * page, a llama's neck or two faces get 0.4–0.86; documents' outlines 0.95–1.
   */
  minBestSideSupport: 0.9,
} as const;

/** Finding a document cropped close to its edges (see scan.ts), on the copy its sides are snapped on. */
export const SCAN = {
  /**
   * A side is looked for within this share of the photo's short side from the border: a scan's
   * margin, or the strip of a passport's booklet beyond its data page (about 5 % of the page).
   */
  bandShare: 0.06,
  /**
   * A document drawn as a thin outline (a specimen's rendering) is looked for this far in: its
   * margin is the drawing's, anything up to a tenth of the picture, and the outline finder loses
   * so thin a line on its small copy.
   */
  drawnBandShare: 0.12,
  /** Nearest a side is looked for (px): a photo's outermost rows are often a dark or bright line left by the camera or the encoder. */
  minDepth: 2.5,
  /** Turns of the side tried, either way from parallel to the border, and the step (radians): a scan is square to within a degree or two. */
  angleSteps: 3,
  angleStep: (0.5 * Math.PI) / 180,
  /** A side must be backed by a one-way edge along this share of its length. */
  minSupport: 0.6,
  /**
   * Tip of a photo corner compared with the document inside the curve, as a share of the short
   * side: a card's rounded corner (ID-1: radius 6 % of its short side) leaves background up to
   * 3.5 % along the diagonal from where its sides meet, so a tip of 1.2 % is all background and
   * 4.8–7.2 % in is all card.
   */
  cornerTipShare: 0.012,
  /**
   * Colours of the background at different corners differ by at most this (RGB distance,
   * levels), or this share of the darker one's brightest channel if more: a scanner's lid is one
   * colour, give or take the encoder's noise and its shading, which scales its colour (on a real
   * passport scan, the lid's corners differ by 16 % of its brightness). A patterned cloth's
   * checks, or a shadow here and the table there, differ by far more.
   */
  backgroundTolerance: 30,
  backgroundShading: 0.2,
} as const;

/**
 * Resolution: the document's short side in the original file's pixels. An ID-1 card's short side
 * is 54 mm and its smallest printed data is about 1.5–2 mm tall (OCR-B in the MRZ is ~2.3 mm).
 * OCR engines need an x-height of roughly 8–10 px to read reliably.
 *  - 600 px / 54 mm = 11 px/mm: 1.5 mm text has an x-height of ~11 px, comfortably readable.
 *  - 400 px = 7.4 px/mm: x-height ~7–8 px, at the edge of what OCR reads; below it the
 *    verification service's OCR and its human reviewers start to misread digits.
 */
export const RESOLUTION = {
  /** Short side at or above this passes (px). */
  passAtLeast: 600,
  /** Short side below this fails (px); between the two is a warning. */
  failBelow: 400,
} as const;

/**
 * Sharpness: the blur of the document's edges, as the σ (px) of the Gaussian that would explain
 * them, measured where the document's short side is at most `workingShortSide` px (larger
 * documents are shrunk first, smaller ones' blur is scaled up, so the figure is relative to the
 * document, not to the camera).
 * At 400 px per 54 mm (7.4 px/mm), print strokes are ~0.25 mm ≈ 2 px wide: a true blur of
 * 2.5 px (0.34 mm) merges strokes and OCR fails; 1.6 px still reads but is soft.
 * The estimator reads dense print slightly sharp (neighbouring strokes interfere), so the
 * thresholds are in its own units, calibrated on synthetic cards with known Gaussian blur:
 * true σ 1.0 → 1.0, 1.5 → 1.35, 2.0 → 1.7, 2.5 → 2.0, 3.0 → 2.3, 4.0 → 2.7
 * (scripts/photo-eval, seeds 1–4).
 */
export const SHARPNESS = {
  /** Documents larger than this short side (px) are shrunk to it before measuring; smaller ones' blur is scaled up to it. */
  workingShortSide: 400,
  /**
   * Below this short side (px) blur is not judged: print is 2–3 px tall, blur can't be told from
   * the pixel grid, and the resolution check already fails the photo.
   */
  minShortSide: 120,
  /** Measured blur below this passes (true σ ≈ 1.6 px). */
  passBelow: 1.4,
  /** Measured blur at or above this fails (true σ ≈ 2.5 px). */
  failAtLeast: 2.0,
  /** Worst-direction blur this many times the best direction's means movement, not focus. */
  motionAnisotropy: 1.6,
  /** Fewer edge points than this: too little detail to judge (passes, nothing to blame). */
  minEdgePoints: 40,
  /** Edge points must reach this share of their direction's strong-gradient level (99th percentile). */
  edgeShareOfStrong: 0.5,
  /** The two blurs (σ0, σ1 in px) whose gradient ratio measures the blur. */
  measureSigmas: [1, 2] as const,
} as const;

/**
 * Glare: clipped blobs on the document that are clearly brighter than the document around them. A specular reflection of a lamp, a window or the sky saturates the sensor; paper
 * white in a photo exposed for the document does not, so a white page is not glare.
 */
export const GLARE = {
  /** Luminance (0..255) at or above which a pixel is clipped (on the shrunk copy, so a clipped patch averages to it). */
  clippedLevel: 250,
  /** Blobs smaller than this share of the document are specks, not glare. */
  minBlobShare: 0.003,
  /** The ring around a blob must be at least this much darker than the blob (levels). */
  minRimContrast: 12,
  /** Unclipped print inside a blob (its holes) above this share of the blob means white paper between print, not glare. */
  maxPrintInside: 0.2,
  /**
   * The pixels right beside a blob (on the shrunk copy) must lie at least this share of the way
   * from the rim round the blob up to clipped: a reflection is out of focus and fades out, so
   * they are nearly clipped too (0.59 and 0.69 on real glare, 0.61–0.88 on real photos with a
   * lamp's reflection added, 0.34–0.88 on synthetic glare); next to white print or paper they
   * are the ink, the background or the field's outline (0.07–0.28 on the white fields of
   * printed specimens and on a microfilm page's white).
   */
  minHaloShare: 0.4,
  /** Glare over this share of the document fails (it hides text); any real blob warns. */
  failShare: 0.012,
  /**
   * …and only with a blob at least this thick (share of the document's short side, ≈ 4 mm on a
   * 54 mm card): two lines of ID-card text are about that tall, so a reflection this wide hides
   * whole words. Thinner bright stripes (a plastic sleeve's sheen, white paper between lines of
   * print) only warn.
   */
  failThickness: 0.08,
} as const;

/**
 * Exposure, from the document's luminance histogram. The paper level (90th percentile) says how
 * bright the document's light parts are; clipped pixels (≥ 250) are washed out.
 */
export const EXPOSURE = {
  /** Paper level below this fails: the light parts of the document are dark grey. */
  darkFailBelow: 70,
  /**
   * Paper level below this warns: the document's white is darker than mid-grey. A phone in dim
   * light raises its gain until the paper is about there, so the photo is noisy and soft.
   */
  darkWarnBelow: 128,
  /** Share of the document clipped white at or above which it fails… */
  brightFailShare: 0.3,
  /** …and at or above which it warns… */
  brightWarnShare: 0.12,
  /**
   * …when its print is lifted to this level or more (the darkest 1 % of each quadrant, the
   * second palest of the four, on the 256-px copy). Light strong enough to wash the document out
   * lifts black print towards grey as well: 145–228 on synthetic overexposure, 93–248 on 20 of
   * 21 real photos brightened 3× in linear light. Scans and renderings printed on white clip
   * their paper but keep their print dark: 0–86 on 12 specimens. A card with black print in
   * every quadrant keeps it dark under any light, and is missed: 76 on the 21st photo, 75 on 2
   * of 10 synthetic cards printed with real documents' faces.
   */
  washedInkLevel: 90,
  /** Darkest quadrant's paper level over the brightest's: below this the light is uneven (warn)… */
  unevenWarnBelow: 0.6,
  /** …and below this, with the dark part dim as well, it fails. */
  unevenFailBelow: 0.4,
  /** Bands across the document (each way) whose paper levels are compared for light falling off… */
  bands: 6,
  /**
   * …and the darkest band's over the brightest's below which it warns: half as bright in levels,
   * about a fifth of the light (2.2 stops). A lamp to one side, its light falling to 8 % across
   * the document, gives 0.41–0.59 on 16 of 21 real photos (0.68–0.89 on the rest), which the
   * quadrants above miss; good photos give 0.53 and more (dev and held-out sets, 93 photos).
   */
  fallOffWarnBelow: 0.5,
} as const;

/** Framing: how close to the photo's border a corner may come before it counts as touching. */
export const FRAMING = {
  /** Margin as a share of the photo's short side. */
  marginShare: 0.01,
  /** A corner farther outside than this share of the photo's short side is outside it… */
  outsideShare: 0.005,
  /**
   * …and farther than this share of the document's short side: the sides of a card with rounded
   * corners (ID-1: radius 3.2 mm of 54 mm, 6 %) meet up to 0.41 × the radius beyond the curve, so
   * a tilted card whose rounded corner just touches the border has its sides meet ≈ 2.4 % outside.
   */
  roundedCornerShare: 0.025,
  /**
   * A document covering this share of the photo or more fills it: a flat scan cropped to the
   * card looks exactly like a photo taken too close, so reaching the border is only a warning.
   */
  flushAreaShare: 0.85,
  /**
   * A document runs out of the photo for sure only when its median colour and the surface's
   * differ by this many levels (of 441, the RGB cube's diagonal): cut-off cards and pages on a
   * table differ by 89 or more on the real photos, while a line of print on a page cropped flush
   * (the same page on both sides of the "outline") differs by 6.
   */
  minSurfaceContrast: 30,
} as const;
