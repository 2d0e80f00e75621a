/**
 * `npm run eval:photo`: accuracy of the photo checker on synthetic photos with known
 * degradations and on the labelled real photos in ../shared/photos (when present).
 *
 * For each check it prints the recall on photos that must be flagged (caught = warn or fail,
 * and strictly fail) and the false-alarm rate on good photos (warn or fail, and fail), then a
 * confusion summary and the real photos the checker got wrong. Options:
 *   --seeds N      synthetic photos per condition (default 10)
 *   --first-seed N first synthetic seed (default 1): other seeds than the ones tuned on
 *   --frame W:H    synthetic photos' proportions (default 4:3), e.g. 16:9, 1:1, 3:2
 *   --photos DIR   folder with the real photos (default ../shared/photos)
 *   --labels FILE  their labels (default DIR/labels.json); a label's `sha256`, when it has
 *                  one, must match its file: scripts/photo-eval/held-out-labels.json labels
 *                  54 public images outside this repository, each with the source to fetch it from
 *   --faces        print real documents' faces on the synthetic cards instead of the drawn
 *                  design: the sharp, in-frame flat scans in the photos folder whose short
 *                  side is at least 400 px, cropped 6 % inside their edges (off go the
 *                  scans' margins and the documents' own rounded corners)
 *   --turned       check each real photo in all eight orientations (quarter turns, mirrored):
 *                  the labels hold for all of them, so these are photos the thresholds were
 *                  never set on
 *   --wild-pose    synthetic cards in wilder hand-held poses: turned up to 45°, in steeper
 *                  perspective, 35–80 % of the photo's long side (synthetic.ts)
 *   --degraded     also make each real photo of a document labelled sharp, glare-free, in
 *                  frame and well lit bad in known ways (blurred, darkened, overexposed, lit
 *                  from one side, a lamp reflected in it, cut off at each side; degrade.ts)
 *                  and report whether the check concerned flags it
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PhotoCheckId } from '../../src/protocol/messages.ts';
import { detectDocument } from '../../src/checkers/photo/document.ts';
import { analyzePhoto, ANALYSIS_LONG_SIDE, type PhotoAnalysis } from '../../src/checkers/photo/index.ts';
import type { RgbaImage } from '../../src/checkers/photo/types.ts';
import { DEGRADATIONS, type Extent } from './degrade.ts';
import { downscaleToLongSide, orient, readImage } from './image-io.ts';
import { CONDITIONS, GOOD_CONDITIONS, syntheticPhoto, type Condition } from './synthetic.ts';

const CHECK_IDS: readonly PhotoCheckId[] = ['framing', 'resolution', 'sharpness', 'glare', 'exposure'];

/** Which check must flag each synthetic condition. */
const TARGET_CHECK: Partial<Record<Condition, PhotoCheckId>> = {
  blur: 'sharpness',
  'motion-blur': 'sharpness',
  glare: 'glare',
  'cut-corner': 'framing',
  'cut-edge': 'framing',
  'low-resolution': 'resolution',
  dark: 'exposure',
  overexposed: 'exposure',
  'uneven-light': 'exposure',
  dim: 'exposure',
  'small-dim-blurry': 'sharpness',
  'tinted-glare': 'glare',
  'warm-hotspot': 'glare',
  'flash-hotspot': 'glare',
};

/** A detected corner within this share of the photo's short side of the true one is right. */
const OUTLINE_TOLERANCE = 0.02;

/** One photo's expectation for one check: it must be flagged ("bad"), must pass ("good"), or is not judged. */
type Expectation = 'bad' | 'good' | 'skip';

interface Case {
  name: string;
  analysis: PhotoAnalysis;
  expected: Record<PhotoCheckId, Expectation>;
  /** Every label says fine: the verdict must never be `fail`. */
  clearlyGood: boolean;
  /** Synthetic photos: the farthest detected corner from the true one, as a share of the photo's short side (Infinity when no outline). */
  outlineError?: number;
}

interface RealLabel {
  file: string;
  document: string;
  width: number;
  height: number;
  sha256?: string;
  labels: {
    sharp: boolean;
    glare: boolean;
    fullyInFrame: boolean;
    lowResolution: boolean;
    exposure: 'ok' | 'dark' | 'bright';
  };
}

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10' },
    'first-seed': { type: 'string', default: '1' },
    frame: { type: 'string', default: '4:3' },
    photos: { type: 'string', default: '../shared/photos' },
    labels: { type: 'string' },
    faces: { type: 'boolean', default: false },
    turned: { type: 'boolean', default: false },
    degraded: { type: 'boolean', default: false },
    'wild-pose': { type: 'boolean', default: false },
  },
});
const seeds = Number(values.seeds);
const firstSeed = Number(values['first-seed']);
const [frameLong, frameShort] = values.frame.split(':').map(Number) as [number, number];
const frameAspect = Math.max(frameLong, frameShort) / Math.min(frameLong, frameShort);
const photosDir = resolve(values.photos);
const labelsPath = resolve(values.labels ?? join(photosDir, 'labels.json'));

/** The real photos' labels, each file checked against its `sha256` where given; none without a labels file. */
function readLabels(): RealLabel[] {
  if (!existsSync(labelsPath)) return [];
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as RealLabel[];
  for (const { file, sha256 } of labels) {
    if (sha256 && createHash('sha256').update(readFileSync(join(photosDir, file))).digest('hex') !== sha256) {
      throw new Error(`${join(photosDir, file)} is not the file ${labelsPath} labels (its sha256 differs).`);
    }
  }
  return labels;
}

/** Real documents' faces for the synthetic cards (see --faces). */
function documentFaces(): RgbaImage[] {
  const labels = readLabels();
  if (labels.length === 0) throw new Error(`--faces prints the scans labelled in ${labelsPath}, which is not there.`);
  return labels
    .filter((l) => l.file.includes('-scan-') && l.document !== 'none' && l.labels.sharp && l.labels.fullyInFrame && Math.min(l.width, l.height) >= 400)
    .map((l) => {
      const scan = readImage(join(photosDir, l.file));
      const inset = { x: Math.round(scan.width * 0.06), y: Math.round(scan.height * 0.06) };
      const width = scan.width - 2 * inset.x;
      const height = scan.height - 2 * inset.y;
      const data = new Uint8ClampedArray(width * height * 4);
      for (let y = 0; y < height; y++) data.set(scan.data.subarray(((y + inset.y) * scan.width + inset.x) * 4, ((y + inset.y) * scan.width + inset.x + width) * 4), y * width * 4);
      return { width, height, data };
    });
}
const faces = values.faces ? documentFaces() : undefined;
if (faces) console.log(`Cards printed with ${faces.length} real documents' faces.`);

function statusOf(analysis: PhotoAnalysis, id: PhotoCheckId): 'pass' | 'warn' | 'fail' {
  return analysis.checks.find((c) => c.id === id)!.status;
}

function syntheticCases(): Case[] {
  const cases: Case[] = [];
  for (const condition of CONDITIONS) {
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      const photo = syntheticPhoto(condition, seed, { frameAspect, wildPose: values['wild-pose'], ...(faces && { faces }) });
      const analysis = analyzePhoto(photo.image, { originalWidth: photo.originalWidth, originalHeight: photo.originalHeight });
      const good = GOOD_CONDITIONS.includes(condition);
      const target = TARGET_CHECK[condition];
      const expected = Object.fromEntries(
        CHECK_IDS.map((id) => [id, id === target ? 'bad' : good ? 'good' : 'skip']),
      ) as Record<PhotoCheckId, Expectation>;
      const { width, height } = photo.image;
      const found = analysis.document?.corners;
      const outlineError = found
        ? Math.max(...found.map((c, i) => Math.hypot(c.x * width - photo.corners[i]!.x, c.y * height - photo.corners[i]!.y))) / Math.min(width, height)
        : Number.POSITIVE_INFINITY;
      cases.push({ name: `${condition}#${seed} (${photo.detail || 'clean'})`, analysis, expected, clearlyGood: good, outlineError });
    }
  }
  return cases;
}

function realCases(): Case[] {
  const labels = readLabels();
  const orientations = values.turned
    ? [0, 1, 2, 3].flatMap((turns) => [false, true].map((mirrored) => ({ turns, mirrored })))
    : [{ turns: 0, mirrored: false }];
  return labels.flatMap(({ file, document, labels: l }) => {
    const isDocument = document !== 'none';
    const expected: Record<PhotoCheckId, Expectation> = {
      framing: l.fullyInFrame ? 'good' : 'bad',
      resolution: !isDocument ? 'skip' : l.lowResolution ? 'bad' : 'good',
      sharpness: l.sharp ? 'good' : 'bad',
      glare: l.glare ? 'bad' : 'good',
      exposure: l.exposure === 'ok' ? 'good' : 'bad',
    };
    const clearlyGood = isDocument && Object.values(expected).every((e) => e === 'good');
    const original = readImage(join(photosDir, file));
    const upright = downscaleToLongSide(original, ANALYSIS_LONG_SIDE);
    return orientations.map(({ turns, mirrored }) => {
      const [originalWidth, originalHeight] = turns % 2 ? [original.height, original.width] : [original.width, original.height];
      const analysis = analyzePhoto(orient(upright, turns, mirrored), { originalWidth, originalHeight });
      const name = values.turned ? `${file} (${turns * 90}°${mirrored ? ', mirrored' : ''})` : file;
      return { name, analysis, expected, clearlyGood };
    });
  });
}

function degradedCases(): Case[] {
  const labels = readLabels();
  const fit = labels.filter(
    ({ document, labels: l }) => document !== 'none' && l.sharp && !l.glare && l.fullyInFrame && l.exposure === 'ok',
  );
  return fit.flatMap(({ file }) => {
    const original = readImage(join(photosDir, file));
    const upright = downscaleToLongSide(original, ANALYSIS_LONG_SIDE);
    const scale = original.width / upright.width;
    // Where the checker finds the document on the good photo; the whole photo when it finds none
    // (a scan cropped to the page).
    const outline = detectDocument(upright);
    const corners = outline && !outline.fillsFrame ? outline.corners : null;
    const extent: Extent = corners
      ? {
          left: Math.min(...corners.map((c) => c.x)),
          top: Math.min(...corners.map((c) => c.y)),
          right: Math.max(...corners.map((c) => c.x)),
          bottom: Math.max(...corners.map((c) => c.y)),
        }
      : { left: 0, top: 0, right: upright.width, bottom: upright.height };
    return DEGRADATIONS.map(({ name, check, apply }) => {
      const image = apply(upright, extent);
      const analysis = analyzePhoto(image, {
        originalWidth: Math.round(image.width * scale),
        originalHeight: Math.round(image.height * scale),
      });
      const expected = Object.fromEntries(CHECK_IDS.map((id) => [id, id === check ? 'bad' : 'skip'])) as Record<PhotoCheckId, Expectation>;
      return { name: `${name}: ${file}`, analysis, expected, clearlyGood: false };
    });
  });
}

function degradedConfusion(cases: readonly Case[]): void {
  console.log('\n### Degraded real photos: status of the check concerned (fail / warn / pass)\n');
  console.log('| degradation | check | fail / warn / pass | missed on |');
  console.log('| --- | --- | --- | --- |');
  for (const { name, check } of DEGRADATIONS) {
    const group = cases.filter((c) => c.name.startsWith(`${name}: `));
    const n = (s: string): Case[] => group.filter((c) => statusOf(c.analysis, check) === s);
    const missed = n('pass').map((c) => c.name.slice(name.length + 2));
    console.log(`| ${name} | ${check} | ${n('fail').length} / ${n('warn').length} / ${missed.length} | ${missed.join(', ')} |`);
  }
}

function ratio(n: number, d: number): string {
  return d === 0 ? '–' : `${(n / d).toFixed(2)} (${n}/${d})`;
}

function report(title: string, cases: readonly Case[]): void {
  console.log(`\n## ${title}: ${cases.length} photos\n`);
  console.log('| check | recall: caught (warn+fail) | recall: fail | false alarms (warn+fail) | fail on good |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const id of CHECK_IDS) {
    const bad = cases.filter((c) => c.expected[id] === 'bad');
    const good = cases.filter((c) => c.expected[id] === 'good');
    const caught = bad.filter((c) => statusOf(c.analysis, id) !== 'pass').length;
    const failed = bad.filter((c) => statusOf(c.analysis, id) === 'fail').length;
    const alarms = good.filter((c) => statusOf(c.analysis, id) !== 'pass').length;
    const failedGood = good.filter((c) => statusOf(c.analysis, id) === 'fail').length;
    console.log(`| ${id} | ${ratio(caught, bad.length)} | ${ratio(failed, bad.length)} | ${ratio(alarms, good.length)} | ${ratio(failedGood, good.length)} |`);
  }
  const clearlyGood = cases.filter((c) => c.clearlyGood);
  const failedClearlyGood = clearlyGood.filter((c) => c.analysis.verdict === 'fail');
  console.log(`\nClearly good photos with verdict \`fail\`: ${failedClearlyGood.length} of ${clearlyGood.length}`);
  for (const c of failedClearlyGood) console.log(`  - ${c.name}: ${c.analysis.summary}`);
}

function syntheticConfusion(cases: readonly Case[]): void {
  console.log('\n### Synthetic confusion: share of photos each check flagged (fail / warn), by condition\n');
  console.log('Outline: photos whose detected corners all lie within 2 % of the photo\'s short side of the true ones.\n');
  console.log(`| condition | ${CHECK_IDS.join(' | ')} | outline |`);
  console.log(`| --- | ${CHECK_IDS.map(() => '---').join(' | ')} | --- |`);
  for (const condition of CONDITIONS) {
    const group = cases.filter((c) => c.name.startsWith(`${condition}#`));
    const cells = CHECK_IDS.map((id) => {
      const fail = group.filter((c) => statusOf(c.analysis, id) === 'fail').length;
      const warn = group.filter((c) => statusOf(c.analysis, id) === 'warn').length;
      return `${fail} / ${warn}`;
    });
    const outlined = group.filter((c) => (c.outlineError ?? Number.POSITIVE_INFINITY) <= OUTLINE_TOLERANCE).length;
    console.log(`| ${condition} (${group.length}) | ${cells.join(' | ')} | ${outlined} |`);
  }
}

function realConfusion(cases: readonly Case[]): void {
  console.log('\n### Real photos: label × status per check (pass / warn / fail)\n');
  console.log('| check | must be flagged | must pass |');
  console.log('| --- | --- | --- |');
  for (const id of CHECK_IDS) {
    const cell = (e: Expectation): string => {
      const group = cases.filter((c) => c.expected[id] === e);
      const n = (s: string): number => group.filter((c) => statusOf(c.analysis, id) === s).length;
      return `${n('pass')} / ${n('warn')} / ${n('fail')}`;
    };
    console.log(`| ${id} | ${cell('bad')} | ${cell('good')} |`);
  }
  console.log('\n### Real photos the checker got wrong\n');
  for (const c of cases) {
    const wrong = CHECK_IDS.filter((id) => {
      const status = statusOf(c.analysis, id);
      return (c.expected[id] === 'bad' && status === 'pass') || (c.expected[id] === 'good' && status !== 'pass');
    });
    if (wrong.length === 0) continue;
    const details = wrong.map((id) => {
      const check = c.analysis.checks.find((k) => k.id === id)!;
      return `${id} ${check.status} (expected ${c.expected[id] === 'bad' ? 'flagged' : 'pass'}; value ${check.value ?? '–'}: ${check.message})`;
    });
    console.log(`- ${c.name}\n    ${details.join('\n    ')}`);
  }
}

const started = performance.now();
const synthetic = syntheticCases();
report(`Synthetic photos (${seeds} per condition from seed ${firstSeed}, ${values.frame} frame)`, synthetic);
syntheticConfusion(synthetic);
const real = realCases();
if (real.length > 0) {
  report(`Real photos (${photosDir})`, real);
  realConfusion(real);
} else {
  console.log(`\nNo labelled real photos at ${photosDir}; skipped.`);
}
if (values.degraded) {
  const degraded = degradedCases();
  report(`Real photos degraded (${degraded.length / DEGRADATIONS.length} photos × ${DEGRADATIONS.length} degradations)`, degraded);
  degradedConfusion(degraded);
}
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
