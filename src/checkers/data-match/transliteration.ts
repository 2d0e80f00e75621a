/**
 * How Latin letters with marks are written in plain Latin letters, as data. Two readings of
 * each name are kept, because both appear on real documents and accounts:
 * - `icao`: ICAO Doc 9303 Part 3 (machine-readable zone): Ä→AE, Ø→OE, ß→SS, Þ→TH…
 * - `plain`: the marks dropped: Ä→A, Ø→O, Ł→L.
 * - `national`: the few spellings a country's own documents use instead: Đ→DJ (Serbia, Croatia).
 * Letters not in the table lose their combining marks in both readings (É→E, Ñ→N, ệ→e),
 * which is ICAO's rule for them too.
 */

/** Lowercase letter → [ICAO reading, plain reading, national reading if it differs from plain]. */
export const LETTER_READINGS: Readonly<Record<string, readonly [icao: string, plain: string, national?: string]>> = {
  ä: ['ae', 'a'],
  ö: ['oe', 'o'],
  ü: ['ue', 'u'],
  å: ['aa', 'a'],
  ø: ['oe', 'o'],
  æ: ['ae', 'ae'],
  œ: ['oe', 'oe'],
  ß: ['ss', 'ss'],
  þ: ['th', 'th'],
  ð: ['d', 'd'],
  đ: ['d', 'd', 'dj'],
  ł: ['l', 'l'],
  ŀ: ['l', 'l'],
  ħ: ['h', 'h'],
  ŧ: ['t', 't'],
  ı: ['i', 'i'],
  ĳ: ['ij', 'ij'],
  ŋ: ['n', 'n'],
  ĸ: ['k', 'k'],
};

/** Which reading to produce. */
export const READINGS = ['icao', 'plain', 'national'] as const;
export type Reading = (typeof READINGS)[number];

const READING_INDEX: Readonly<Record<Reading, 0 | 1 | 2>> = { icao: 0, plain: 1, national: 2 };

/**
 * The plain-Latin reading of an already lowercased text. Combining marks are dropped after
 * the table, so that `ä` written as `a` + U+0308 reads like `ä`.
 */
export function transliterate(lowercase: string, reading: Reading): string {
  const index = READING_INDEX[reading];
  let out = '';
  for (const character of lowercase.normalize('NFC')) {
    const readings = LETTER_READINGS[character];
    out += readings ? (readings[index] ?? readings[1]) : character;
  }
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}
