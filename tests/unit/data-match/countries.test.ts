import { describe, expect, it } from 'vitest';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import englishNationalities from 'i18n-nationality/langs/en.json' with { type: 'json' };
import { readCountry, sameCountry } from '../../../src/checkers/data-match/countries.ts';
import { foreignCountryNames } from '../../../src/checkers/data-match/foreign-names.ts';

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
    ['Slovak', 'SK'],
    // Official names, as passports print the issuing state: the form of state is set aside…
    ['FEDERAL REPUBLIC OF GERMANY', 'DE'],
    ['Republic of Poland', 'PL'],
    ['Kingdom of the Netherlands', 'NL'],
    ['State of Israel', 'IL'],
    ['Arab Republic of Egypt', 'EG'],
    ['Republic of the Congo', 'CG'],
    ['French Republic', 'FR'],
    ['SLOVAK REPUBLIC', 'SK'],
    ['Hellenic Republic', 'GR'],
    // …but not where it tells two states apart.
    ['Republic of China', 'TW'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Republic of Korea', 'KR'],
    ['Republic', 'unknown'],
    ['Republic of Narnia', 'unknown'],
    ['DR Congo', 'CD'],
    ['ROM', 'RO'],
    ['KSA', 'SA'],
    ['Kazakh', 'KZ'],
    ['Korea', 'KR'],
    ['KOREAN', 'KR'],
    ['ΕΛΛΗΝΙΚΗ / HELLENIC', 'GR'],
    ['Welsh', 'GB'],
    ['Hong Kong SAR', 'HK'],
    ['Hong Kong SAR China', 'HK'],
    ['Macao SAR', 'MO'],
    ['XKX', 'XK'],
    ['Holy See', 'VA'],
    ['TAIWAN (REPUBLIC OF CHINA)', 'TW'],
    ['UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', 'GB'],
    ['DEUTSCH', 'unknown'],
    ['', 'empty'],
    ['Narnia', 'unknown'],
    ['ZZ', 'unknown'],
    ['<script>', 'unknown'],
    ['x'.repeat(10_000), 'unknown'],
    ['<'.repeat(10_000), 'unknown'],
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
    // "Congo" may mean either Congo.
    ['Congo', 'COG'],
    ['Congo', 'COD'],
    ['Congolese', 'Democratic Republic of the Congo'],
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
  it('names both countries a name may mean', () => {
    expect(readCountry('Congo')).toMatchObject({ kind: 'country', name: 'Republic of the Congo or Democratic Republic of the Congo' });
  });
  it('tells different countries apart', () => {
    expect(sameCountry(readCountry('AT'), readCountry('Australia'))).toBe(false);
    expect(sameCountry(readCountry('XXA'), readCountry('DE'))).toBe(false);
  });
});

describe('nationalities as documents print them in their own language', () => {
  const inOwnLanguage: [string, string][] = [
    ['DEUTSCH', 'DE'],
    ['BRASILEIRA', 'BR'],
    ['BRASILEIRO(A)', 'BR'],
    ['MAGYAR', 'HU'],
    ['ROMÂNĂ', 'RO'],
    ['HRVATSKO', 'HR'],
    ['SRPSKO', 'RS'],
    ['T.C.', 'TR'],
    ['FRANÇAISE', 'FR'],
    ['Française', 'FR'],
    ['ESPAÑOLA', 'ES'],
    ['ITALIANA', 'IT'],
    ['NEDERLANDSE', 'NL'],
    ['NORSK', 'NO'],
    ['suomalainen', 'FI'],
    ['LUXEMBOURGEOISE', 'LU'],
    ['MEXICANA', 'MX'],
    ['BELGE / BELG', 'BE'],
    ['ÖSTERREICHISCH', 'AT'],
    ['Deutschland', 'DE'],
    ['ESPAÑA', 'ES'],
    ['Polska', 'PL'],
    ['Česko', 'CZ'],
    ['Österreich', 'AT'],
    ['Magyarország', 'HU'],
    ['BUNDESREPUBLIK DEUTSCHLAND', 'DE'],
    ['République française', 'FR'],
    ['Reino de España', 'ES'],
    ['Repubblica Italiana', 'IT'],
    ['Rzeczpospolita Polska', 'PL'],
    ['Republika Hrvatska', 'HR'],
    ['Republik Österreich', 'AT'],
    ['BELGIQUE', 'BE'],
    ['Royaume de Belgique', 'BE'],
    ['Belgien', 'BE'],
    ['Allemagne', 'DE'],
    ['Koninkrijk der Nederlanden', 'NL'],
    ['Россия', 'RU'],
    ['ČESKÁ REPUBLIKA', 'CZ'],
    ['Slovenská republika', 'SK'],
    ['LIETUVOS RESPUBLIKA', 'LT'],
    ['Latvijas Republika', 'LV'],
    ['EESTI VABARIIK', 'EE'],
    ['Suomen tasavalta', 'FI'],
    ['KONUNGARIKET SVERIGE', 'SE'],
    ['Kongeriget Danmark', 'DK'],
    ['Kongeriket Norge', 'NO'],
    ['Lýðveldið Ísland', 'IS'],
    ["Repubblika ta' Malta", 'MT'],
    ['Κυπριακή Δημοκρατία', 'CY'],
    ['ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ', 'GR'],
    ['Република България', 'BG'],
    ['Fürstentum Liechtenstein', 'LI'],
    ['Grand-Duché de Luxembourg', 'LU'],
    ['Koninkrijk België', 'BE'],
    ['Königreich Belgien', 'BE'],
    ['Großherzogtum Luxemburg', 'LU'],
    ['Republiken Finland', 'FI'],
    ['Kongeriket Noreg', 'NO'],
    ['Türkiye Cumhuriyeti', 'TR'],
  ];
  it.each(inOwnLanguage)('%s → %s, once the other languages are loaded', (text, alpha2) => {
    expect(readCountry(text).kind).toBe('unknown');
    expect(readCountry(text, foreignCountryNames)).toMatchObject({ kind: 'country', alpha2 });
  });

  it('never changes what an English name, nationality or code reads as', () => {
    for (const [alpha2, names] of Object.entries(english.countries)) {
      for (const name of typeof names === 'string' ? [names] : names) {
        expect(readCountry(name, foreignCountryNames), name).toEqual(readCountry(name));
      }
      expect(readCountry(alpha2, foreignCountryNames)).toEqual(readCountry(alpha2));
    }
    for (const nationality of Object.values(englishNationalities.nationalities)) {
      expect(readCountry(nationality, foreignCountryNames), nationality).toEqual(readCountry(nationality));
    }
  });

  it('gives a territory’s word to its state, and leaves out a word two states share', () => {
    expect(readCountry('Français', foreignCountryNames)).toMatchObject({ alpha2: 'FR' });
    // Norwegian for both the Dominican Republic and Dominica.
    expect(readCountry('Dominikansk', foreignCountryNames).kind).toBe('unknown');
    for (const key of foreignCountryNames.keys()) expect(readCountry(key, foreignCountryNames), key).toMatchObject({ kind: 'country' });
    expect([...foreignCountryNames.values()].every((alpha2) => /^[A-Z]{2}$/.test(alpha2))).toBe(true);
  });
});
