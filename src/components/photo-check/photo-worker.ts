/**
 * Main-thread side of the photo-check worker: one worker, started at once (so that its code is
 * loaded before a photo is chosen) and kept for every photo, each answer paired to its request.
 */
import { CHECKER_FAULT } from '../../workers/photo-file/file-problems.ts';
import type { PhotoCheckMessage, PhotoCheckProgress, PhotoCheckReply } from '../../workers/photo-check-messages.ts';

export interface PhotoChecker {
  /**
   * Decodes and analyses a file off the main thread; `onProgress` hears of slow steps.
   * Never rejects: failures come as `kind: 'error'`.
   */
  check(file: Blob, onProgress?: (step: PhotoCheckProgress['step']) => void): Promise<PhotoCheckReply>;
  /** Stops the worker. */
  dispose(): void;
}

export function createPhotoChecker(): PhotoChecker {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (reply: PhotoCheckReply) => void; onProgress?: ((step: PhotoCheckProgress['step']) => void) | undefined }>();

  const failAll = () => {
    for (const [id, { resolve }] of pending) resolve({ id, kind: 'error', ...CHECKER_FAULT });
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(new URL('../../workers/photo-check.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = ({ data }: MessageEvent<PhotoCheckMessage>) => {
      const request = pending.get(data.id);
      if (data.kind === 'progress') {
        request?.onProgress?.(data.step);
        return;
      }
      request?.resolve(data);
      pending.delete(data.id);
    };
    // The worker failed to load or crashed (e.g. out of memory): answer everyone, start afresh next time.
    started.onerror = () => {
      started.terminate();
      if (worker === started) worker = undefined;
      failAll();
    };
    return started;
  };

  worker = start();
  return {
    check(file, onProgress) {
      worker ??= start();
      const id = nextId++;
      const reply = new Promise<PhotoCheckReply>((resolve) => pending.set(id, { resolve, onProgress }));
      worker.postMessage({ id, file });
      return reply;
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      failAll();
    },
  };
}
