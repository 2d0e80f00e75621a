import { describe, expect, it } from 'vitest';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { readCountry, sameCountry } from '../../../src/checkers/data-match/countries.ts';

function code(text: string): string {
  const reading = readCountry(text);
  if (reading.kind === 'country') return reading.alpha2;
  if (reading.kind === 'special') return `special:${reading.code}`;
  return reading.kind;
}

describe('readCountry', () => {
  const cases: [string, string][] = [
    ['IT', 'IT'],
    ['it', 'IT'],
    ['ITA', 'IT'],
    ['Italy', 'IT'],
    ['  italy ', 'IT'],
    ['DE', 'DE'],
    ['DEU', 'DE'],
    ['D', 'DE'],
    ['D<<', 'DE'],
    ['Germany', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['GBR', 'GB'],
    ['GBD', 'GB'],
    ['GBN', 'GB'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States of America', 'US'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Turkiye', 'TR'],
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Viet Nam', 'VN'],
    ['St Lucia', 'LC'],
    ['Bosnia & Herzegovina', 'BA'],
    ['RKS', 'XK'],
    ['Kosovo', 'XK'],
    ['XXA', 'special:XXA'],
    ['UNO', 'special:UNO'],
    ['UTO', 'special:UTO'],
    ['Polish', 'PL'],
    ['POLSKIE / POLISH / POLONAISE', 'PL'],
    ['BRITISH CITIZEN', 'GB'],
    ['Dutch', 'NL'],
    ['Emirati', 'AE'],
    ['Swiss', 'CH'],
    ['Luxembourgish', 'LU'],
    ['Dominican (Dominica)', 'DM'],
    ['Congolese', 'unknown'],
    ['DEUTSCH', 'unknown'],
    ['', 'empty'],
    ['Narnia', 'unknown'],
    ['ZZ', 'unknown'],
    ['<script>', 'unknown'],
    ['x'.repeat(10_000), 'unknown'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('sameCountry: the same country written two ways is never a mismatch', () => {
  const same: [string, string][] = [
    ['D', 'Germany'],
    ['GBD', 'UK'],
    ['ITA', 'italy'],
    ['NLD', 'Holland'],
    ['XXA', 'Stateless'],
    ['Poland', 'Polish'],
    ['GBR', 'British citizen'],
    ['Philippines', 'Filipino'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(sameCountry(readCountry(a), readCountry(b))).toBe(true);
  });
  it('reads every country by its official English name, even where a nationality is spelt the same', () => {
    for (const [alpha2, names] of Object.entries(english.countries)) {
      const official = typeof names === 'string' ? names : names[0]!;
      expect(readCountry(official), official).toMatchObject({ kind: 'country', alpha2 });
    }
  });
  it('tells different countries apart', () => {
    expect(sameCountry(readCountry('AT'), readCountry('Australia'))).toBe(false);
    expect(sameCountry(readCountry('XXA'), readCountry('DE'))).toBe(false);
  });
});
