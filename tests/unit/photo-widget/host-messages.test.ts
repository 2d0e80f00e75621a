import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { hostMessageFor } from '../../../src/components/photo-check/host-messages.ts';
import type { PhotoCheckOutcome } from '../../../src/components/photo-check/PhotoCheck.tsx';
import { photoCheckErrorMessageSchema, photoCheckResultMessageSchema } from '../../../src/protocol/messages.ts';

const result: PhotoCheckOutcome = {
  kind: 'result',
  totalMs: 312.7,
  reply: {
    id: 4,
    kind: 'result',
    notes: ['transparent'],
    preview: {} as ImageBitmap,
    original: { width: 4000, height: 3000 },
    timings: { decodeMs: 250, analysisMs: 60 },
    analysis: {
      verdict: 'warn',
      summary: 'This photo may be rejected: glare over the top-left of the card.',
      document: { corners: [{ x: 0.1, y: 0.1 }, { x: 0.9, y: 0.1 }, { x: 0.9, y: 0.9 }, { x: 0.1, y: 0.9 }], missingCorners: [] },
      checks: [
        { id: 'glare', status: 'warn', value: 0.04, message: 'Glare over the top-left of the card.', fix: 'Tilt the card.', reasonId: 'photo.glare', regions: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.1 }] },
        { id: 'framing', status: 'pass', message: 'The whole document is in the photo.', fix: '', reasonId: 'photo.cut-off' },
      ],
    },
  },
};

describe('hostMessageFor', () => {
  it('sends the verdict, each check and the total time, and nothing else', () => {
    const message = hostMessageFor(result);
    expect(z.strictObject(photoCheckResultMessageSchema.shape).parse(message)).toEqual({
      type: 'kyc:photo-check:result',
      version: 1,
      verdict: 'warn',
      checks: [
        { id: 'glare', status: 'warn', value: 0.04, message: 'Glare over the top-left of the card.' },
        { id: 'framing', status: 'pass', message: 'The whole document is in the photo.' },
      ],
      timings: { totalMs: 313 },
    });
  });

  it('sends the code and message of a file that could not be checked', () => {
    const message = hostMessageFor({ kind: 'error', code: 'too-large', message: 'This file is 52 MB.' });
    expect(z.strictObject(photoCheckErrorMessageSchema.shape).parse(message)).toEqual({
      type: 'kyc:photo-check:error',
      version: 1,
      code: 'too-large',
      message: 'This file is 52 MB.',
    });
  });
});
