import { describe, expect, it } from 'vitest';
import { checkResolution } from '../../../src/checkers/photo/checks/resolution.ts';

describe('checkResolution', () => {
  it.each<[number, boolean, 'pass' | 'warn' | 'fail', string]>([
    [1, false, 'fail', 'The photo is only about 1 pixel across its short side: too few for the text to be read (at least 600 are needed).'],
    [399.4, true, 'fail', 'The document is only about 399 pixels across its short side: too few for the text to be read (at least 600 are needed).'],
    [400, true, 'warn', 'The document is about 400 pixels across its short side: small print may be hard to read (600 or more is safe).'],
    [599.4, true, 'warn', 'The document is about 599 pixels across its short side: small print may be hard to read (600 or more is safe).'],
    [600, true, 'pass', 'The document is 600 pixels across its short side: enough to read the text.'],
  ])('a short side of %s px (document found: %s) is %s', (shortSide, isDocument, status, message) => {
    const result = checkResolution(shortSide, isDocument);
    expect(result).toMatchObject({ id: 'resolution', status, message, value: Math.round(shortSide) });
    expect(result.fix === '').toBe(status === 'pass');
  });
});
