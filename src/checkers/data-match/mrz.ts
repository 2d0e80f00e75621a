/**
 * Reads a machine-readable zone (MRZ) as a person types or pastes it: 2 or 3 lines (TD1, TD2,
 * TD3 and the national formats the `mrz` package knows), spaces and line breaks anywhere,
 * lowercase, `«` for `<`. Verifies the check digits and maps the fields to the form's document
 * fields. MRZ names are transliterated (Ü → UE) and carry no accents.
 *
 * The `mrz` package is the largest part of the checker, and most people never type an MRZ: the
 * widget loads this module when they do, and `checkDataMatch` takes what `readMrz` read.
 */
import { parse, type Details, type FieldName, type MRZFormat } from 'mrz';
import type { DocumentType } from '../../protocol/messages.ts';
import type { CalendarDate } from './calendar-date.ts';
import { parseMrzDate, toIsoDate, type MrzCentury } from './dates.ts';
import { mergeRanges, type HighlightedText, type TextRange } from './diff.ts';

/** Document fields as the form shows them: names in capitals, dates `YYYY-MM-DD`, ICAO country codes. */
export interface MrzDocumentFields {
  type?: DocumentType;
  issuingCountry?: string;
  surname?: string;
  givenNames?: string;
  dateOfBirth?: string;
  nationality?: string;
  expiryDate?: string;
}

/** A part of the MRZ protected by a check digit. */
export type MrzCheckedPart = 'documentNumber' | 'birthDate' | 'expirationDate' | 'personalNumber' | 'composite';

/** The check digit fields of the `mrz` package and the part each protects. */
const CHECK_DIGITS: Readonly<Partial<Record<FieldName, MrzCheckedPart>>> = {
  documentNumberCheckDigit: 'documentNumber',
  birthDateCheckDigit: 'birthDate',
  expirationDateCheckDigit: 'expirationDate',
  personalNumberCheckDigit: 'personalNumber',
  compositeCheckDigit: 'composite',
};

/** Line layouts by total length, so a pasted MRZ may break its lines anywhere. */
const LAYOUTS: Readonly<Record<number, { lines: number; length: number }>> = {
  88: { lines: 2, length: 44 }, // TD3: passports
  72: { lines: 2, length: 36 }, // TD2 and the French national ID card
  90: { lines: 3, length: 30 }, // TD1: ID cards
};

/** Document codes: the first letter of the MRZ. */
const DOCUMENT_TYPES_BY_CODE: Readonly<Record<string, DocumentType>> = { P: 'passport', I: 'id-card', A: 'id-card', C: 'id-card' };
const DOCUMENT_TYPES_BY_FORMAT: Readonly<Partial<Record<MRZFormat, DocumentType>>> = {
  SWISS_DRIVING_LICENSE: 'driving-licence',
  FRENCH_DRIVING_LICENSE: 'driving-licence',
  FRENCH_NATIONAL_ID: 'id-card',
};

/** No MRZ is longer than 3 × 44 characters; past this, do not even look. */
const MAX_MRZ_LENGTH = 300;

export interface MrzReading {
  format: MRZFormat;
  document: MrzDocumentFields;
  /** Parts whose check digit does not match what is written: probably mistyped. */
  failedCheckDigits: MrzCheckedPart[];
  /**
   * The names run to the end of their zone: ICAO cuts names that do not fit, so the printed
   * given names may go on (HUBERT<BLAINE for Hubert Blaine Charles David).
   */
  namesFillZone: boolean;
  /** The zone as read, one line per row, with the characters of failed parts marked. */
  highlight: HighlightedText;
}

export type MrzResult =
  | { kind: 'empty' }
  /** `characters`: something other than A–Z, 0–9 and `<`; `layout`: wrong line count or length. */
  | { kind: 'unreadable'; problem: 'characters' | 'layout'; highlight?: HighlightedText }
  | { kind: 'read'; reading: MrzReading };

/** Uppercase, `<` for its look-alikes, whitespace inside lines dropped, blank lines dropped. */
function normaliseLines(text: string): string[] {
  const lines = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[«‹≪]/g, '<')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ''))
    .filter((line) => line !== '');
  const joined = lines.join('');
  const layout = LAYOUTS[joined.length];
  if (!layout) return lines;
  return Array.from({ length: layout.lines }, (_, index) => joined.slice(index * layout.length, (index + 1) * layout.length));
}

function rangesOfBadCharacters(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[^A-Z0-9<\n]+/g)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

function readDate(value: string | null | undefined, century: MrzCentury, today: CalendarDate): string | undefined {
  const reading = value ? parseMrzDate(value, century, today) : undefined;
  return reading?.kind === 'date' ? toIsoDate(reading.date) : undefined;
}

/** The raw characters of a field, fillers removed: country codes the package rejects ("UTO") included. */
function rawValue(lines: readonly string[], detail: Details | undefined): string | undefined {
  if (!detail) return undefined;
  const value = (lines[detail.line] ?? '').slice(detail.start, detail.end).replace(/</g, ' ').trim();
  return value === '' ? undefined : value;
}

function documentFields(format: MRZFormat, lines: readonly string[], details: readonly Details[], today: CalendarDate): MrzDocumentFields {
  const detail = (field: FieldName) => details.find((candidate) => candidate.field === field);
  const value = (field: FieldName) => detail(field)?.value ?? rawValue(lines, detail(field));
  const code = (value('documentCode') ?? '').charAt(0);
  const type = DOCUMENT_TYPES_BY_FORMAT[format] ?? DOCUMENT_TYPES_BY_CODE[code];
  const fields: Record<keyof MrzDocumentFields, string | undefined> = {
    type,
    issuingCountry: rawValue(lines, detail('issuingState')),
    surname: value('lastName'),
    givenNames: value('firstName'),
    dateOfBirth: readDate(value('birthDate'), 'birth', today),
    nationality: rawValue(lines, detail('nationality')),
    expiryDate: readDate(value('expirationDate'), 'expiry', today),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, field]) => field !== undefined && field !== '')) as MrzDocumentFields;
}

/** Reads an MRZ. Never throws: what cannot be read is `unreadable` with the reason. */
export function readMrz(text: string, today: CalendarDate): MrzResult {
  if (text.trim() === '') return { kind: 'empty' };
  if (text.length > MAX_MRZ_LENGTH) return { kind: 'unreadable', problem: 'layout' };
  const lines = normaliseLines(text);
  const shown = lines.join('\n');
  const badCharacters = rangesOfBadCharacters(shown);
  if (badCharacters.length > 0) return { kind: 'unreadable', problem: 'characters', highlight: { text: shown, ranges: badCharacters } };
  let result: ReturnType<typeof parse>;
  try {
    result = parse(lines);
  } catch {
    return { kind: 'unreadable', problem: 'layout' };
  }
  const lineStart = (line: number) => lines.slice(0, line).reduce((total, previous) => total + previous.length + 1, 0);
  const failedCheckDigits: MrzCheckedPart[] = [];
  const ranges: TextRange[] = [];
  for (const detail of result.details) {
    const part = detail.field ? CHECK_DIGITS[detail.field] : undefined;
    if (!part || detail.valid) continue;
    failedCheckDigits.push(part);
    for (const range of detail.ranges) ranges.push({ start: lineStart(range.line) + range.start, end: lineStart(range.line) + range.end });
  }
  const zone = result.details.find((detail) => detail.field === 'lastName')?.ranges[0];
  const nameZone = zone ? (lines[zone.line] ?? '').slice(zone.start, zone.end) : '';
  return {
    kind: 'read',
    reading: {
      format: result.format,
      document: documentFields(result.format, lines, result.details, today),
      failedCheckDigits,
      namesFillZone: /[A-Z]$/.test(nameZone),
      highlight: { text: shown, ranges: mergeRanges(ranges) },
    },
  };
}
