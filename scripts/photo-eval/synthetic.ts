/**
 * Synthetic document photos with known degradations, deterministic for a seed.
 *
 * A card-like document (ID-1 proportions, 85.6 × 54 mm, rounded corners) is drawn procedurally
 * — pastel guilloche background, a portrait box, rows of glyph-like strokes about 2 mm tall and
 * two MRZ-like lines — then placed on a surface (plain, wood-like, noisy carpet, gradient) with
 * rotation and perspective, rendered with 2×2 supersampling, and degraded: Gaussian blur,
 * motion blur, glare blobs, dark / overexposed / uneven light, cut-off corners or edges, or a
 * small original size; and phone captures in dim light (the camera's gain lifts the image to a
 * grey paper level with strong noise, then JPEG compresses it), also small and blurred.
 * Each photo carries what a careful labeller would say about it.
 */
import type { Quad, Vec } from '../../src/checkers/photo/geometry.ts';
import { applyHomography, homography } from './projective.ts';
import jpeg from 'jpeg-js';
import { seededRandom } from '../lib/seeded-random.ts';
import type { RgbaImage } from '../../src/checkers/photo/types.ts';

/** What is wrong with a synthetic photo, one condition at a time. */
export type Condition =
  | 'clean'
  | 'blur'
  | 'motion-blur'
  | 'glare'
  | 'cut-corner'
  | 'cut-edge'
  | 'low-resolution'
  | 'dark'
  | 'overexposed'
  | 'uneven-light'
  | 'held-in-hand'
  | 'shadow-below'
  | 'dim'
  | 'small-dim-blurry'
  | 'tinted-glare'
  | 'warm-hotspot'
  | 'flash-hotspot'
  | 'light-surface'
  | 'open-passport'
  | 'tight-scan'
  | 'patterned-surface'
  | 'held-over-table-edge';

/**
 * Good photos in situations that mislead an outline finder: a card held in a hand that covers
 * part of one side and runs out of the photo (also over a table whose edge crosses the photo),
 * a card whose shadow below it reaches the photo's border, a passport open on two pages whose
 * facing page runs out of the photo, a flat scan cropped to the card, a card on a busy
 * patterned cloth. Nothing is wrong with them: every check must pass.
 */
export const GOOD_CONDITIONS: readonly Condition[] = [
  'clean',
  'held-in-hand',
  'shadow-below',
  'open-passport',
  'tight-scan',
  'patterned-surface',
  'held-over-table-edge',
  'light-surface',
];

export const CONDITIONS: readonly Condition[] = [
  'clean',
  'blur',
  'motion-blur',
  'glare',
  'cut-corner',
  'cut-edge',
  'low-resolution',
  'dark',
  'overexposed',
  'uneven-light',
  'held-in-hand',
  'shadow-below',
  'dim',
  'small-dim-blurry',
  'tinted-glare',
  'warm-hotspot',
  'open-passport',
  'tight-scan',
  'patterned-surface',
  'held-over-table-edge',
  'flash-hotspot',
  'light-surface',
];

export interface SyntheticPhoto {
  condition: Condition;
  seed: number;
  /** The photo as the widget would hand it to the analyser. */
  image: RgbaImage;
  /** Size of the "original file" (the analysed image is a downscaled copy of it). */
  originalWidth: number;
  originalHeight: number;
  /** The document's corners in the analysed image, clockwise from top-left. */
  corners: Quad;
  /** A short description of the degradation, e.g. "blur σ=3.1 px". */
  detail: string;
}

/** The seeded generator every synthetic photo draws from. */
export const random = seededRandom;

type Rgb = [number, number, number];

const CARD_W = 85.6;
const CARD_H = 54;
const CORNER_RADIUS = 3.2;
/** A passport's data page (ID-3, 125 × 88 mm), drawn as the card's design stretched to its shape. */
const PASSPORT_ASPECT = 125 / 88;

/** Integer hash of a few ints (for glyph bitmaps and textures). */
function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 374761393) + Math.imul(b, 668265263) + Math.imul(c, 2147483647);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}

interface CardDesign {
  /** A real document's face to print on the card instead of the drawn design. */
  face?: RgbaImage | undefined;
  tint: Rgb;
  accent: Rgb;
  ink: Rgb;
  skin: Rgb;
  seed: number;
}

function designFor(rand: () => number): CardDesign {
  const pastel = (): Rgb => [200 + rand() * 50, 200 + rand() * 50, 200 + rand() * 50];
  return {
    tint: pastel(),
    accent: [60 + rand() * 120, 60 + rand() * 120, 100 + rand() * 120],
    ink: [15 + rand() * 30, 15 + rand() * 30, 25 + rand() * 40],
    skin: [150 + rand() * 60, 110 + rand() * 50, 90 + rand() * 40],
    seed: Math.floor(rand() * 1e9),
  };
}

/** A 5×7 glyph cell: is the point (gx, gy in 0..1) on a stroke of glyph `code`? */
function onGlyph(code: number, gx: number, gy: number): boolean {
  const col = Math.floor(gx * 5);
  const row = Math.floor(gy * 7);
  if (col < 0 || col > 4 || row < 0 || row > 6) return false;
  // Strokes: a few vertical and horizontal bars picked by the code, like letters.
  const verticals = [0, 2, 4].filter((_, k) => (code >> k) & 1);
  const horizontals = [0, 3, 6].filter((_, k) => (code >> (k + 3)) & 1);
  if (verticals.length + horizontals.length === 0) return col === 2;
  return verticals.includes(col) || horizontals.includes(row);
}

/** The card's colour at (u, v) mm, or null outside the card. */
function cardColour(design: CardDesign, u: number, v: number): Rgb | null {
  if (u < 0 || v < 0 || u > CARD_W || v > CARD_H) return null;
  const cx = Math.min(Math.max(u, CORNER_RADIUS), CARD_W - CORNER_RADIUS);
  const cy = Math.min(Math.max(v, CORNER_RADIUS), CARD_H - CORNER_RADIUS);
  if ((u - cx) ** 2 + (v - cy) ** 2 > CORNER_RADIUS ** 2) return null;
  if (design.face) return faceColour(design.face, u / CARD_W, v / CARD_H);
  // Header band.
  if (v < 7) {
    if (v > 2 && v < 5.5 && u > 20 && u < 70 && glyphAt(design, u - 20, v - 2, 3.5, 2.6, 1)) return [250, 250, 250];
    return design.accent;
  }
  // Portrait box with a face-like ellipse.
  if (u > 4 && u < 28 && v > 10 && v < 41) {
    const fx = (u - 16) / 7;
    const fy = (v - 24) / 9.5;
    if (fx * fx + fy * fy < 1) return design.skin;
    if (v > 33 && Math.abs(u - 16) < 10) return [60, 60, 80];
    return [185, 190, 200];
  }
  // MRZ-like lines: two rows of 2.4 mm monospace glyphs.
  for (const top of [43.5, 48]) {
    if (v > top && v < top + 2.4 && u > 4 && u < 82) {
      return glyphAt(design, u - 4, v - top, 2.4, 1.95, 2) ? design.ink : design.tint;
    }
  }
  // Data fields: rows of 1.8 mm glyphs with varying lengths.
  for (let row = 0; row < 7; row++) {
    const top = 10.5 + row * 4.4;
    const length = 18 + (hash(design.seed, row, 7) % 32);
    if (v > top && v < top + 1.8 && u > 32 && u < 32 + length) {
      return glyphAt(design, u - 32, v - top, 1.8, 1.35, 10 + row) ? design.ink : design.tint;
    }
  }
  // Guilloche: faint interference rings.
  const wave = Math.sin(Math.hypot(u - 60, v - 25) * 2.2) * Math.sin(u * 0.9 + v * 0.4);
  const k = 1 + 0.05 * wave;
  return [design.tint[0] * k, design.tint[1] * k, design.tint[2] * k];
}

/** Bilinear sample of a document face at (s, t) in 0..1 of its width and height. */
function faceColour(face: RgbaImage, s: number, t: number): Rgb {
  const x = Math.min(face.width - 1.001, Math.max(0, s * (face.width - 1)));
  const y = Math.min(face.height - 1.001, Math.max(0, t * (face.height - 1)));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (xx: number, yy: number, c: number): number => face.data[(yy * face.width + xx) * 4 + c]!;
  const channel = (c: number): number =>
    (at(x0, y0, c) * (1 - fx) + at(x0 + 1, y0, c) * fx) * (1 - fy) + (at(x0, y0 + 1, c) * (1 - fx) + at(x0 + 1, y0 + 1, c) * fx) * fy;
  return [channel(0), channel(1), channel(2)];
}

function glyphAt(design: CardDesign, x: number, y: number, height: number, pitch: number, line: number): boolean {
  const cell = Math.floor(x / pitch);
  const gx = (x - cell * pitch) / (pitch * 0.8);
  if (gx >= 1) return false;
  const code = hash(design.seed, line, cell) % 64;
  if (code % 11 === 0) return false;
  return onGlyph(code, gx, y / height);
}

type Surface = (x: number, y: number) => Rgb;

/**
 * A busy cloth or a strongly grained table: a checked tablecloth (two colours in 2–5 % squares
 * with darker lines) or dark wood grain with streaks, both full of straight, contrasty edges.
 */
function patternedSurface(rand: () => number, width: number, height: number): Surface {
  const a: Rgb = [60 + rand() * 150, 40 + rand() * 120, 40 + rand() * 120];
  const b: Rgb = [a[0] * 0.45, a[1] * 0.45, a[2] * 0.45];
  const cell = (0.02 + rand() * 0.03) * Math.max(width, height);
  const angle = (rand() - 0.5) * 0.6;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  if (rand() < 0.5) {
    return (x, y) => {
      const u = Math.floor((x * c + y * s) / cell);
      const v = Math.floor((-x * s + y * c) / cell);
      return (u + v) % 2 === 0 ? a : b;
    };
  }
  return (x, y) => {
    const u = x * c + y * s;
    const v = -x * s + y * c;
    const grain = Math.sin(v / (0.15 * cell) + 3 * Math.sin(u / (4 * cell))) > 0.6 ? 0.5 : 1;
    return [a[0] * 0.6 * grain, a[1] * 0.5 * grain, a[2] * 0.4 * grain];
  };
}

/**
 * The surface split by a straight table edge crossing the photo away from the document: the
 * table on one side, the floor (darker or lighter) on the other.
 */
function withTableEdge(surface: Surface, corners: Quad, width: number, height: number, rand: () => number): Surface {
  // The edge runs through a point between the document and a random photo corner.
  const centre = corners.reduce((s, p) => ({ x: s.x + p.x / 4, y: s.y + p.y / 4 }), { x: 0, y: 0 });
  const far = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ][Math.floor(rand() * 4)]!;
  const reach = Math.max(...corners.map((p) => (p.x - centre.x) * (far.x - centre.x) + (p.y - centre.y) * (far.y - centre.y)));
  const length = Math.hypot(far.x - centre.x, far.y - centre.y);
  const normal = { x: (far.x - centre.x) / length, y: (far.y - centre.y) / length };
  const offset = reach / length + 0.35 * (length - reach / length);
  const floor = rand() < 0.5 ? 0.45 : 1.6;
  const tilt = (rand() - 0.5) * 0.5;
  const direction = { x: normal.x * Math.cos(tilt) - normal.y * Math.sin(tilt), y: normal.x * Math.sin(tilt) + normal.y * Math.cos(tilt) };
  return (x, y) => {
    const c = surface(x, y);
    if ((x - centre.x) * direction.x + (y - centre.y) * direction.y < offset) return c;
    return [Math.min(255, c[0] * floor), Math.min(255, c[1] * floor), Math.min(255, c[2] * floor)];
  };
}

/**
 * The facing page of a passport open on two pages: a cream page with lines of print joined to
 * the data page along its top side, as tall again, running on beyond the photo's border; the
 * fold between the two is a soft shaded line.
 */
function withFacingPage(surface: Surface, corners: Quad, rand: () => number): Surface {
  const [topLeft, topRight, bottomRight, bottomLeft] = corners;
  // The facing page mirrors the data page across its top side.
  const facing = [
    { x: 2 * topLeft.x - bottomLeft.x, y: 2 * topLeft.y - bottomLeft.y },
    { x: 2 * topRight.x - bottomRight.x, y: 2 * topRight.y - bottomRight.y },
    topRight,
    topLeft,
  ] as Quad;
  const toPage = homography(facing, [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 1, y: 1 },
    { x: 0, y: 1 },
  ])!;
  const paper: Rgb = [225 + rand() * 20, 210 + rand() * 20, 180 + rand() * 25];
  return (x, y) => {
    const p = applyHomography(toPage, { x, y });
    if (p.x < 0 || p.x > 1 || p.y < 0 || p.y > 1) return surface(x, y);
    // Lines of small print on the upper half, and the shade of the fold near the data page.
    const printed = p.x > 0.08 && p.x < 0.92 && p.y > 0.3 && p.y < 0.85 && (p.y * 40) % 1 < 0.3 && Math.sin(p.x * 300) > -0.3;
    const fold = 1 - 0.25 * Math.exp(-((1 - p.y) / 0.03));
    const k = (printed ? 0.55 : 1) * fold;
    return [paper[0] * k, paper[1] * k, paper[2] * k];
  };
}

function surfaceFor(rand: () => number, width: number, height: number): Surface {
  const kind = Math.floor(rand() * 4);
  const base: Rgb = [30 + rand() * 110, 30 + rand() * 100, 30 + rand() * 90];
  const seed = Math.floor(rand() * 1e9);
  if (kind === 0) return () => base;
  if (kind === 1) {
    // Wood-like: wavy stripes.
    return (x, y) => {
      const k = 1 + 0.12 * Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3);
      return [base[0] * k, base[1] * k, base[2] * k];
    };
  }
  if (kind === 2) {
    // Carpet-like: per-pixel noise over 4 px blocks.
    return (x, y) => {
      const n = (hash(seed, Math.floor(x / 4), Math.floor(y / 4)) % 1000) / 1000 - 0.5;
      return [base[0] * (1 + 0.35 * n), base[1] * (1 + 0.35 * n), base[2] * (1 + 0.35 * n)];
    };
  }
  // Gradient across the table.
  return (x, y) => {
    const k = 0.7 + 0.5 * ((x / width + y / height) / 2);
    return [base[0] * k, base[1] * k, base[2] * k];
  };
}

interface Placement {
  /** Document long side as a share of the photo's long side. */
  scale: number;
  /** Long side over short side of the document (an ID-1 card's by default). */
  aspect?: number;
  /** Largest rotation either way (radians). */
  maxAngle?: number;
  /** Perspective: how far each corner may stray, as a share of the long side. */
  tilt?: number;
  /** Centre offset as a share of the photo's size. */
  shiftX: number;
  shiftY: number;
}

/** Card corners in the photo: scaled, rotated, tilted in perspective, moved. */
function placeCard(rand: () => number, width: number, height: number, placement: Placement): Quad {
  const angle = (rand() - 0.5) * 2 * (placement.maxAngle ?? 0.25);
  const longSide = placement.scale * Math.max(width, height);
  const w = longSide;
  const h = longSide / (placement.aspect ?? CARD_W / CARD_H);
  const cx = width / 2 + placement.shiftX * width;
  const cy = height / 2 + placement.shiftY * height;
  const tilt = (placement.tilt ?? 0.06) * w;
  const local: Vec[] = [
    { x: -w / 2 + (rand() - 0.5) * tilt, y: -h / 2 + (rand() - 0.5) * tilt },
    { x: w / 2 + (rand() - 0.5) * tilt, y: -h / 2 + (rand() - 0.5) * tilt },
    { x: w / 2 + (rand() - 0.5) * tilt, y: h / 2 + (rand() - 0.5) * tilt },
    { x: -w / 2 + (rand() - 0.5) * tilt, y: h / 2 + (rand() - 0.5) * tilt },
  ];
  return local.map((p) => ({
    x: cx + p.x * Math.cos(angle) - p.y * Math.sin(angle),
    y: cy + p.x * Math.sin(angle) + p.y * Math.cos(angle),
  })) as Quad;
}

/** Renders the card (its design stretched over `corners`) on its surface with 2×2 supersampling. Returns linear-ish RGB floats. */
function render(width: number, height: number, corners: Quad, design: CardDesign, surface: Surface): Float32Array {
  const toCard = homography(corners, [
    { x: 0, y: 0 },
    { x: CARD_W, y: 0 },
    { x: CARD_W, y: CARD_H },
    { x: 0, y: CARD_H },
  ])!;
  const out = new Float32Array(width * height * 3);
  const offsets = [0.25, 0.75];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const oy of offsets) {
        for (const ox of offsets) {
          const p = applyHomography(toCard, { x: x + ox, y: y + oy });
          const c = cardColour(design, p.x, p.y) ?? surface(x + ox, y + oy);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const i = (y * width + x) * 3;
      out[i] = r / 4;
      out[i + 1] = g / 4;
      out[i + 2] = b / 4;
    }
  }
  return out;
}

function blurPlane(rgb: Float32Array, width: number, height: number, kernel: (dx: number, dy: number) => number, radius: number): Float32Array {
  const taps: { dx: number; dy: number; w: number }[] = [];
  let total = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const w = kernel(dx, dy);
      if (w > 1e-4) taps.push({ dx, dy, w }), (total += w);
    }
  }
  const out = new Float32Array(rgb.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const t of taps) {
        const xx = Math.min(width - 1, Math.max(0, x + t.dx));
        const yy = Math.min(height - 1, Math.max(0, y + t.dy));
        const j = (yy * width + xx) * 3;
        r += t.w * rgb[j]!;
        g += t.w * rgb[j + 1]!;
        b += t.w * rgb[j + 2]!;
      }
      const i = (y * width + x) * 3;
      out[i] = r / total;
      out[i + 1] = g / total;
      out[i + 2] = b / total;
    }
  }
  return out;
}

function gaussianBlurRgb(rgb: Float32Array, width: number, height: number, sigma: number): Float32Array {
  // Separable: rows then columns.
  const radius = Math.ceil(3 * sigma);
  const rows = blurPlane(rgb, width, height, (dx, dy) => (dy === 0 ? Math.exp(-(dx * dx) / (2 * sigma * sigma)) : 0), radius);
  return blurPlane(rows, width, height, (dx, dy) => (dx === 0 ? Math.exp(-(dy * dy) / (2 * sigma * sigma)) : 0), radius);
}

function motionBlurRgb(rgb: Float32Array, width: number, height: number, length: number, angle: number): Float32Array {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const radius = Math.ceil(length / 2);
  // A line segment kernel, 1 px thick (distance from the segment ≤ 0.5).
  return blurPlane(rgb, width, height, (dx, dy) => {
    const along = dx * c + dy * s;
    const across = -dx * s + dy * c;
    return Math.abs(along) <= length / 2 && Math.abs(across) <= 0.5 ? 1 : 0;
  }, radius);
}

function toRgba(rgb: Float32Array, width: number, height: number, rand: () => number, noise: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    // Sensor noise, the same on all channels (luma noise dominates in phone photos).
    const n = (rand() + rand() + rand() - 1.5) * noise;
    data[p] = rgb[i * 3]! + n;
    data[p + 1] = rgb[i * 3 + 1]! + n;
    data[p + 2] = rgb[i * 3 + 2]! + n;
    data[p + 3] = 255;
  }
  return { width, height, data };
}

/**
 * The surface darkened by `darkness` below the card's bottom side, as wide as the card and down
 * to the photo's bottom border: the shadow of a page lifted off the table, or a dark strip of
 * table showing under it.
 */
function withShadowBelow(surface: Surface, corners: Quad, height: number, darkness: number): Surface {
  const [, , bottomRight, bottomLeft] = corners;
  const left = Math.min(bottomLeft.x, corners[0].x);
  const right = Math.max(bottomRight.x, corners[1].x);
  const top = Math.min(bottomLeft.y, bottomRight.y);
  return (x, y) => {
    const c = surface(x, y);
    if (x < left || x > right || y < top || y > height) return c;
    return [c[0] * darkness, c[1] * darkness, c[2] * darkness];
  };
}

/**
 * A hand holding the card: a thumb over the middle of its right or left side and the palm
 * behind it, running out of the photo's side.
 */
function drawHand(rgb: Float32Array, width: number, height: number, corners: Quad, rand: () => number): void {
  const fromRight = rand() < 0.5;
  const [a, b] = fromRight ? [corners[1], corners[2]] : [corners[3], corners[0]];
  const grip = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const cardWidth = Math.hypot(corners[1].x - corners[0].x, corners[1].y - corners[0].y);
  const thumb = { reach: (0.08 + rand() * 0.06) * cardWidth, radius: (0.05 + rand() * 0.02) * cardWidth };
  const skin: Rgb = [190 + rand() * 40, 140 + rand() * 30, 110 + rand() * 30];
  const inwards = fromRight ? -1 : 1;
  const palmTop = grip.y - 0.6 * thumb.radius;
  const palmBottom = grip.y + (1.5 + rand()) * thumb.radius * 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The thumb: a capsule from the card's side inwards; the palm: from the side to the photo's border.
      const along = (x - grip.x) * inwards;
      const onThumb = along > -thumb.radius && along < thumb.reach && Math.abs(y - grip.y) < thumb.radius;
      const onPalm = along <= 0 && y > palmTop && y < palmBottom;
      if (!onThumb && !onPalm) continue;
      const shade = 0.85 + 0.15 * Math.cos((y - grip.y) / (2 * thumb.radius));
      const i = (y * width + x) * 3;
      rgb[i] = skin[0] * shade;
      rgb[i + 1] = skin[1] * shade;
      rgb[i + 2] = skin[2] * shade;
    }
  }
}

/** Short side of the card in pixels for a quad. */
export function quadShortSide(q: Quad): number {
  const side = (i: number): number => Math.hypot(q[(i + 1) % 4]!.x - q[i]!.x, q[(i + 1) % 4]!.y - q[i]!.y);
  return Math.min((side(0) + side(2)) / 2, (side(1) + side(3)) / 2);
}

/**
 * One synthetic photo of `condition`. Analysed size is about 1024 × 768 (either orientation);
 * the original is taken to be 3× larger (a 12-megapixel phone photo), except for
 * `low-resolution`, whose original is the analysed image itself.
 */
export interface SyntheticOptions {
  /** Long side of the analysed image (px). */
  longSide?: number;
  /** For `blur` and `motion-blur`: the blur σ (or streak length / 3.5) where the card's short side is 400 px, instead of a random clearly-bad amount. */
  blurAt400?: number;
  /** The photo's proportions, long side over short side (default 4 / 3, a phone camera's). */
  frameAspect?: number;
  /**
   * Faces of real documents (scans cropped inside their edges) printed on the card instead of
   * the drawn design, one per photo in turn: real print, portraits and pale edges, without the
   * drawn design's hard header band.
   */
  faces?: readonly RgbaImage[];
  /**
   * Wilder hand-held poses than the default's: turned up to 45° either way, corners strayed up
   * to a quarter of the card's length in perspective, the card 35–80 % of the photo's long side
   * (not for tight scans).
   */
  wildPose?: boolean;
}

export function syntheticPhoto(condition: Condition, seed: number, options: SyntheticOptions = {}): SyntheticPhoto {
  const longSide = options.longSide ?? 1024;
  const rand = random(seed * 7919 + CONDITIONS.indexOf(condition));
  const tightScan = condition === 'tight-scan';
  const portrait = !tightScan && rand() < 0.3;
  const frameShort = Math.round(longSide / (options.frameAspect ?? 4 / 3));
  let width = portrait ? frameShort : longSide;
  let height = portrait ? longSide : frameShort;
  let originalScale = 3;
  const placement: Placement = { scale: 0.55 + rand() * 0.3, shiftX: (rand() - 0.5) * 0.08, shiftY: (rand() - 0.5) * 0.08 };
  if (portrait) placement.scale = 0.7 + rand() * 0.2;
  if (options.wildPose) Object.assign(placement, { maxAngle: Math.PI / 4, tilt: 0.25, scale: 0.35 + rand() * 0.45 });
  let detail = '';
  if (condition === 'open-passport') {
    // The data page in the lower part of the photo, the facing page above it.
    placement.aspect = PASSPORT_ASPECT;
    placement.shiftY = 0.1 + rand() * 0.06;
  }
  if (tightScan) {
    // A flat scan cropped to the document: the photo has the document's shape, the document's
    // edges lie between a hair outside the border and 1 % inside it, square to the border.
    placement.aspect = rand() < 0.5 ? PASSPORT_ASPECT : CARD_W / CARD_H;
    const inset = -0.003 + rand() * 0.013;
    height = Math.round(longSide / placement.aspect / (1 - 2 * inset) + 2 * inset * longSide);
    placement.scale = 1 - 2 * inset;
    placement.shiftX = 0;
    placement.shiftY = 0;
    placement.maxAngle = 0.003;
    placement.tilt = 0;
    originalScale = 2;
    detail = `inset ${(inset * 100).toFixed(1)} %`;
  }
  if (condition === 'low-resolution' || condition === 'small-dim-blurry') {
    // A small original: the card's short side lands at 200–360 px (150–300 px for a dim capture).
    const target = condition === 'low-resolution' ? 200 + rand() * 160 : 150 + rand() * 150;
    const shrink = target / ((placement.scale * longSide * CARD_H) / CARD_W);
    width = Math.round(width * shrink);
    height = Math.round(height * shrink);
    originalScale = 1;
    detail = `card short side ≈ ${Math.round(target)} px`;
  }
  if (condition === 'cut-corner' || condition === 'cut-edge') {
    // Push the card towards a side or a corner until part of it leaves the photo.
    const push = 0.5 * placement.scale + 0.06 + rand() * 0.08;
    const direction = Math.floor(rand() * 4);
    const dx = condition === 'cut-corner' ? (direction % 2 === 0 ? 1 : -1) : direction === 0 ? 1 : direction === 1 ? -1 : 0;
    const dy = condition === 'cut-corner' ? (direction < 2 ? 1 : -1) : direction === 2 ? 1 : direction === 3 ? -1 : 0;
    placement.shiftX = dx * (condition === 'cut-corner' ? push * 0.5 : push * 0.6);
    placement.shiftY = dy * (condition === 'cut-corner' ? push * 0.45 : push * 0.6);
    detail = `shifted ${dx >= 0 ? '+' : ''}${dx},${dy >= 0 ? '+' : ''}${dy}`;
  }
  let corners = placeCard(rand, width, height, placement);
  if (condition === 'cut-corner' || condition === 'cut-edge') {
    // The push above does not always cut the card (a small card, a tilt): slide it on until a
    // corner is clearly outside, so the label is true.
    const beyond = 0.03 * Math.min(width, height);
    const cut = (q: Quad): boolean => q.some((c) => c.x < -beyond || c.y < -beyond || c.x > width + beyond || c.y > height + beyond);
    const step = { x: Math.sign(placement.shiftX) * 0.01 * width, y: Math.sign(placement.shiftY) * 0.01 * height };
    while (!cut(corners)) corners = corners.map((c) => ({ x: c.x + step.x, y: c.y + step.y })) as Quad;
  }
  if (condition !== 'cut-corner' && condition !== 'cut-edge' && !tightScan) {
    // Keep the whole card inside with a margin of 4 % of the short side.
    const margin = 0.04 * Math.min(width, height);
    const fits = (q: Quad): boolean => q.every((c) => c.x > margin && c.y > margin && c.x < width - margin && c.y < height - margin);
    while (!fits(corners)) {
      placement.scale *= 0.95;
      corners = placeCard(random(seed), width, height, placement);
    }
  }
  const design = designFor(rand);
  if (options.faces?.length) design.face = options.faces[(seed + CONDITIONS.indexOf(condition)) % options.faces.length];
  let surface = surfaceFor(rand, width, height);
  if (condition === 'shadow-below') surface = withShadowBelow(surface, corners, height, 0.35 + rand() * 0.2);
  if (condition === 'patterned-surface') surface = patternedSurface(rand, width, height);
  if (condition === 'held-over-table-edge') surface = withTableEdge(surface, corners, width, height, rand);
  if (condition === 'light-surface') {
    // A white desk, a sheet of paper or light wood: the card's own pastel is barely darker.
    const light: Rgb = [200 + rand() * 45, 195 + rand() * 45, 185 + rand() * 45];
    const grain = rand() < 0.5;
    surface = (x, y) => {
      const k = grain ? 1 + 0.04 * Math.sin(y * 0.07 + Math.sin(x * 0.013) * 2) : 1;
      return [light[0] * k, light[1] * k, light[2] * k];
    };
  }
  if (condition === 'open-passport') {
    const dark = 10 + rand() * 30;
    surface = withFacingPage(() => [dark, dark, dark + 5], corners, rand);
  }
  if (tightScan) {
    // The scanner's lid: white or black.
    const lid = rand() < 0.7 ? 235 + rand() * 20 : 15 + rand() * 20;
    surface = () => [lid, lid, lid];
  }
  let rgb = render(width, height, corners, design, surface);
  if (condition === 'held-in-hand' || condition === 'held-over-table-edge') drawHand(rgb, width, height, corners, rand);
  const shortSide = quadShortSide(corners);
  if (condition !== 'blur' && condition !== 'motion-blur') {
    // Real photos are never perfectly sharp: a slight lens softness.
    rgb = gaussianBlurRgb(rgb, width, height, 0.5 + rand() * 0.3);
  }

  if (condition === 'blur') {
    // Clearly unreadable: σ of 3–5 px where the card's short side is 400 px.
    const sigma = ((options.blurAt400 ?? 3 + rand() * 2) * Math.max(400, shortSide)) / 400;
    rgb = gaussianBlurRgb(rgb, width, height, sigma);
    detail = `gaussian σ=${sigma.toFixed(1)} px`;
  }
  if (condition === 'motion-blur') {
    // A streak of length L blurs like a Gaussian of σ ≈ L / 3.5 along it.
    const length = (((options.blurAt400 ?? 3 + rand() * 2) * 3.5) * Math.max(400, shortSide)) / 400;
    const angle = rand() * Math.PI;
    rgb = motionBlurRgb(rgb, width, height, length, angle);
    detail = `motion ${length.toFixed(0)} px at ${Math.round((angle * 180) / Math.PI)}°`;
  }
  if (condition === 'tinted-glare') {
    // A reflected light strip (a window, a tube lamp) across the card: a streak 1.5–3 lines of
    // text thick, tinted by the light (bluish or warm) and clipped only along part of its core.
    const centre = { x: width / 2 + (rand() - 0.5) * 0.3 * shortSide, y: height / 2 + (rand() - 0.5) * 0.3 * shortSide };
    const half = shortSide * (0.04 + rand() * 0.04);
    const angle = (rand() - 0.5) * 0.6;
    const peak = 0.8 + rand() * 0.2;
    const tint: Rgb = rand() < 0.5 ? [245, 265, 310] : [310, 285, 240];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const across = (-(x - centre.x) * Math.sin(angle) + (y - centre.y) * Math.cos(angle)) / half;
        const strength = peak * Math.exp(-across * across);
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) rgb[i + c] = rgb[i + c]! + (tint[c]! - rgb[i + c]!) * strength;
      }
    }
    detail = `streak ${(2 * half).toFixed(0)} px, peak ${peak.toFixed(2)}`;
  }
  if (condition === 'glare' || condition === 'warm-hotspot' || condition === 'flash-hotspot') {
    // A specular blob over the card: towards white (or the warm white of a bulb), clipped at its
    // core. A flash's hotspot clips only at its very centre and fades out through a broad halo.
    const light: Rgb = condition === 'glare' ? [270, 270, 270] : [320, 285, 225 + rand() * 20];
    const toImage = homography(
      [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 1, y: 1 },
        { x: 0, y: 1 },
      ],
      corners,
    )!;
    const centre = applyHomography(toImage, { x: 0.2 + rand() * 0.6, y: 0.2 + rand() * 0.6 });
    const flash = condition === 'flash-hotspot';
    const radius = shortSide * (flash ? 0.14 + rand() * 0.06 : 0.09 + rand() * 0.08);
    const elongation = flash ? 1 + rand() * 0.3 : 1 + rand() * 1.5;
    const peak = flash ? 1.08 + rand() * 0.1 : 1.6;
    const angle = rand() * Math.PI;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const dx = x - centre.x;
        const dy = y - centre.y;
        const a = (dx * Math.cos(angle) + dy * Math.sin(angle)) / (radius * elongation);
        const b = (-dx * Math.sin(angle) + dy * Math.cos(angle)) / radius;
        const strength = Math.min(1, peak * Math.exp(-(a * a + b * b)));
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) rgb[i + c] = rgb[i + c]! + (light[c]! - rgb[i + c]!) * strength;
      }
    }
    detail = `blob r=${radius.toFixed(0)} px ×${elongation.toFixed(1)}`;
  }
  if (condition === 'dark' || condition === 'overexposed' || condition === 'uneven-light') {
    const gain = condition === 'dark' ? 0.18 + rand() * 0.12 : condition === 'overexposed' ? 1.7 + rand() * 0.6 : 1;
    const angle = rand() * 2 * Math.PI;
    const low = 0.2 + rand() * 0.12;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let k = gain;
        if (condition === 'uneven-light') {
          // A shadow falling across the card: full light on one side, `low` on the other.
          const t = ((x - width / 2) * Math.cos(angle) + (y - height / 2) * Math.sin(angle)) / (0.35 * Math.min(width, height));
          k = low + (1 - low) / (1 + Math.exp(-4 * t));
        }
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) rgb[i + c] = rgb[i + c]! * k;
      }
    }
    detail = condition === 'uneven-light' ? `shadow down to ${low.toFixed(2)}` : `gain ${gain.toFixed(2)}`;
  }
  if (condition === 'dim' || condition === 'small-dim-blurry') {
    // Dim light with the camera's gain turned up: the paper comes out mid-grey (not black, as
    // under 'dark'), with strong noise; a small one is also soft (σ 2.5–4 px relative to a
    // 400 px short side, in its own pixels).
    const gain = 0.4 + rand() * 0.12;
    if (condition === 'small-dim-blurry') {
      const sigma = ((2.5 + rand() * 1.5) * shortSide) / 400;
      rgb = gaussianBlurRgb(rgb, width, height, sigma);
      detail = `gaussian σ=${sigma.toFixed(1)} px, `;
    }
    for (let i = 0; i < rgb.length; i++) rgb[i] = rgb[i]! * gain;
    detail += `gain ${gain.toFixed(2)}, JPEG`;
  }
  let image = toRgba(rgb, width, height, rand, condition === 'dark' ? 4 : condition === 'dim' || condition === 'small-dim-blurry' ? 14 : 6);
  if (condition === 'dim' || condition === 'small-dim-blurry') {
    // A phone's JPEG at middling quality: its 8×8 blocks add false edges to a soft, noisy image.
    const encoded = jpeg.encode({ width, height, data: Buffer.from(image.data.buffer) }, 45 + Math.floor(rand() * 25));
    const decoded = jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true });
    image = { width, height, data: new Uint8ClampedArray(decoded.data.buffer) };
  }
  return {
    condition,
    seed,
    image,
    originalWidth: width * originalScale,
    originalHeight: height * originalScale,
    corners,
    detail,
  };
}
