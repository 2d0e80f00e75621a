/**
 * Glare: specular reflections on the document — clipped blobs that are clearly brighter than the
 * document around them, with no print showing through and a soft edge. Paper white is rarely
 * clipped in a photo exposed for the document, a reflection of a lamp or the sky nearly always is;
 * where a scan or a printed specimen does clip its white paper, the print and the crisp edges of
 * its white areas tell it from a reflection. Colour is not asked about: a reflection takes the
 * tint of its light (a warm lamp, a blue window), and a clipped pixel is near white anyway.
 * Value: share of the document under glare, in percent.
 */
import { spreadOf, sum } from '../geometry.ts';
import { componentMask, connectedComponents, dilate, fillHoles, touchesBorder, type Mask } from '../mask.ts';
import type { GrayImage } from '../raster.ts';
import { listInWords, whereOn, type DocumentRegion } from '../region.ts';
import { uint8Array } from '../scratch.ts';
import { GLARE } from '../thresholds.ts';
import type { Box, PhotoCheckResult } from '../types.ts';

export interface GlareBlob {
  /** Bounding box in fractions of the photo. */
  box: Box;
  /** Centre in pixels of the analysed image. */
  centre: { x: number; y: number };
  /** Share of the document it covers (0..1). */
  share: number;
  /** Its width across its long axis (that of the ellipse with the same second moments), as a share of the document's short side. */
  thickness: number;
}

/**
 * Glare blobs on a small copy of the photo (`lum`, with `mask` the document there, `documentShortSide` its short side in that copy's pixels); `toAnalysed`
 * scales its pixels to the analysed image's.
 */
export function findGlare(
  lum: GrayImage,
  mask: Uint8Array,
  documentShortSide: number,
  toAnalysed: number,
): GlareBlob[] {
  const { width, height } = lum;
  let documentPixels = 0;
  for (const v of mask) documentPixels += v;
  if (documentPixels === 0) return [];
  const bright: Mask = { width, height, data: uint8Array(width * height) };
  for (let i = 0; i < mask.length; i++) {
    bright.data[i] = mask[i] && lum.data[i]! >= GLARE.clippedLevel ? 1 : 0;
  }
  const blobs: GlareBlob[] = [];
  for (const component of connectedComponents(bright)) {
    const share = component.pixels.length / documentPixels;
    if (share < GLARE.minBlobShare) break;
    // A white blob reaching the photo's border is a scan's white margin or a bright background,
    // not a reflection on the document.
    if (touchesBorder(component, width, height)) continue;
    // Print showing through the blob: white paper between lines of text, not a reflection, which
    // outshines whatever is printed under it.
    const filled = fillHoles(componentMask(component, width, height));
    const inside = filled.data;
    if (sum(inside) > (1 + GLARE.maxPrintInside) * component.pixels.length) continue;
    let brightness = 0;
    for (const i of component.pixels) brightness += lum.data[i]!;
    const near = dilate(filled).data;
    const grown = dilate(filled, 3 + Math.round(Math.sqrt(component.pixels.length / Math.PI))).data;
    let rimSum = 0;
    let rimCount = 0;
    let haloSum = 0;
    let haloCount = 0;
    for (let i = 0; i < grown.length; i++) {
      if (grown[i] && !inside[i] && mask[i]) {
        rimSum += lum.data[i]!;
        rimCount++;
        if (near[i]) (haloSum += lum.data[i]!), haloCount++;
      }
    }
    const rim = rimSum / rimCount;
    // The ring around the blob (on the document), out to the blob's own radius, must be clearly
    // darker: a highlight, not a white patch of the document's design meeting a white page (a
    // flash's hotspot fades out over about its own size, so its nearest ring is bright too). With
    // no document round the blob, the contrast is NaN and the blob stays.
    // And the ring right beside it must be well on the way from the rim to clipped: a reflection
    // is out of focus (its source is far behind the document's plane) and fades out; white print
    // ends in a step to the ink or the background.
    if (brightness / component.pixels.length - rim < GLARE.minRimContrast || haloSum < haloCount * (rim + GLARE.minHaloShare * (255 - rim))) continue;
    blobs.push({
      box: {
        x: component.minX / width,
        y: component.minY / height,
        width: (component.maxX + 1 - component.minX) / width,
        height: (component.maxY + 1 - component.minY) / height,
      },
      centre: {
        x: ((component.minX + component.maxX + 1) / 2) * toAnalysed,
        y: ((component.minY + component.maxY + 1) / 2) * toAnalysed,
      },
      share,
      thickness: minorAxis(component.pixels, width) / Math.max(1, documentShortSide),
    });
  }
  return blobs;
}

/** Minor axis (px) of the ellipse with the same second moments as the pixels: 4·√(smaller eigenvalue). */
function minorAxis(pixels: Int32Array, width: number): number {
  const spread = spreadOf(Array.from(pixels, (i) => ({ x: i % width, y: Math.floor(i / width) })));
  // A pixel is a unit square, not a point: its own spread is 1/12 in each direction.
  const xx = spread.xx + 1 / 12;
  const yy = spread.yy + 1 / 12;
  const smaller = (xx + yy) / 2 - Math.sqrt(((xx - yy) / 2) ** 2 + spread.xy ** 2);
  return 4 * Math.sqrt(Math.max(0, smaller));
}

export function checkGlare(blobs: readonly GlareBlob[], region: DocumentRegion): PhotoCheckResult {
  const share = blobs.reduce((s, b) => s + b.share, 0);
  const base = {
    id: 'glare',
    reasonId: 'photo.glare',
    value: Math.round(share * 1000) / 10,
    fix: 'Turn off the flash, tilt the document or the phone slightly, and move away from lamps or windows that reflect in it; diffuse daylight works best.',
  } as const;
  if (blobs.length === 0) return { ...base, status: 'pass', message: 'No glare on the document.', fix: '' };
  const places = [...new Set(blobs.slice(0, 3).map((b) => whereOn(region, b.centre)))];
  // Failing takes a sizeable glare with a blob thick enough to hide whole lines of text; a thin
  // bright stripe may be a laminate's sheen or white paper between lines of print.
  const hides = share >= GLARE.failShare && blobs.some((b) => b.thickness >= GLARE.failThickness);
  const message = `Glare over ${listInWords(places)}${hides ? ' hides part of it' : ''}.`;
  const regions = blobs.map((b) => b.box);
  return { ...base, status: hides ? 'fail' : 'warn', message, regions };
}
