/**
 * Reads dates the way people type them and the way documents print them. Pure: knows nothing
 * about "today"; the checks that need it (future birth dates, expiry) live in `check-dates.ts`.
 */
import type { CalendarDate } from './calendar-date.ts';

/** Why a text is not a usable date. */
export type DateProblem = 'unreadable' | 'no-such-day' | 'zero' | 'two-digit-year';

/** What a typed date means. */
export type DateReading =
  | { kind: 'empty' }
  /** One clear date. */
  | { kind: 'date'; date: CalendarDate }
  /** Slashes or dashes with both numbers ≤ 12: day-first is how most documents print it. */
  | { kind: 'ambiguous'; dayFirst: CalendarDate; monthFirst: CalendarDate }
  | { kind: 'invalid'; problem: DateProblem };

/** Years outside this range are typing mistakes, not birth or expiry dates. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/** Longest text worth reading as a date; anything longer is unreadable without scanning it. */
const MAX_DATE_LENGTH = 40;

/**
 * Month names and abbreviations, lowercase and without accents. Passports print English
 * abbreviations, often beside the national one ("AVR/APR", "MÄR/MAR"), so both are here.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  // English, then German, French, Spanish, Italian, Dutch, Portuguese names and abbreviations.
  ['january', 'jan', 'janv', 'jänner', 'janner', 'januar', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'januari', 'janeiro'],
  ['february', 'feb', 'fev', 'fevr', 'febr', 'februar', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['march', 'mar', 'mars', 'mär', 'mrz', 'marz', 'marzo', 'maart', 'mrt', 'marco'],
  ['april', 'apr', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['july', 'jul', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['august', 'aug', 'aout', 'ago', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dez', 'dezember', 'decembre', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** English month names for messages. */
export const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Negative when `a` is earlier, 0 on the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) === 0;
}

/** `2024-02-29` plus `days` days, leap years included. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Whole years from `birth` to `on`; a 29 February birthday counts on 1 March in other years. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/** `1990-04-03` */
export function toIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `3 April 1990`: unambiguous in every country. */
export function formatDate(date: CalendarDate): string {
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

type Validated = { ok: true; date: CalendarDate } | { ok: false; problem: DateProblem };

function validate(year: number, month: number, day: number): Validated {
  if (year === 0 || month === 0 || day === 0) return { ok: false, problem: 'zero' };
  if (year < MIN_YEAR || year > MAX_YEAR || month > 12) return { ok: false, problem: 'unreadable' };
  if (day > daysInMonth(year, month)) return { ok: false, problem: 'no-such-day' };
  return { ok: true, date: { year, month, day } };
}

function fromValidated(result: Validated): DateReading {
  return result.ok ? { kind: 'date', date: result.date } : { kind: 'invalid', problem: result.problem };
}

/** Day and month in either order, the year last: `03/04/1990`. */
function readDayMonthYear(first: number, second: number, year: number, dayFirstOnly: boolean): DateReading {
  const dayFirst = validate(year, second, first);
  if (dayFirstOnly || first === second || first > 12) return fromValidated(dayFirst);
  const monthFirst = validate(year, first, second);
  if (second > 12) return fromValidated(monthFirst);
  if (!dayFirst.ok) return fromValidated(monthFirst.ok ? monthFirst : dayFirst);
  if (!monthFirst.ok) return fromValidated(dayFirst);
  return { kind: 'ambiguous', dayFirst: dayFirst.date, monthFirst: monthFirst.date };
}

/** Numeric parts after the separators are removed, e.g. `["03", "04", "1990"]`. */
function readNumericParts(parts: readonly string[], separator: string): DateReading {
  const [a = '', b = '', c = ''] = parts;
  const [first, second, third] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) return fromValidated(validate(first, second, third));
  if (c.length === 4 || c.length === 3) {
    // Dots are the day-first convention everywhere they are used (3.4.1990).
    return readDayMonthYear(first, second, third, separator === '.');
  }
  if (c.length <= 2 && a.length <= 2) {
    return first === 0 && second === 0 && third === 0 ? { kind: 'invalid', problem: 'zero' } : { kind: 'invalid', problem: 'two-digit-year' };
  }
  return { kind: 'invalid', problem: 'unreadable' };
}

/** Eight digits: `19900403` (year first) or `03041990` (year last). */
function readEightDigits(digits: string): DateReading {
  const yearFirst = validate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
  if (yearFirst.ok) return { kind: 'date', date: yearFirst.date };
  return readNumericParts([digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)], '');
}

/** Month written as a word: `3 April 1990`, `April 3, 1990`, `03 AVR/APR 1990`, `1990-Apr-03`. */
function readWithMonthName(words: readonly string[]): DateReading {
  let month = 0;
  const numbers: string[] = [];
  for (const word of words) {
    const asMonth = word.split('/').map((part) => MONTH_BY_NAME.get(part)).find((value) => value !== undefined);
    if (asMonth !== undefined && month === 0) month = asMonth;
    else if (/^\d+$/.test(word)) numbers.push(word);
    // "the 3rd of April", "3 de mayo de 1990", "3 de maio de 1990".
    else if (!/^(?:st|nd|rd|th|of|the|de)$/.test(word)) return { kind: 'invalid', problem: 'unreadable' };
  }
  if (month === 0 || numbers.length !== 2) return { kind: 'invalid', problem: 'unreadable' };
  const [x = '', y = ''] = numbers;
  const [dayText, yearText] = x.length >= 3 ? [y, x] : [x, y];
  if (yearText.length <= 2) return { kind: 'invalid', problem: 'two-digit-year' };
  if (dayText.length > 2) return { kind: 'invalid', problem: 'unreadable' };
  return fromValidated(validate(Number(yearText), month, Number(dayText)));
}

/**
 * Reads a date as typed or printed. Never throws; anything it cannot read is `invalid` with
 * the reason, and a two-digit year is never completed silently.
 */
export function parseDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.length > MAX_DATE_LENGTH) return { kind: 'invalid', problem: 'unreadable' };
  const lower = trimmed
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "3rd", "April 3, 1990", "3. April 1990"
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/[,]/g, ' ');
  const numeric = /^(\d{1,4})\s*([./\- ])\s*(\d{1,2})\s*\2\s*(\d{1,4})$/.exec(
    // An ISO date with a time of day, as some exports write dates: "1990-04-03T00:00:00Z".
    lower.replace(/^(\d{4}-\d{2}-\d{2})[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/, '$1'),
  );
  if (numeric) return readNumericParts([numeric[1]!, numeric[3]!, numeric[4]!], numeric[2]!);
  if (/^\d{8}$/.test(lower)) return readEightDigits(lower);
  if (/^\d{6}$/.test(lower)) return { kind: 'invalid', problem: 'two-digit-year' };
  if (/\p{L}/u.test(lower)) {
    // "12APR1990", as some documents print it: a month name between digits.
    const words = lower
      .replace(/(\d)(\p{L})/gu, '$1 $2')
      .replace(/(\p{L})(\d)/gu, '$1 $2')
      .split(/[\s.\-]+/)
      .filter((word) => word !== '');
    return readWithMonthName(words);
  }
  return { kind: 'invalid', problem: 'unreadable' };
}

/** How a two-digit MRZ year gets its century. */
export type MrzCentury = 'birth' | 'expiry';

/**
 * Reads an MRZ date (`YYMMDD`). Birth dates are never in the future, so `74` is 1974 and `05`
 * is 2005 when today is in 2026. Expiry dates lie at most 50 years ahead (passports last ≤ 10).
 */
export function parseMrzDate(yymmdd: string, century: MrzCentury, today: CalendarDate): DateReading {
  if (!/^\d{6}$/.test(yymmdd)) return { kind: 'invalid', problem: 'unreadable' };
  const [month, day] = [Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6))];
  let year = today.year - (today.year % 100) + Number(yymmdd.slice(0, 2));
  if (century === 'birth' && compareDates({ year, month, day }, today) > 0) year -= 100;
  if (century === 'expiry' && year > today.year + 50) year -= 100;
  return fromValidated(validate(year, month, day));
}
