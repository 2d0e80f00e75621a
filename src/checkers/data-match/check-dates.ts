/**
 * Date rules: the date of birth in the account against the document's, the age, and the
 * document's expiry.
 */
import type { CalendarDate } from './calendar-date.ts';
import { addDays, ageOn, compareDates, formatDate, parseDate, sameDate, type DateReading } from './dates.ts';
import type { HighlightedText, TextRange } from './diff.ts';
import { EXPIRING_SOON_DAYS, makeFinding, type Finding, type FindingKind } from './findings.ts';
import { FIELD_LABELS, type FieldId } from './fields.ts';

/** Nobody alive was born longer ago than this. */
const MAX_AGE_YEARS = 120;
/** The exchange verifies adults only. */
const ADULT_AGE = 18;

/** Words printed instead of a date on documents that never expire. */
const NO_EXPIRY_WORDS = new Set([
  'none', 'no expiry', 'never', 'indefinite', 'unlimited', 'permanent', 'lifetime',
  'indefinido', 'permanente', 'unbefristet', 'illimitee', 'illimitata', 'bezterminowo',
]);

type UsableReading = Extract<DateReading, { kind: 'date' | 'ambiguous' }>;

function readingsOf(reading: UsableReading): CalendarDate[] {
  return reading.kind === 'date' ? [reading.date] : [reading.dayFirst, reading.monthFirst];
}

/** The reading to use when one is needed: day-first, as most documents print dates. */
export function primaryDate(reading: UsableReading): CalendarDate {
  return reading.kind === 'date' ? reading.date : reading.dayFirst;
}

/** How a document's issuer writes dates in figures: month first in the United States. */
export type DateOrder = 'day-first' | 'month-first';

/** A document's date as its issuer writes it: `12/01/2026` on a US licence is 1 December. */
function asIssuerWrites(reading: DateReading, order: DateOrder): DateReading {
  return reading.kind === 'ambiguous' && order === 'month-first' ? { kind: 'date', date: reading.monthFirst } : reading;
}

/** `3 April 1990` with the day, month or year marked where they differ from `other`. */
function highlightDate(date: CalendarDate, other: CalendarDate): HighlightedText {
  const text = formatDate(date);
  const [day = '', month = '', year = ''] = text.split(' ');
  const parts: [string, boolean][] = [
    [day, date.day !== other.day],
    [month, date.month !== other.month],
    [year, date.year !== other.year],
  ];
  const ranges: TextRange[] = [];
  let offset = 0;
  for (const [part, differs] of parts) {
    if (differs) ranges.push({ start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
  return { text, ranges };
}

/** Problems of one date of birth on its own; `undefined` when it can be compared. */
function birthDateProblem(reading: DateReading, today: CalendarDate): FindingKind | undefined {
  if (reading.kind === 'invalid') return `dob.${reading.problem}`;
  if (reading.kind === 'empty') return undefined;
  const dates = readingsOf(reading);
  if (dates.every((date) => compareDates(date, today) > 0)) return 'dob.future';
  if (dates.every((date) => ageOn(date, today) > MAX_AGE_YEARS)) return 'dob.too-old';
  return undefined;
}

function isUsable(reading: DateReading): reading is UsableReading {
  return reading.kind === 'date' || reading.kind === 'ambiguous';
}

/** How two dates of birth compare, or `undefined` when they match. */
function birthDateDifference(account: UsableReading, document: UsableReading): FindingKind | undefined {
  const a = primaryDate(account);
  const d = primaryDate(document);
  if (sameDate(a, d)) return undefined;
  // Only one side can be read both ways: its other reading may be what the user meant.
  if ((account.kind === 'ambiguous') !== (document.kind === 'ambiguous')) {
    const match = readingsOf(account).some((x) => readingsOf(document).some((y) => sameDate(x, y)));
    if (match) return 'dob.order-unclear';
  }
  const swapped = a.year === d.year && a.day === d.month && a.month === d.day;
  return swapped ? 'dob.swapped' : 'dob.mismatch';
}

export interface BirthDateCheck {
  findings: Finding[];
  /** The date of birth to check the age with: the document's when it is readable. */
  birthDate?: CalendarDate;
}

/**
 * Compares the dates of birth. `order`: how the document's issuer writes dates, and so how its
 * holder most likely types them too.
 */
export function checkBirthDates(accountText: string, documentText: string, today: CalendarDate, order: DateOrder = 'day-first'): BirthDateCheck {
  const findings: Finding[] = [];
  const sides: [FieldId, DateReading][] = [
    ['dateOfBirth', asIssuerWrites(parseDate(accountText), order)],
    ['document.dateOfBirth', asIssuerWrites(parseDate(documentText), order)],
  ];
  const usable: (UsableReading | undefined)[] = sides.map(([field, reading]) => {
    const problem = birthDateProblem(reading, today);
    if (problem) findings.push(makeFinding(problem, field, { fieldLabel: FIELD_LABELS[field] }));
    return !problem && isUsable(reading) ? reading : undefined;
  });
  const [account, document] = usable;
  if (account && document) {
    const difference = birthDateDifference(account, document);
    if (difference) {
      const a = primaryDate(account);
      const d = primaryDate(document);
      findings.push(
        makeFinding(difference, 'dateOfBirth', { fieldLabel: FIELD_LABELS.dateOfBirth }, {
          account: highlightDate(a, d),
          document: highlightDate(d, a),
        }),
      );
    }
  }
  const source = document ?? account;
  return source ? { findings, birthDate: primaryDate(source) } : { findings };
}

/** Under-18s cannot be verified. */
export function checkAge(birthDate: CalendarDate | undefined, today: CalendarDate): Finding[] {
  if (!birthDate || ageOn(birthDate, today) >= ADULT_AGE) return [];
  return [makeFinding('age.minor', 'dateOfBirth', { fieldLabel: FIELD_LABELS.dateOfBirth })];
}

/**
 * Expired, or expiring within `EXPIRING_SOON_DAYS`. The expiry day itself still counts as
 * valid. A date that reads both ways is read as the issuer writes dates (`order`).
 */
export function checkExpiry(text: string, today: CalendarDate, order: DateOrder = 'day-first'): Finding[] {
  const field: FieldId = 'document.expiryDate';
  const params = { fieldLabel: FIELD_LABELS[field] };
  if (NO_EXPIRY_WORDS.has(text.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''))) return [];
  const reading = asIssuerWrites(parseDate(text), order);
  if (reading.kind === 'invalid') return [makeFinding(`expiry.${reading.problem}`, field, params)];
  if (!isUsable(reading)) return [];
  const expiry = primaryDate(reading);
  if (compareDates(expiry, today) < 0) return [makeFinding('expiry.expired', field, params)];
  if (compareDates(expiry, addDays(today, EXPIRING_SOON_DAYS)) < 0) return [makeFinding('expiry.soon', field, params)];
  return [];
}
