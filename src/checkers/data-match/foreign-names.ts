/**
 * Countries and nationalities as documents print them in their own language: "DEUTSCH",
 * "FRANÇAISE", "ESPAÑOLA", "NORSK"; "Deutschland", "España", "Polska", "Česko", "Belgique".
 * Nationalities from i18n-nationality's German, French, Spanish, Italian, Dutch, Norwegian and
 * Finnish data files (its other languages); countries' names in those languages from
 * i18n-iso-countries; each country's name in its own language from countries-list, and European
 * states' official names ("Česká republika", "Konungariket Sverige").
 * Fetched only when a country field reads as no country in English.
 */
import nativeNames from 'countries-list/minimal/countries.native.min.json' with { type: 'json' };
import de from 'i18n-nationality/langs/de.json' with { type: 'json' };
import es from 'i18n-nationality/langs/es.json' with { type: 'json' };
import fi from 'i18n-nationality/langs/fi.json' with { type: 'json' };
import fr from 'i18n-nationality/langs/fr.json' with { type: 'json' };
import it from 'i18n-nationality/langs/it.json' with { type: 'json' };
import nl from 'i18n-nationality/langs/nl.json' with { type: 'json' };
import no from 'i18n-nationality/langs/no.json' with { type: 'json' };
import english from 'i18n-nationality/langs/en.json' with { type: 'json' };
import deCountries from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import esCountries from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fiCountries from 'i18n-iso-countries/langs/fi.json' with { type: 'json' };
import frCountries from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import itCountries from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import nlCountries from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import noCountries from 'i18n-iso-countries/langs/no.json' with { type: 'json' };
import { isCountryCode, nameKey } from './countries.ts';

/**
 * The feminine forms of a nationality in `language` (keyed by `nameKey`, so without accents),
 * where they differ: the library lists the masculine, while French, Spanish and Italian documents
 * agree with a feminine noun ("nationalité française", "nacionalidad española", "cittadinanza
 * italiana").
 */
function feminineForms(key: string, language: string): string[] {
  if (language === 'fr') return key.endsWith('e') ? [] : [key.endsWith('ien') ? `${key}ne` : `${key}e`];
  if ((language === 'es' || language === 'it') && key.endsWith('o')) return [`${key.slice(0, -1)}a`];
  // Spanish "francés", "alemán", "español": francesa, alemana, española.
  return language === 'es' && /[lnsr]$/.test(key) ? [`${key}a`] : [];
}

/**
 * European states' official names in their own language, as their passports print the issuing
 * state, where the libraries above have only the short name ("Česko") and the rules in
 * countries.ts cannot set the form of state aside: an adjective or a genitive with "republic",
 * "kingdom" or "principality" in the state's language.
 */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  'Česká republika': 'CZ',
  'Slovenská republika': 'SK',
  'Lietuvos Respublika': 'LT',
  'Latvijas Republika': 'LV',
  'Eesti Vabariik': 'EE',
  'Suomen tasavalta': 'FI',
  'Republiken Finland': 'FI',
  'Konungariket Sverige': 'SE',
  'Kongeriget Danmark': 'DK',
  'Kongeriket Norge': 'NO',
  'Kongeriket Noreg': 'NO',
  'Lýðveldið Ísland': 'IS',
  "Repubblika ta' Malta": 'MT',
  'Κυπριακή Δημοκρατία': 'CY',
  'Ελληνική Δημοκρατία': 'GR',
  'Република България': 'BG',
  'Fürstentum Liechtenstein': 'LI',
  'Grand-Duché de Luxembourg': 'LU',
  'Großherzogtum Luxemburg': 'LU',
  'Königreich Belgien': 'BE',
  'Türkiye Cumhuriyeti': 'TR',
};

/**
 * Nationalities as passports print them in languages the data files above leave out
 * (Portuguese, Hungarian, Romanian, the Slavic languages, Turkish, Greek), masculine and feminine
 * where both are printed. Slovak "slovenská" is left out: it is also Slovene for Slovenian.
 */
const OWN_LANGUAGE_NATIONALITIES: Readonly<Record<string, string>> = {
  brasileira: 'BR',
  brasileiro: 'BR',
  'brasileiro(a)': 'BR',
  portuguesa: 'PT',
  português: 'PT',
  magyar: 'HU',
  română: 'RO',
  român: 'RO',
  hrvatsko: 'HR',
  hrvatska: 'HR',
  srpsko: 'RS',
  српско: 'RS',
  česká: 'CZ',
  polskie: 'PL',
  polska: 'PL',
  slovensko: 'SI',
  български: 'BG',
  българско: 'BG',
  'T.C.': 'TR',
  türk: 'TR',
  ελληνική: 'GR',
  κυπριακή: 'CY',
  lietuvos: 'LT',
  latvijas: 'LV',
  eesti: 'EE',
};

function build(): Map<string, string> {
  const codesByKey = new Map<string, Set<string>>();
  const add = (key: string, alpha2: string) => codesByKey.set(key, (codesByKey.get(key) ?? new Set()).add(alpha2));
  const languages = { de, es, fi, fr, it, nl, no } as const;
  for (const [language, { nationalities }] of Object.entries(languages)) {
    for (const [alpha2, written] of Object.entries(nationalities as Record<string, string>)) {
      // Alternatives are listed with commas ("alankomaalainen, hollantilainen"), and a country
      // is sometimes named in brackets ("Fransk (Frankrike)").
      for (const word of written.replace(/\(.*?\)/g, '').split(',')) {
        const key = nameKey(word);
        if (!key) continue;
        for (const form of [key, ...feminineForms(key, language)]) add(form, alpha2);
      }
    }
  }
  // countries-list also has codes that are not countries here (Ascension's AC, Tristan da Cunha's TA): left out.
  for (const [alpha2, name] of Object.entries(nativeNames as Record<string, string>)) {
    if (isCountryCode(alpha2) && nameKey(name)) add(nameKey(name), alpha2);
  }
  // Countries' names in the same languages ("Belgique", "Belgien", "Allemagne").
  for (const { countries } of [deCountries, esCountries, fiCountries, frCountries, itCountries, nlCountries, noCountries]) {
    for (const [alpha2, names] of Object.entries(countries as Record<string, string | string[]>)) {
      for (const name of [names].flat()) if (nameKey(name)) add(nameKey(name), alpha2);
    }
  }
  for (const [name, alpha2] of Object.entries({ ...OFFICIAL_NAMES, ...OWN_LANGUAGE_NATIONALITIES })) add(nameKey(name), alpha2);
  const byKey = new Map<string, string>();
  for (const [key, codes] of codesByKey) {
    // A territory shares its state's nationality ("Français" for France and French Guiana): the
    // state is the one whose English nationality names no place in brackets. Words that two
    // states share (Norwegian "Dominikansk") are left out.
    const states = codes.size === 1 ? [...codes] : [...codes].filter((code) => !english.nationalities[code as keyof typeof english.nationalities]?.includes('('));
    if (states.length === 1) byKey.set(key, states[0]!);
  }
  return byKey;
}

/** Country name or nationality (by `nameKey`) → alpha-2 code, in the languages above. */
export const foreignCountryNames: ReadonlyMap<string, string> = build();
