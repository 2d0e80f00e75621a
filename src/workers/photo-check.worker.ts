/**
 * The photo checker's worker: a file in, an analysis (or the reason there is none) out, so
 * that decoding and analysis never freeze the page.
 */
import { ANALYSIS_LONG_SIDE, analyzeDecodedPhoto } from '../checkers/photo/index.ts';
import { releaseScratch } from '../checkers/photo/scratch.ts';
import { decodePhotoFile } from './photo-file/decode.ts';
import { CHECKER_FAULT, FileProblemError } from './photo-file/file-problems.ts';
import type { PhotoCheckMessage, PhotoCheckReply, PhotoCheckRequest } from './photo-check-messages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PhotoCheckRequest>) => void) | null;
  postMessage(message: PhotoCheckMessage, transfer?: Transferable[]): void;
};

/** How long the analysis's working memory is kept after a check, for the next photo. */
const KEEP_SCRATCH_MS = 60_000;
let scratchRelease: ReturnType<typeof setTimeout> | undefined;

function keepScratchForNextPhoto(): void {
  clearTimeout(scratchRelease);
  scratchRelease = setTimeout(releaseScratch, KEEP_SCRATCH_MS);
}

async function check({ id, file }: PhotoCheckRequest): Promise<void> {
  try {
    const started = performance.now();
    const decoded = await decodePhotoFile(file, ANALYSIS_LONG_SIDE, () =>
      scope.postMessage({ id, kind: 'progress', step: 'converting-heic' }),
    );
    const decodedAt = performance.now();
    const analysis = analyzeDecodedPhoto(decoded.image, {
      originalWidth: decoded.originalWidth,
      originalHeight: decoded.originalHeight,
    });
    const reply: PhotoCheckReply = {
      id,
      kind: 'result',
      analysis,
      notes: decoded.notes,
      preview: decoded.preview,
      original: { width: decoded.originalWidth, height: decoded.originalHeight },
      timings: { decodeMs: decodedAt - started, analysisMs: performance.now() - decodedAt },
    };
    scope.postMessage(reply, [decoded.preview]);
  } catch (error) {
    if (!(error instanceof FileProblemError)) console.error(error);
    const problem = error instanceof FileProblemError ? error.problem : { kind: 'internal' as const };
    // The words load with the first problem; should they fail to load, the checker's fault is shown.
    const described = await import('./photo-file/problem-messages.ts').then(
      ({ describeProblem }) => describeProblem(problem),
      () => CHECKER_FAULT,
    );
    scope.postMessage({ id, kind: 'error', ...described });
  }
  keepScratchForNextPhoto();
}

scope.onmessage = (event) => {
  void check(event.data);
};

// A first check runs about twice as long as later ones while the engine compiles the kernels:
// they are compiled now, on a made-up photo (a pale card on a dark table), before a real one comes.
const warmUp = new Uint8ClampedArray(480_000).map((_, i) => (Math.abs((i % 1600) - 800) < 480 && Math.abs(i - 240_000) < 128_000 ? 255 : 60));
analyzeDecodedPhoto({ width: 400, height: 300, data: warmUp }, { originalWidth: 400, originalHeight: 300 });
keepScratchForNextPhoto();
