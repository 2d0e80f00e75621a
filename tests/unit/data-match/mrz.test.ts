import { describe, expect, it } from 'vitest';
import { readMrz } from '../../../src/checkers/data-match/mrz.ts';

const today = { year: 2026, month: 5, day: 1 };

/** ICAO Doc 9303 Part 4, Appendix A: the TD3 (passport) specimen of Utopia. */
const TD3_SPECIMEN = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
/** ICAO Doc 9303 Part 5, Appendix A: the TD1 (ID card) specimen. */
const TD1_SPECIMEN = ['I<UTOD23145890<1233<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<2', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
/** ICAO Doc 9303 Part 6, Appendix A: the TD2 specimen. */
const TD2_SPECIMEN = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
/** German passport specimen "Erika Mustermann" (Federal Ministry of the Interior, 2017 model). */
const GERMAN_PASSPORT_SPECIMEN = ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4'];

function read(text: string) {
  const result = readMrz(text, today);
  if (result.kind !== 'read') throw new Error(`expected a readable MRZ, got ${result.kind}`);
  return result.reading;
}

describe('readMrz: specimens', () => {
  const cases: [string, string[], Record<string, string>][] = [
    ['TD3 passport', TD3_SPECIMEN, { type: 'passport', issuingCountry: 'UTO', surname: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1974-08-12', nationality: 'UTO', expiryDate: '2012-04-15' }],
    ['TD1 ID card', TD1_SPECIMEN, { type: 'id-card', issuingCountry: 'UTO', surname: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1974-08-12', nationality: 'UTO', expiryDate: '2012-04-15' }],
    ['TD2 ID card', TD2_SPECIMEN, { type: 'id-card', issuingCountry: 'UTO', surname: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1974-08-12', nationality: 'UTO', expiryDate: '2012-04-15' }],
    ['German passport', GERMAN_PASSPORT_SPECIMEN, { type: 'passport', issuingCountry: 'D', surname: 'MUSTERMANN', givenNames: 'ERIKA', dateOfBirth: '1964-08-12', nationality: 'D', expiryDate: '2027-02-28' }],
  ];
  it.each(cases)('%s: fields and valid check digits', (_label, lines, expected) => {
    const reading = read(lines.join('\n'));
    expect(reading.document).toEqual(expected);
    expect(reading.failedCheckDigits).toEqual([]);
  });
});

describe('readMrz: as people paste it', () => {
  const variants: [string, string][] = [
    ['lowercase', TD3_SPECIMEN.join('\n').toLowerCase()],
    ['« for <', TD3_SPECIMEN.join('\n').replace(/</g, '«')],
    ['spaces inside lines', TD3_SPECIMEN.map((line) => line.replace(/(.{4})/g, '$1 ')).join('\n')],
    ['one line', TD3_SPECIMEN.join('')],
    ['broken in the wrong place', `${TD3_SPECIMEN.join('').slice(0, 50)}\n${TD3_SPECIMEN.join('').slice(50)}`],
    ['Windows line ends and blank lines', `\r\n${TD3_SPECIMEN.join('\r\n')}\r\n\r\n`],
  ];
  it.each(variants)('%s', (_label, text) => {
    const reading = read(text);
    expect(reading.document.surname).toBe('ERIKSSON');
    expect(reading.failedCheckDigits).toEqual([]);
  });
});

describe('readMrz: mistakes', () => {
  it('names the part whose check digit fails, and marks it', () => {
    // Date of birth mistyped: 740812 → 740813.
    const reading = read([TD3_SPECIMEN[0], TD3_SPECIMEN[1]!.replace('7408122', '7408132')].join('\n'));
    expect(reading.failedCheckDigits).toEqual(['birthDate', 'composite']);
    const marked = reading.highlight.ranges.map(({ start, end }) => reading.highlight.text.slice(start, end));
    expect(marked.join('')).toContain('7408132');
  });
  it('reports a document number typo', () => {
    const reading = read([TD3_SPECIMEN[0], TD3_SPECIMEN[1]!.replace('L898902C3', 'L898902O3')].join('\n'));
    expect(reading.failedCheckDigits).toContain('documentNumber');
  });
  const unreadable: [string, string, string][] = [
    ['a line missing', TD3_SPECIMEN[0]!, 'layout'],
    ['a character missing', TD3_SPECIMEN.join('\n').slice(0, -1), 'layout'],
    ['symbols', TD3_SPECIMEN.join('\n').replace('ANNA', 'AN$A'), 'characters'],
    ['HTML', '<script>alert(1)</script>', 'characters'],
    ['10,000 characters', '<'.repeat(10_000), 'layout'],
  ];
  it.each(unreadable)('%s → unreadable (%s)', (_label, text, problem) => {
    const result = readMrz(text, today);
    expect(result.kind === 'unreadable' && result.problem).toBe(problem);
  });
  it('reads nothing from nothing', () => {
    expect(readMrz('  \n ', today)).toEqual({ kind: 'empty' });
  });
});
