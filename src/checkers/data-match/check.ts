/**
 * The data-match check: account data against document data, field by field.
 * input → zod parse → the rules of each topic → findings sorted by severity → verdict.
 */
import {
  accountInputSchema,
  documentInputSchema,
  MAX_FIELD_LENGTH,
  type AccountInput,
  type DocumentInput,
  type Verdict,
} from '../../protocol/messages.ts';
import { checkAge, checkBirthDates, checkExpiry, type DateOrder } from './check-dates.ts';
import { checkCountries } from './check-countries.ts';
import { readCountry } from './countries.ts';
import { calendarDateOf, type CalendarDate } from './calendar-date.ts';
import { CHECKED_PART_LABELS, compareSeverity, makeFinding, verdictOf, type Finding, type FindingKind } from './findings.ts';
import { FIELD_LABELS, FIELD_ORDER, documentField, type AccountField, type DocumentField } from './fields.ts';
import type { MrzDocumentFields, MrzResult } from './mrz.ts';
import { compareNames, type CompareNamesOptions, type NameFinding, type NameParts } from './names.ts';

export interface DataMatchInput {
  /** As entered in the exchange account; anything malformed counts as missing. */
  account: unknown;
  /** As printed on the document; anything malformed counts as missing. */
  document: unknown;
  /**
   * The machine-readable zone as `readMrz` read it, if one was typed: fills empty document
   * fields. Read apart so that the MRZ parser loads only for the people who type one.
   */
  mrz?: MrzResult | undefined;
  /**
   * Countries and nationalities in other languages ("Deutschland", "DEUTSCH", "FRANÇAISE"), asked
   * when a country reads as nothing in English; loaded apart, only when one does (see
   * foreign-names.ts).
   */
  foreignNames?: ReadonlyMap<string, string> | undefined;
  /** The day to check age and expiry against (anything else than a calendar day: the device's today). */
  today: CalendarDate;
}

export interface DataMatchResult {
  verdict: Verdict;
  /** Most serious first, then in the order of the form. */
  findings: Finding[];
}

type Account = Required<{ [K in keyof AccountInput]: string }>;
type Document = Required<{ [K in Exclude<keyof DocumentInput, 'type'>]: string }> & Pick<DocumentInput, 'type'>;

/**
 * The record with every text cut to the longest the protocol takes (it counts longer ones as
 * missing): a pasted novel still reads as a name too long (or a date or country unreadable), not
 * as an empty field.
 */
function cutOverLong(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, typeof field === 'string' ? field.slice(0, MAX_FIELD_LENGTH) : field]));
}

function parseAccount(value: unknown): Account {
  const parsed = accountInputSchema.safeParse(cutOverLong(value));
  const account = parsed.success ? parsed.data : {};
  return {
    givenNames: account.givenNames ?? '',
    surname: account.surname ?? '',
    dateOfBirth: account.dateOfBirth ?? '',
    nationality: account.nationality ?? '',
    countryOfResidence: account.countryOfResidence ?? '',
  };
}

function parseDocument(value: unknown): Document {
  const parsed = documentInputSchema.safeParse(cutOverLong(value));
  const document = parsed.success ? parsed.data : {};
  return {
    type: document.type,
    issuingCountry: document.issuingCountry ?? '',
    givenNames: document.givenNames ?? '',
    surname: document.surname ?? '',
    dateOfBirth: document.dateOfBirth ?? '',
    nationality: document.nationality ?? '',
    expiryDate: document.expiryDate ?? '',
  };
}

const isBlank = (text: string) => text.trim() === '';

/** Capitals and single spaces: how an MRZ name compares with a typed one. */
const mrzForm = (text: string) => text.trim().toUpperCase().replace(/[\s<]+/g, ' ');

/**
 * The MRZ's findings, the document with its empty fields filled from the MRZ, and how to compare
 * the document's names when they came from it.
 */
function applyMrz(result: MrzResult | undefined, document: Document): { findings: Finding[]; document: Document; names: CompareNamesOptions } {
  if (!result || result.kind === 'empty') return { findings: [], document, names: {} };
  const params = { fieldLabel: FIELD_LABELS.mrz };
  if (result.kind === 'unreadable') {
    const kind: FindingKind = result.problem === 'characters' ? 'mrz.characters' : 'mrz.layout';
    return { findings: [makeFinding(kind, 'mrz', params, result.highlight && { document: result.highlight })], document, names: {} };
  }
  const { reading } = result;
  const findings = reading.failedCheckDigits.map((part) =>
    makeFinding('mrz.check-digit', 'mrz', { ...params, part: CHECKED_PART_LABELS[part] }, { document: reading.highlight }),
  );
  const filled: Document = { ...document };
  for (const [key, value] of Object.entries(reading.document) as [keyof MrzDocumentFields, string][]) {
    if (key === 'type') filled.type ??= reading.document.type;
    else if (isBlank(filled[key])) filled[key] = value;
  }
  const fromMrz = (field: 'surname' | 'givenNames') => isBlank(filled[field]) || mrzForm(filled[field]) === mrzForm(reading.document[field] ?? '');
  const namesFromMrz = fromMrz('surname') && fromMrz('givenNames') && !(isBlank(filled.surname) && isBlank(filled.givenNames));
  return { findings, document: filled, names: { documentFromMrz: namesFromMrz, documentNamesMayBeCut: namesFromMrz && reading.namesFillZone } };
}

/** Empty fields that the check needs. */
function missingFields(account: Account, document: Document): Finding[] {
  const missing: Finding[] = [];
  const report = (side: 'account' | 'document', field: AccountField | DocumentField) => {
    const id = side === 'account' ? (field as AccountField) : documentField(field as DocumentField);
    missing.push(makeFinding('field.missing', id, { fieldLabel: FIELD_LABELS[id], side }));
  };
  const names = ['givenNames', 'surname'] as const;
  for (const field of names) {
    const other = field === 'surname' ? 'givenNames' : 'surname';
    // People with one name (common in Indonesia and Myanmar) leave the same field empty on both sides.
    const oneName = isBlank(account[field]) && isBlank(document[field]) && !(isBlank(account[other]) && isBlank(document[other]));
    if (oneName) continue;
    if (isBlank(account[field])) report('account', field);
    if (isBlank(document[field])) report('document', field);
  }
  for (const field of ['dateOfBirth', 'nationality', 'countryOfResidence'] as const) {
    if (isBlank(account[field])) report('account', field);
  }
  for (const field of ['dateOfBirth', 'issuingCountry', 'expiryDate'] as const) {
    if (isBlank(document[field])) report('document', field);
  }
  // Driving licences do not state a nationality.
  if (document.type !== 'driving-licence' && isBlank(document.nationality)) report('document', 'nationality');
  return missing;
}

/** Which finding each kind of name difference becomes. */
export const NAME_FINDING_KINDS: Readonly<Record<NameFinding['kind'], FindingKind>> = {
  'case-spacing': 'name.case-spacing',
  diacritics: 'name.diacritics',
  'mrz-transliteration': 'name.mrz-transliteration',
  'mrz-plain-letters': 'name.mrz-plain-letters',
  'mrz-shortened': 'name.mrz-shortened',
  swapped: 'name.swapped',
  split: 'name.split',
  'middle-name': 'name.middle-name',
  'middle-initial': 'name.middle-initial',
  'surname-part': 'name.surname-part',
  script: 'name.script',
  spelling: 'name.spelling',
  'invalid-characters': 'name.invalid-characters',
  'too-long': 'name.too-long',
};

function nameFindings(account: Account, document: Document, options: CompareNamesOptions): Finding[] {
  const parts = (side: Account | Document): NameParts => ({ givenNames: side.givenNames, surname: side.surname });
  return compareNames(parts(account), parts(document), options).map((finding) =>
    makeFinding(
      NAME_FINDING_KINDS[finding.kind],
      finding.field,
      { fieldLabel: FIELD_LABELS[finding.field], ...(finding.side && { side: finding.side }) },
      finding.highlight,
    ),
  );
}

/** Whether `value` is a calendar day's three whole numbers in range, as a JavaScript caller may not pass one. */
function isCalendarDate(value: unknown): value is CalendarDate {
  const { year, month, day } = (value ?? {}) as Partial<Record<keyof CalendarDate, unknown>>;
  const whole = (n: unknown, low: number, high: number) => Number.isInteger(n) && (n as number) >= low && (n as number) <= high;
  return typeof value === 'object' && whole(year, 1, 9999) && whole(month, 1, 12) && whole(day, 1, 31);
}

/** Where documents write dates in figures month first (12/01/2026 is 1 December): the United States and its territories, and the states in free association with it. */
const MONTH_FIRST_ISSUERS: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'FM', 'MH', 'PW']);

function dateOrderOf(issuingCountry: string, foreignNames: ReadonlyMap<string, string> | undefined): DateOrder {
  const issuer = readCountry(issuingCountry, foreignNames);
  return issuer.kind === 'country' && MONTH_FIRST_ISSUERS.has(issuer.alpha2) ? 'month-first' : 'day-first';
}

function byImportance(a: Finding, b: Finding): number {
  return compareSeverity(a.severity, b.severity) || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field);
}

/** Checks account data against document data. Never throws, whatever the input. */
export function checkDataMatch(input: DataMatchInput): DataMatchResult {
  const account = parseAccount(input.account);
  const mrz = applyMrz(input.mrz, parseDocument(input.document));
  const document = mrz.document;
  const documentOrder = dateOrderOf(document.issuingCountry, input.foreignNames);
  const today = isCalendarDate(input.today) ? input.today : calendarDateOf(new Date());
  const birth = checkBirthDates(account.dateOfBirth, document.dateOfBirth, today, documentOrder);
  const findings = [
    ...missingFields(account, document),
    ...nameFindings(account, document, mrz.names),
    ...birth.findings,
    ...checkAge(birth.birthDate, today),
    ...checkExpiry(document.expiryDate, today, documentOrder),
    ...checkCountries({
      countryOfResidence: account.countryOfResidence,
      issuingCountry: document.issuingCountry,
      accountNationality: account.nationality,
      documentNationality: document.nationality,
      documentType: document.type,
      foreignNames: input.foreignNames,
    }),
    ...mrz.findings,
  ].sort(byImportance);
  return { verdict: verdictOf(findings), findings };
}
