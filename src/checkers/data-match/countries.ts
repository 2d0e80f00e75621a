/**
 * Reads a country however it is written: ISO alpha-2 (`IT`), alpha-3 (`ITA`), the ICAO codes
 * of machine-readable zones (`D`, `GBD`, `RKS`), an English name ("Italy", "UK"), or a
 * nationality as passports print it ("Italian", "BRITISH CITIZEN", "POLSKIE / POLISH /
 * POLONAISE"). The same country written two ways always reads as the same country.
 */
// The library's data files without its runtime: the lookups here are a few lines, while its
// index pulls in a 7 KB diacritics table (names are normalised by `nameKey` instead).
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
// Only the English names: every other locale would add ~10 KB each to the page.
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
// English nationalities by alpha-2 code ("PL": "Polish"), the data file only, as above.
import nationalities from 'i18n-nationality/langs/en.json' with { type: 'json' };

/** ISO alpha-3 → alpha-2, from the library's rows of `[alpha-2, alpha-3, numeric, subdivision code]`. */
const ALPHA2_BY_ALPHA3: ReadonlyMap<string, string> = new Map(codes.map(([alpha2 = '', alpha3 = '']) => [alpha3, alpha2]));

/**
 * English names by alpha-2 code: one name, or the official name followed by the common ones.
 * The library names every code of its code table, so a named code is a valid code.
 */
const ENGLISH_NAMES: Readonly<Record<string, string | readonly string[] | undefined>> = english.countries;

/** Every English name of a country, the official one first. */
function englishNames(alpha2: string): readonly string[] {
  const names = ENGLISH_NAMES[alpha2];
  return names === undefined ? [] : typeof names === 'string' ? [names] : names;
}

/** Whether `alpha2` is an ISO 3166-1 alpha-2 code. */
export function isCountryCode(alpha2: string): boolean {
  return englishNames(alpha2).length > 0;
}

/** What a country field means. */
export type CountryReading =
  | { kind: 'empty' }
  /**
   * A country, by its ISO 3166-1 alpha-2 code; `or`: the other country a name may mean
   * ("Congo": the Republic of the Congo or the Democratic Republic of the Congo).
   */
  | { kind: 'country'; alpha2: string; name: string; or?: string }
  /** A travel-document code that is not a country: stateless, refugee, United Nations… */
  | { kind: 'special'; code: string; name: string }
  | { kind: 'unknown' };

/** ICAO 9303 codes for countries whose MRZ code is not their ISO alpha-3 code. */
const ICAO_COUNTRY_CODES: Readonly<Record<string, string>> = {
  D: 'DE',
  GBD: 'GB', // British Overseas Territories citizen
  GBN: 'GB', // British National (Overseas)
  GBO: 'GB', // British Overseas citizen
  GBP: 'GB', // British protected person
  GBS: 'GB', // British subject
  RKS: 'XK', // Kosovo
  ROM: 'RO', // Romania, on documents issued before 2002
  XKX: 'XK', // Kosovo, as some systems write it
};

/** ICAO 9303 codes that name no country. */
const ICAO_SPECIAL_CODES: Readonly<Record<string, string>> = {
  EUE: 'European Union',
  UNO: 'United Nations',
  UNA: 'United Nations specialized agency',
  UNK: 'United Nations Interim Administration in Kosovo',
  XBA: 'African Development Bank',
  XCC: 'Caribbean Community',
  XCE: 'Council of Europe',
  XIM: 'African Export-Import Bank',
  XOM: 'Sovereign Military Order of Malta',
  XPO: 'Interpol',
  XXA: 'Stateless person',
  XXB: 'Refugee (1951 Convention)',
  XXC: 'Refugee (other)',
  XXX: 'Unspecified nationality',
  UTO: 'Utopia (ICAO specimen documents)',
};

/** Everyday English names the library does not list. Keys are normalised with `nameKey`. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  america: 'US',
  burma: 'MM',
  swaziland: 'SZ',
  macedonia: 'MK',
  'cabo verde': 'CV',
  vatican: 'VA',
  'vatican city': 'VA',
  'east timor': 'TL',
  laos: 'LA',
  moldova: 'MD',
  syria: 'SY',
  brunei: 'BN',
  micronesia: 'FM',
  drc: 'CD',
  'dr congo': 'CD',
  korea: 'KR',
  ksa: 'SA',
  prc: 'CN',
  'hong kong sar': 'HK',
  'hong kong sar china': 'HK',
  'macau sar': 'MO',
  'macao sar': 'MO',
  'macao sar china': 'MO',
  'holy see': 'VA',
  'taiwan republic of china': 'TW',
  'united kingdom of great britain and northern ireland': 'GB',
  'viet nam': 'VN',
  macau: 'MO',
  bosnia: 'BA',
  trinidad: 'TT',
  'republic of ireland': 'IE',
  'republic of china': 'TW',
  'hellenic republic': 'GR',
  'sao tome': 'ST',
  'falkland islands': 'FK',
  stateless: 'XXA',
};

/** Everyday nationalities the library spells another way or leaves out. Keys are normalised with `nameKey`. */
const NATIONALITY_ALIASES: Readonly<Record<string, string>> = {
  emirati: 'AE',
  argentine: 'AR',
  argentinian: 'AR',
  filipina: 'PH',
  kosovar: 'XK',
  bosnian: 'BA',
  motswana: 'BW',
  luxembourgish: 'LU',
  slovak: 'SK',
  // Greek passports print ΕΛΛΗΝΙΚΗ / HELLENIC.
  hellenic: 'GR',
  korean: 'KR',
  // The nationality data lists "Welsh" for Wallis and Futuna.
  welsh: 'GB',
  scottish: 'GB',
  english: 'GB',
  'northern irish': 'GB',
  'british overseas territories': 'GB',
  'british national overseas': 'GB',
  'hong konger': 'HK',
  kazakh: 'KZ',
  uzbek: 'UZ',
  nepali: 'NP',
};

/** Names that mean either of two countries: each reads as the first, and matches both. */
const TWO_COUNTRY_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  congo: ['CG', 'CD'],
  congolese: ['CG', 'CD'],
};

/**
 * The form of state before a country's name in its official name, as passports print it
 * ("FEDERAL REPUBLIC OF GERMANY", "RÉPUBLIQUE FRANÇAISE", "REPUBLIKA HRVATSKA"), keyed by
 * `nameKey`. Only forms that leave one country: not "democratic", "people's" (the Koreas) nor
 * "republic of China" (Taiwan), which is read whole.
 */
const STATE_FORM =
  /^(?:(?:federal|federative|islamic|arab|socialist|united|bolivarian|oriental|plurinational) republic of|republic of|(?:hashemite )?kingdom of|state of|commonwealth of|principality of|grand duchy of|sultanate of|bundesrepublik|republik|republique|royaume (?:de|du|des)|reino de|republica(?: de)?|repubblica|rzeczpospolita|republika|koninkrijk der) (?:the )?/;

/** A nationality before "republic" ("FRENCH REPUBLIC", "SLOVAK REPUBLIC"). */
const ADJECTIVE_REPUBLIC = / republic$/;

/** Longest country text worth reading ("Saint Vincent and the Grenadines" is 32). */
const MAX_COUNTRY_LENGTH = 80;

/** Lowercase, no accents, no punctuation, no leading "the", "St" spelled out. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^st /, 'saint ')
    // "BRITISH CITIZEN": the nationality is the word before.
    .replace(/ citizen$/, '');
}

let nameIndex: Map<string, string> | undefined;

function countryByName(): Map<string, string> {
  if (!nameIndex) {
    nameIndex = new Map();
    for (const alpha2 of Object.keys(ENGLISH_NAMES)) {
      for (const name of englishNames(alpha2)) nameIndex.set(nameKey(name), alpha2);
    }
    for (const [alias, code] of Object.entries({ ...NAME_ALIASES, ...NATIONALITY_ALIASES })) nameIndex.set(alias, code);
    // A country's name wins over a nationality spelt the same.
    for (const [alpha2, nationality] of Object.entries(nationalities.nationalities)) {
      const key = nameKey(nationality);
      if (!nameIndex.has(key)) nameIndex.set(key, alpha2);
    }
  }
  return nameIndex;
}

function fromCode(code: string): CountryReading | undefined {
  const special = ICAO_SPECIAL_CODES[code];
  if (special) return { kind: 'special', code, name: special };
  const alpha2 =
    ICAO_COUNTRY_CODES[code] ??
    (code.length === 2 && isCountryCode(code) ? code : undefined) ??
    (code.length === 3 ? ALPHA2_BY_ALPHA3.get(code) : undefined);
  if (!alpha2) return undefined;
  return { kind: 'country', alpha2, name: englishNames(alpha2)[0] ?? alpha2 };
}

/**
 * Reads a country field. Never throws. `foreignNames` (countries and nationalities in other
 * languages, keyed by `nameKey`: see foreign-names.ts) is asked only when the English names know
 * nothing.
 */
export function readCountry(text: string, foreignNames?: ReadonlyMap<string, string>): CountryReading {
  const whole = text.trim();
  if (whole.length > MAX_COUNTRY_LENGTH) return { kind: 'unknown' };
  // MRZ codes arrive padded with fillers: "D<<".
  const trimmed = whole.replace(/<+$/, '');
  if (trimmed === '') return { kind: 'empty' };
  if (/^[A-Za-z]{1,3}$/.test(trimmed)) {
    const byCode = fromCode(trimmed.toUpperCase());
    if (byCode) return byCode;
  }
  // A passport prints its nationality in two or three languages: "POLSKIE / POLISH / POLONAISE".
  const keys = [trimmed, ...trimmed.split('/')].map(nameKey);
  // Then the name without its form of state: "Federal Republic of Germany", "République française".
  const bare = keys.map((key) => key.replace(STATE_FORM, '').replace(ADJECTIVE_REPUBLIC, '')).filter((key, i) => key !== keys[i]);
  const find = (list: string[]) =>
    list.map((key) => countryByName().get(key)).find(Boolean) ?? list.map((key) => foreignNames?.get(key)).find(Boolean);
  const either = keys.map((key) => TWO_COUNTRY_NAMES[key]).find(Boolean);
  if (either) {
    const [alpha2, or] = either;
    return { kind: 'country', alpha2, name: `${englishNames(alpha2)[0] ?? alpha2} or ${englishNames(or)[0] ?? or}`, or };
  }
  const code = find(keys) ?? find(bare);
  return (code && fromCode(code)) || { kind: 'unknown' };
}

/** Whether two readings name the same country or the same special code. */
export function sameCountry(a: CountryReading, b: CountryReading): boolean {
  if (a.kind === 'country' && b.kind === 'country') return a.alpha2 === b.alpha2 || a.or === b.alpha2 || a.alpha2 === b.or;
  if (a.kind === 'special' && b.kind === 'special') return a.code === b.code;
  return false;
}
