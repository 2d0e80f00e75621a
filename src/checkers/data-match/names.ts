/**
 * Compares the names in the account with the names on the document, across writing
 * conventions: accents and special letters (ICAO and plain readings), Turkish dotted and
 * dotless i, particles and compound surnames, family-name-first orders, middle names.
 */
import { diffTexts, type HighlightedText } from './diff.ts';
import { documentField, type FieldId } from './fields.ts';
import { READINGS, transliterate } from './transliteration.ts';

/** The two name fields of one side. */
export interface NameParts {
  givenNames: string;
  surname: string;
}

export type NameField = keyof NameParts;
const NAME_FIELDS: readonly NameField[] = ['givenNames', 'surname'];

/** Longer than any name field of a real document (the MRZ holds 39 characters for both). */
export const MAX_NAME_LENGTH = 120;

/** What was found, before it is worded by the findings table. */
export type NameFindingKind =
  | 'case-spacing'
  | 'diacritics'
  | 'mrz-transliteration'
  | 'mrz-plain-letters'
  | 'mrz-shortened'
  | 'swapped'
  | 'split'
  | 'middle-name'
  | 'middle-initial'
  | 'surname-part'
  | 'script'
  | 'spelling'
  | 'invalid-characters'
  | 'too-long';

export interface NameFinding {
  kind: NameFindingKind;
  field: FieldId;
  /** For one-sided differences (a middle name, a surname part): the side that has more. */
  side?: 'account' | 'document';
  /** The two compared texts with the differing characters marked. */
  highlight?: { account?: HighlightedText; document?: HighlightedText };
}

/** Spaces, hyphens, apostrophes, dots: where they differ, the name is still the same. */
const SEPARATOR = /[\s\-\u2010-\u2015\u2212\uFF0D'\u2018\u2019\u02BB\u02BC`\u00B4.\p{Cf}]/u;
const SEPARATORS = new RegExp(SEPARATOR.source, 'gu');
/** Word breaks inside a name field. */
const WORD_BREAK = /[\s\-\u2010-\u2015\u2212\uFF0D]+/u;
/** Everything a printed name can contain. */
const NAME_CHARACTER = new RegExp(`[\\p{L}\\p{M}]|${SEPARATOR.source}`, 'u');
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Romanian Ș and Ț are often typed with a cedilla (Ş, Ţ): the same letter, not an accent of its own. */
const CEDILLA_FORMS = /[şŞţŢ]/g;
const COMMA_FORMS: Readonly<Record<string, string>> = { ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' };

/** Turkish case pairs that `toLowerCase` does not know: I/ı and İ/i. */
const TURKISH_CASE_PAIRS = new Set(['Iı', 'ıI', 'İi', 'iİ']);

/** Whether two characters are the same letter in another case, Turkish included. */
export function sameIgnoringCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase() || TURKISH_CASE_PAIRS.has(a + b);
}

/** A name field, read once. */
interface PreparedName {
  /** As typed, trimmed, in composed form: what the highlight shows. */
  text: string;
  /** Characters without separators, compatibility forms folded (ﬁ → fi, Ａ → A). */
  letters: string[];
  /** Its transliterations (ICAO, plain, national), lowercase, without separators. */
  readings: Set<string>;
  /**
   * For a name read from an MRZ: the printed spellings it may stand for, with a plain letter
   * where it has one of ICAO's two-letter spellings (MUELLER: Müller, so also "muller").
   */
  printedReadings: Set<string>;
  words: PreparedWord[];
  script: 'latin' | 'other' | 'mixed' | 'none';
}

interface PreparedWord {
  readings: Set<string>;
}

function readingsOf(text: string): Set<string> {
  const lower = text.normalize('NFKC').replace(SEPARATORS, '').toLowerCase();
  return new Set(READINGS.map((reading) => transliterate(lower, reading)));
}

/** How ICAO spells out Ä, Ö/Ø/Œ, Ü and Å, each with the plain letter the printed name may have there. */
const ICAO_DIGRAPHS = /ae|oe|ue|aa/g;
/** Past this many two-letter spellings in one name, only the first ones are tried (2^6 spellings). */
const MAX_DIGRAPHS_TRIED = 6;

/**
 * The spellings an MRZ reading may stand for: any of its two-letter spellings read as the plain
 * letter (OESTERGAARD: Østergaard, so "ostergaard", and also "oestergard", "ostergard"…).
 */
function printedReadingsOf(mrzReadings: ReadonlySet<string>): Set<string> {
  const spellings = new Set<string>();
  for (const reading of mrzReadings) {
    const digraphs = [...reading.matchAll(ICAO_DIGRAPHS)].slice(0, MAX_DIGRAPHS_TRIED);
    for (let chosen = 0; chosen < 2 ** digraphs.length; chosen++) {
      let spelling = '';
      let from = 0;
      digraphs.forEach((digraph, bit) => {
        if (!(chosen & (1 << bit))) return;
        spelling += reading.slice(from, digraph.index + 1);
        from = digraph.index + 2;
      });
      spellings.add(spelling + reading.slice(from));
    }
  }
  return spellings;
}

function scriptOf(text: string): PreparedName['script'] {
  const latin = LATIN_LETTER.test(text);
  const other = OTHER_LETTER.test(text);
  if (latin && other) return 'mixed';
  return latin ? 'latin' : other ? 'other' : 'none';
}

/** A name field, read once; `fromMrz`: read from an MRZ, which spells special letters out. */
function prepare(raw: string, fromMrz: boolean): PreparedName {
  // No-break spaces, pasted from a web page or a PDF, look like spaces and are read as spaces.
  const text = raw.trim().normalize('NFC').replace(/[\u00A0\u2007\u202F]/g, ' ');
  const readings = readingsOf(text);
  return {
    text,
    letters: Array.from(text.normalize('NFKC').replace(SEPARATORS, '').replace(CEDILLA_FORMS, (letter) => COMMA_FORMS[letter]!)),
    readings,
    printedReadings: fromMrz ? printedReadingsOf(readings) : new Set(),
    words: text
      .split(WORD_BREAK)
      .filter((word) => word.replace(SEPARATORS, '') !== '')
      .map((word) => {
        const wordReadings = readingsOf(word);
        // Words pair up by any spelling: JOERG is the word Jorg, whatever its severity.
        return { readings: fromMrz ? new Set([...wordReadings, ...printedReadingsOf(wordReadings)]) : wordReadings };
      }),
    script: scriptOf(text),
  };
}

function shareReading(a: Set<string>, b: Set<string>): boolean {
  for (const reading of a) if (b.has(reading)) return true;
  return false;
}

/**
 * How close two names are, from identical to different. `plain-letters`: `a` has plain letters
 * where the MRZ name `b` spells special ones out (Muller against MUELLER).
 */
type Closeness = 'same' | 'case-spacing' | 'diacritics' | 'plain-letters' | 'different';

function closeness(a: PreparedName, b: PreparedName): Closeness {
  if (a.text === b.text) return 'same';
  if (a.letters.length === b.letters.length && a.letters.every((letter, index) => sameIgnoringCase(letter, b.letters[index]!))) {
    return 'case-spacing';
  }
  if (shareReading(a.readings, b.readings)) return 'diacritics';
  return shareReading(a.readings, b.printedReadings) ? 'plain-letters' : 'different';
}

/** Whether the MRZ name `mrz` is the start of `full`: the MRZ cut a long name short. */
function isCutShort(mrz: PreparedName, full: PreparedName): boolean {
  for (const start of [...mrz.readings, ...mrz.printedReadings]) {
    for (const reading of full.readings) if (reading.length > start.length && reading.startsWith(start)) return true;
  }
  return false;
}

/** The words of each side that found no partner on the other side. */
function unmatchedWords(a: readonly PreparedWord[], b: readonly PreparedWord[]): [PreparedWord[], PreparedWord[]] {
  const leftB = [...b];
  const leftA: PreparedWord[] = [];
  for (const word of a) {
    const partner = leftB.findIndex((other) => shareReading(word.readings, other.readings));
    if (partner === -1) leftA.push(word);
    else leftB.splice(partner, 1);
  }
  return [leftA, leftB];
}

/** `M.` abbreviates `Maria`. */
function abbreviates(a: PreparedWord, b: PreparedWord): boolean {
  const initial = (word: PreparedWord) => [...word.readings].find((reading) => reading.length === 1);
  const full = (word: PreparedWord, letter: string) => [...word.readings].some((reading) => reading.length > 1 && reading.startsWith(letter));
  const initialA = initial(a);
  const initialB = initial(b);
  return (initialA !== undefined && full(b, initialA)) || (initialB !== undefined && full(a, initialB));
}

/** Why a name field cannot be a name on a document, with the offending characters marked. */
export function nameTextProblem(raw: string): { kind: 'too-long' | 'invalid-characters'; highlight?: HighlightedText } | undefined {
  const text = raw.trim();
  if (text.length > MAX_NAME_LENGTH) return { kind: 'too-long' };
  const ranges: HighlightedText['ranges'] = [];
  let offset = 0;
  for (const character of text) {
    if (!NAME_CHARACTER.test(character)) {
      const last = ranges.at(-1);
      if (last && last.end === offset) last.end += character.length;
      else ranges.push({ start: offset, end: offset + character.length });
    }
    offset += character.length;
  }
  return ranges.length > 0 ? { kind: 'invalid-characters', highlight: { text, ranges } } : undefined;
}

function highlightPair(account: PreparedName, document: PreparedName): NonNullable<NameFinding['highlight']> {
  const [accountText, documentText] = diffTexts(account.text, document.text, sameIgnoringCase);
  return { account: accountText, document: documentText };
}

/** A field that differs beyond accents and spacing: say how. */
function describeDifference(field: NameField, account: PreparedName, document: PreparedName): Omit<NameFinding, 'field' | 'highlight'> {
  const scripts = new Set([account.script, document.script]);
  if (scripts.has('latin') && scripts.has('other')) return { kind: 'script' };
  const [extraInAccount, extraInDocument] = unmatchedWords(account.words, document.words);
  if (extraInAccount.length === 0 || extraInDocument.length === 0) {
    const side = extraInAccount.length > 0 ? 'account' : 'document';
    return { kind: field === 'givenNames' ? 'middle-name' : 'surname-part', side };
  }
  if (
    field === 'givenNames' &&
    extraInAccount.length === extraInDocument.length &&
    extraInAccount.every((word, index) => abbreviates(word, extraInDocument[index]!))
  ) {
    return { kind: 'middle-initial' };
  }
  return { kind: 'spelling' };
}

/** Options of `compareNames`. */
export interface CompareNamesOptions {
  /** The document's names were read from its MRZ, which writes Ü as UE and drops accents. */
  documentFromMrz?: boolean;
  /** …and they fill its name field to the end: the MRZ may have cut the given names short. */
  documentNamesMayBeCut?: boolean;
}

/**
 * Everything that differs between the account's names and the document's. Empty fields are
 * skipped here (the missing-field check reports them). Never throws; work is linear in the
 * length of the names, which are capped at `MAX_NAME_LENGTH`.
 */
export function compareNames(account: NameParts, document: NameParts, options: CompareNamesOptions = {}): NameFinding[] {
  const findings: NameFinding[] = [];
  const usable = { account: {} as Partial<Record<NameField, PreparedName>>, document: {} as Partial<Record<NameField, PreparedName>> };
  let allValid = true;
  for (const field of NAME_FIELDS) {
    for (const side of ['account', 'document'] as const) {
      const raw = (side === 'account' ? account : document)[field];
      if (raw.trim() === '') continue;
      const problem = nameTextProblem(raw);
      if (problem) {
        allValid = false;
        const highlight = problem.highlight && { [side]: problem.highlight };
        findings.push({ kind: problem.kind, field: side === 'account' ? field : documentField(field), ...(highlight && { highlight }) });
      } else {
        usable[side][field] = prepare(raw, side === 'document' && !!options.documentFromMrz);
      }
    }
  }
  if (!allValid) return findings;

  const pairs = NAME_FIELDS.flatMap((field) => {
    const a = usable.account[field];
    const d = usable.document[field];
    return a && d ? [{ field, account: a, document: d, closeness: closeness(a, d) }] : [];
  });
  const accountWords = NAME_FIELDS.flatMap((field) => usable.account[field]?.words ?? []);
  const documentWords = NAME_FIELDS.flatMap((field) => usable.document[field]?.words ?? []);
  if (accountWords.length === 0 || documentWords.length === 0) return findings;

  const differing = pairs.find((pair) => pair.closeness === 'different');
  if (differing || pairs.length === 0) {
    const { givenNames: aGiven, surname: aSurname } = usable.account;
    const { givenNames: dGiven, surname: dSurname } = usable.document;
    if (aGiven && aSurname && dGiven && dSurname && closeness(aGiven, dSurname) !== 'different' && closeness(aSurname, dGiven) !== 'different') {
      return [{ kind: 'swapped', field: 'surname' }];
    }
    const [extraInAccount, extraInDocument] = unmatchedWords(accountWords, documentWords);
    if (extraInAccount.length === 0 && extraInDocument.length === 0) {
      return [{ kind: 'split', field: differing?.field ?? 'surname' }];
    }
  }

  for (const pair of pairs) {
    if (pair.closeness === 'same') continue;
    if (pair.closeness === 'case-spacing') {
      // Marking every letter of "Anna" against "ANNA" says nothing: only spacing and punctuation are marked.
      findings.push({ kind: 'case-spacing', field: pair.field, highlight: highlightPair(pair.account, pair.document) });
    } else if (pair.closeness === 'diacritics') {
      const kind = options.documentFromMrz ? 'mrz-transliteration' : 'diacritics';
      findings.push({ kind, field: pair.field, highlight: highlightPair(pair.account, pair.document) });
    } else if (pair.closeness === 'plain-letters') {
      findings.push({ kind: 'mrz-plain-letters', field: pair.field, highlight: highlightPair(pair.account, pair.document) });
    } else if (pair.field === 'givenNames' && options.documentNamesMayBeCut && isCutShort(pair.document, pair.account)) {
      findings.push({ kind: 'mrz-shortened', field: pair.field, highlight: highlightPair(pair.account, pair.document) });
    } else {
      const difference = describeDifference(pair.field, pair.account, pair.document);
      findings.push({ ...difference, field: pair.field, highlight: highlightPair(pair.account, pair.document) });
    }
  }
  return findings;
}
