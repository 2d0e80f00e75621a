import { describe, expect, it } from 'vitest';
import type { FileProblem } from '../../../src/workers/photo-file/file-problems.ts';
import { describeProblem } from '../../../src/workers/photo-file/problem-messages.ts';
import type { PhotoErrorCode } from '../../../src/protocol/messages.ts';

describe('describeProblem', () => {
  it.each<[FileProblem, PhotoErrorCode, RegExp]>([
    [{ kind: 'empty' }, 'not-an-image', /empty \(0 bytes\)/],
    [{ kind: 'text' }, 'not-an-image', /text, not a picture/],
    [{ kind: 'not-an-image' }, 'not-an-image', /not a picture/],
    [{ kind: 'pdf' }, 'unsupported-format', /PDF.*Take a photo.*export it as a JPEG/],
    [{ kind: 'svg' }, 'unsupported-format', /SVG.*Take a photo/],
    [{ kind: 'unopenable-picture' }, 'unsupported-format', /TIFF, camera RAW or JPEG XL.*Save it as a JPEG.*take a photo/],
    [{ kind: 'heic-undecodable' }, 'unsupported-format', /Settings → Camera → Formats.*Most Compatible/],
    [{ kind: 'too-many-bytes', bytes: 52_428_800 }, 'too-large', /52 MB; the checker takes files up to 40 MB/],
    [{ kind: 'too-many-pixels', width: 12000, height: 9000 }, 'too-large', /12000 × 9000 pixels \(108 megapixels\).*up to 100 megapixels/],
    [{ kind: 'damaged' }, 'decode-failed', /damaged or incomplete/],
    [{ kind: 'internal' }, 'decode-failed', /went wrong/],
  ])('%o → %s with a message that says what to do', (problem, code, message) => {
    const described = describeProblem(problem);
    expect(described.code).toBe(code);
    expect(described.message).toMatch(message);
  });
});
