/**
 * Exposure: too dark, washed out, or unevenly lit, from the document's luminance histogram.
 * Value: the document's median brightness (0–255).
 */
import { sum } from '../geometry.ts';
import { histogram, levelBin, percentileOf, type GrayImage } from '../raster.ts';
import { areaName, toDocumentCoordinates, type DocumentRegion } from '../region.ts';
import { DOCUMENT_DETECTION, EXPOSURE } from '../thresholds.ts';
import type { CheckStatus } from '../../../protocol/messages.ts';
import type { PhotoCheckResult } from '../types.ts';

export interface ExposureStats {
  /** Median brightness of the document (0–255). */
  median: number;
  /** Paper level: the 90th percentile of brightness. */
  paperLevel: number;
  /** Share of the document at or above 250 (clipped white). */
  clippedShare: number;
  /**
   * Ink level: the darkest print (1st percentile of brightness) of each quadrant, the second
   * palest of them. A large black area (a dark portrait) in one quadrant does not hide washed-out
   * print in the others, and one quadrant with no dark print does not pass for washed out.
   */
  inkLevel: number;
  /** Paper level of the darkest quadrant over the brightest's (1 = even). */
  evenness: number;
  /** Paper level of the darkest quadrant. */
  darkestQuadrantLevel: number;
  /** The darkest quadrant's centre in document coordinates. */
  darkestQuadrant: { x: number; y: number };
  /**
   * Paper level of the darkest of EXPOSURE.bands bands across the document over the brightest's,
   * along whichever of its two axes is less even: light falling off from one side to the other,
   * which the brightest part of each quadrant hides.
   */
  bandEvenness: number;
  /** The darkest such band's centre in document coordinates. */
  darkestBand: { x: number; y: number };
}

/** Statistics over the masked pixels of `lum`; `toAnalysed` scales its pixels to the analysed image's. */
export function measureExposure(lum: GrayImage, mask: Uint8Array, region: DocumentRegion, toAnalysed: number): ExposureStats {
  const all = histogram(lum, mask);
  const quadrants = [0, 1, 2, 3].map(() => new Uint32Array(256));
  const columns = Array.from({ length: EXPOSURE.bands }, () => new Uint32Array(256));
  const rows = Array.from({ length: EXPOSURE.bands }, () => new Uint32Array(256));
  const band = (t: number): number => Math.min(EXPOSURE.bands - 1, Math.max(0, Math.floor(t * EXPOSURE.bands)));
  for (let y = 0; y < lum.height; y++) {
    for (let x = 0; x < lum.width; x++) {
      const i = y * lum.width + x;
      if (!mask[i]) continue;
      const p = toDocumentCoordinates(region, { x: (x + 0.5) * toAnalysed, y: (y + 0.5) * toAnalysed });
      const bin = levelBin(lum.data[i]!);
      quadrants[(p.y < 0.5 ? 0 : 2) + (p.x < 0.5 ? 0 : 1)]![bin]! += 1;
      columns[band(p.x)]![bin]! += 1;
      rows[band(p.y)]![bin]! += 1;
    }
  }
  const inks = quadrants.map((h) => percentileOf(h, 0.01)).filter((l) => !Number.isNaN(l)).sort((a, b) => b - a);
  const quarters = evennessOf(quadrants);
  const across = evennessOf(columns);
  const down = evennessOf(rows);
  const centre = (i: number): number => (i + 0.5) / EXPOSURE.bands;
  return {
    median: percentileOf(all, 0.5),
    paperLevel: percentileOf(all, 0.9),
    clippedShare: sum(all.subarray(250)) / sum(all),
    inkLevel: inks[1] ?? inks[0] ?? Number.NaN,
    evenness: quarters.evenness,
    darkestQuadrantLevel: quarters.darkestLevel,
    darkestQuadrant: { x: quarters.darkest % 2 === 0 ? 0.25 : 0.75, y: quarters.darkest < 2 ? 0.25 : 0.75 },
    bandEvenness: Math.min(across.evenness, down.evenness),
    darkestBand: across.evenness <= down.evenness ? { x: centre(across.darkest), y: 0.5 } : { x: 0.5, y: centre(down.darkest) },
  };
}

/**
 * Paper level (90th percentile) of the darkest of these parts (quadrants or bands) over the
 * brightest's, which part is darkest, and its level (NaN when no part has a pixel).
 */
function evennessOf(parts: readonly Uint32Array[]): { evenness: number; darkest: number; darkestLevel: number } {
  const seen = parts.map((h, i) => ({ level: percentileOf(h, 0.9), i })).filter(({ level }) => !Number.isNaN(level));
  const darkest = seen.reduce((a, b) => (b.level < a.level ? b : a), seen[0] ?? { level: Number.NaN, i: 0 });
  const brightest = Math.max(...seen.map(({ level }) => level));
  const evenness = seen.length > 1 && brightest > 0 ? darkest.level / brightest : 1;
  return { evenness, darkest: darkest.i, darkestLevel: darkest.level };
}

interface Finding {
  status: CheckStatus;
  message: string;
  fix: string;
}

export function checkExposure(stats: ExposureStats, region: DocumentRegion): PhotoCheckResult {
  const subject = region.isDocument ? 'document' : 'photo';
  const findings: Finding[] = [];
  if (stats.paperLevel < EXPOSURE.darkWarnBelow) {
    findings.push({
      status: stats.paperLevel < EXPOSURE.darkFailBelow ? 'fail' : 'warn',
      message: `The ${subject} is too dark.`,
      fix: 'Take the photo in daylight or under a bright room light, without the flash.',
    });
  }
  // Light strong enough to wash the document out lifts its darkest print towards grey too; under
  // black print, the clipped white is the paper's own (a scan, a rendering), and nothing is lost.
  if (stats.clippedShare >= EXPOSURE.brightWarnShare && stats.inkLevel >= EXPOSURE.washedInkLevel) {
    findings.push({
      status: stats.clippedShare >= EXPOSURE.brightFailShare ? 'fail' : 'warn',
      message: `The ${subject} is overexposed: ${Math.round(stats.clippedShare * 100)} % of it is washed-out white.`,
      fix: 'Move out of direct sunlight or away from the lamp, turn off the flash, and tap the document on the screen so the camera sets the exposure for it.',
    });
  }
  // The "shadow" may be the table, when the outline is unsure of where the document ends.
  const sure = region.confidence >= DOCUMENT_DETECTION.sureConfidence;
  const patchy = stats.evenness < EXPOSURE.unevenWarnBelow;
  // Bands are narrow enough to hold only the table's edge or a patterned cloth where an outline
  // strayed, or the scene round a document not found: only a sure outline's are compared.
  const fallsOff = region.isDocument && sure && stats.bandEvenness < EXPOSURE.fallOffWarnBelow;
  if (patchy || fallsOff) {
    const dim = stats.darkestQuadrantLevel < EXPOSURE.darkWarnBelow;
    findings.push({
      status: patchy && stats.evenness < EXPOSURE.unevenFailBelow && dim && sure ? 'fail' : 'warn',
      message: `The light is uneven: the ${areaName(patchy ? stats.darkestQuadrant : stats.darkestBand)} of the ${subject} is in shadow.`,
      fix: 'Light the document evenly: keep the shadow of your phone and hand off it, and face a window or a lamp.',
    });
  }
  const base = { id: 'exposure', reasonId: 'photo.lighting', value: Math.round(stats.median) } as const;
  if (findings.length === 0) return { ...base, status: 'pass', message: 'The lighting is good.', fix: '' };
  const status = findings.some((f) => f.status === 'fail') ? 'fail' : 'warn';
  return {
    ...base,
    status,
    message: findings.map((f) => f.message).join(' '),
    fix: findings.map((f) => f.fix).join(' '),
  };
}
