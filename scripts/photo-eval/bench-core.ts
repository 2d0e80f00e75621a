/**
 * `npm run bench:photo:core`: time of the pure analysis in Node on a 1024-px synthetic photo —
 * the whole of analyzePhoto (first, cold call and the median of warm calls) and its stages.
 * The in-browser figure (decode included) is `npm run bench:photo`.
 */
import { measureExposure } from '../../src/checkers/photo/checks/exposure.ts';
import { findGlare } from '../../src/checkers/photo/checks/glare.ts';
import { measureDocumentBlur } from '../../src/checkers/photo/checks/sharpness.ts';
import { detectDocument } from '../../src/checkers/photo/document.ts';
import { analyzePhoto, ANALYSIS_LONG_SIDE } from '../../src/checkers/photo/index.ts';
import { fitLongSide, lumaOf, shrinkRgb } from '../../src/checkers/photo/raster.ts';
import { documentRegion, regionMask } from '../../src/checkers/photo/region.ts';
import { syntheticPhoto } from './synthetic.ts';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time of this process (ms): unlike wall time, not inflated when other work shares the cores. */
function time<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

const photo = syntheticPhoto('glare', 1, { longSide: ANALYSIS_LONG_SIDE });
const { image } = photo;
const options = { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight };
console.log(`Photo: ${image.width}×${image.height} synthetic card with glare, Node ${process.version}`);

const [, cold] = time(() => analyzePhoto(image, options));
const stages: Record<string, number[]> = { 'document outline': [], sharpness: [], 'glare + exposure': [], analyzePhoto: [] };
for (let run = 0; run < RUNS; run++) {
  const [outline, tOutline] = time(() => detectDocument(image));
  const region = documentRegion(outline, image.width, image.height);
  const [, tSharp] = time(() => measureDocumentBlur(image, region));
  const [, tTone] = time(() => {
    const tone = fitLongSide(image.width, image.height, 256);
    const toneLum = lumaOf(shrinkRgb(image, tone.width, tone.height));
    const mask = regionMask(region, tone.width / image.width, tone.width, tone.height);
    findGlare(toneLum, mask, Math.min(tone.width, tone.height), image.width / tone.width);
    measureExposure(toneLum, mask, region, image.width / tone.width);
  });
  const [, tAll] = time(() => analyzePhoto(image, options));
  stages['document outline']!.push(tOutline);
  stages['sharpness']!.push(tSharp);
  stages['glare + exposure']!.push(tTone);
  stages['analyzePhoto']!.push(tAll);
}
console.log(`analyzePhoto, first (cold) call: ${cold.toFixed(1)} ms CPU`);
console.log(`Median of ${RUNS} warm runs (CPU time):`);
for (const [name, times] of Object.entries(stages)) console.log(`  ${name.padEnd(18)} ${median(times).toFixed(1).padStart(6)} ms`);
