import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataMatch, parseDate, readCountry, toResultMessage } from '../../../src/checkers/data-match/index.ts';
import { NAME_FINDING_KINDS } from '../../../src/checkers/data-match/check.ts';
import { findingRule } from '../../../src/checkers/data-match/findings.ts';
import { readMrz } from '../../../src/checkers/data-match/mrz.ts';
import { compareNames } from '../../../src/checkers/data-match/names.ts';
import { dataMatchResultMessageSchema } from '../../../src/protocol/messages.ts';

const today = { year: 2026, month: 5, day: 1 };

/** Any text, astral characters, marks, right-to-left and control characters included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string());

const anyRecord = fc.record({
  givenNames: anyText,
  surname: anyText,
  dateOfBirth: anyText,
  nationality: anyText,
  countryOfResidence: anyText,
  issuingCountry: anyText,
  expiryDate: anyText,
});

/** Names as documents print them, in several scripts. */
const nameWord = fc.oneof(
  fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ž]{1,12}$/),
  fc.stringMatching(/^[А-яЁё]{1,10}$/),
  fc.constantFrom('van', 'der', 'de', 'al', "O'Brien", 'Müller-Schmidt', 'Işık', 'Nguyễn', 'Łukasz', 'Đorđe', 'Øster', 'Groß'),
);
const name = fc.array(nameWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const birthDate = fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true });
const expiry = fc.date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
const country = fc.constantFrom('IT', 'ITA', 'Italy', 'D', 'Germany', 'GBR', 'UK', 'Viet Nam', 'Türkiye', 'XXA');
const dateFormat = fc.constantFrom(
  (d: Date) => d.toISOString().slice(0, 10),
  (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`,
  (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`,
);

describe('properties', () => {
  it('never throws on arbitrary text in any field, and always yields a valid protocol message', () => {
    fc.assert(
      fc.property(anyRecord, anyRecord, fc.option(anyText, { nil: undefined }), (a, d, mrz) => {
        const result = checkDataMatch({ account: a, document: d, mrz: mrz === undefined ? undefined : readMrz(mrz, today), today });
        expect(dataMatchResultMessageSchema.safeParse(toResultMessage(result)).success).toBe(true);
      }),
    );
  });

  it('the parsers never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseDate(text);
        readCountry(text);
        readMrz(text, today);
      }),
    );
  });

  it('identical plausible records give no error and no warning', () => {
    fc.assert(
      fc.property(name, name, birthDate, expiry, country, country, dateFormat, (given, surname, born, expires, nationality, residence, format) => {
        const record = { givenNames: given, surname, dateOfBirth: format(born), nationality, countryOfResidence: residence };
        const document = { type: 'passport', givenNames: given, surname, dateOfBirth: format(born), nationality, issuingCountry: residence, expiryDate: format(expires) };
        const result = checkDataMatch({ account: record, document, today });
        expect(result.findings).toEqual([]);
        expect(result.verdict).toBe('pass');
      }),
    );
  });

  it('swapping account and document changes no name finding\'s code', () => {
    const codes = (a: { givenNames: string; surname: string }, b: { givenNames: string; surname: string }) =>
      compareNames(a, b)
        .map((finding) => findingRuleCode(finding.kind))
        .sort();
    const parts = (text: fc.Arbitrary<string>) => fc.record({ givenNames: text, surname: text });
    for (const text of [name, anyText]) {
      fc.assert(
        fc.property(parts(text), parts(text), (a, b) => {
          expect(codes(b, a)).toEqual(codes(a, b));
        }),
      );
    }
  });

  it('bounds the work on 10,000-character fields', () => {
    const long = 'é'.repeat(10_000);
    const started = performance.now();
    checkDataMatch({
      account: { givenNames: long, surname: long, dateOfBirth: long, nationality: long, countryOfResidence: long },
      document: { givenNames: `${long}x`, surname: long, dateOfBirth: long, nationality: long, issuingCountry: long, expiryDate: long },
      mrz: readMrz(long, today),
      today,
    });
    // Generous: a quadratic comparison of these fields takes seconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});


function findingRuleCode(kind: keyof typeof NAME_FINDING_KINDS): string {
  return findingRule(NAME_FINDING_KINDS[kind]).code;
}
