/**
 * The findings table: every kind of problem the checker reports, with its stable code,
 * severity, the reason article that explains it, and its wording.
 *
 * Messages never quote the user's data: they are posted to the embedding page as they are,
 * and the values stay in the widget (the view shows them through `highlight`).
 */
import type { FindingCode, Severity, Verdict } from '../../protocol/messages.ts';
import type { HighlightedText } from './diff.ts';
import type { FieldId } from './fields.ts';
import type { MrzCheckedPart } from './mrz.ts';

/** Reason ids (defined by the failure articles) that this checker links to. */
export const dataMatchReasonIds = [
  'data.name',
  'data.date-of-birth',
  'data.expired-document',
  'data.country',
  'data.nationality',
  'data.age',
  'data.incomplete',
  'data.mrz',
] as const;
export type DataMatchReasonId = (typeof dataMatchReasonIds)[number];

/**
 * A document that expires within this many days gets `document.expiring-soon`. Reviews
 * usually finish within minutes to a few days, but can take a couple of weeks when they are
 * escalated or more documents are asked for, and a document that expires during the review,
 * or right after it, is rejected or triggers a new verification. Thirty days covers the
 * longest usual review with room to spare, and is the horizon people plan renewals in.
 */
export const EXPIRING_SOON_DAYS = 30;

/** One problem, ready to show or send. */
export interface Finding {
  /** Stable code, part of the embed protocol. */
  code: FindingCode;
  /** Which row of the findings table produced it (finer than `code`). */
  kind: FindingKind;
  /** The form field it concerns. */
  field: FieldId;
  severity: Severity;
  /** Id of the reason article that explains it. */
  reasonId: DataMatchReasonId;
  /** What is wrong, in plain words, without the user's data. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The compared values with the differing characters marked (shown in the widget only). */
  highlight?: { account?: HighlightedText; document?: HighlightedText };
}

/** Wording inputs that are never personal data. */
export interface FindingParams {
  /** Plain name of the field, e.g. "date of birth". */
  fieldLabel: string;
  /** The side that has more (a middle name, a surname part). */
  side?: 'account' | 'document';
  /** The MRZ part whose check digit fails. */
  part?: string;
}

interface FindingRule {
  code: FindingCode;
  severity: Severity;
  reasonId: DataMatchReasonId;
  message: (params: FindingParams) => string;
  fix: string;
}

const MATCH_PRINTED = 'Enter it exactly as printed on the document.';

/** Why a typed date cannot be used; shared by the date of birth and the expiry date. */
const DATE_PROBLEMS = {
  unreadable: {
    message: (p: FindingParams) => `The ${p.fieldLabel} could not be read as a date.`,
    fix: 'Type it with a four-digit year, for example 1990-04-03, 03.04.1990 or 3 April 1990.',
  },
  'no-such-day': {
    message: (p: FindingParams) => `The ${p.fieldLabel} is not a real calendar day (like 31 February).`,
    fix: 'Check the day and the month against the document.',
  },
  zero: {
    message: (p: FindingParams) => `The ${p.fieldLabel} has zeros where the day, month or year should be.`,
    fix: 'Type the full date as printed on the document.',
  },
  'two-digit-year': {
    message: (p: FindingParams) => `The ${p.fieldLabel} has a two-digit year, so the century is unclear.`,
    fix: 'Type the year with four digits (for example 1990 rather than 90).',
  },
} as const;

const RULES = {
  'name.case-spacing': {
    code: 'name.case-spacing',
    severity: 'info',
    reasonId: 'data.name',
    message: (p) => `In the ${p.fieldLabel}, only capital letters, spaces, hyphens or apostrophes differ.`,
    fix: 'This is usually accepted. For the smoothest review, use the same spaces and hyphens as the document.',
  },
  'name.diacritics': {
    code: 'name.diacritics',
    severity: 'warning',
    reasonId: 'data.name',
    message: (p) => `In the ${p.fieldLabel}, only accents or special letters differ (such as é, ü, ø, ł or ß).`,
    fix: `${MATCH_PRINTED} If the exchange's form does not accept a letter, use the spelling from the document's machine-readable lines (the ones with <<<).`,
  },
  'name.mrz-transliteration': {
    code: 'name.diacritics',
    severity: 'info',
    reasonId: 'data.name',
    message: (p) =>
      `In the ${p.fieldLabel}, the machine-readable zone writes special letters plainly (Ü as UE, Ø as OE, ß as SS, no accents), and your account matches that spelling.`,
    fix: 'Make sure the account matches the name printed in the document\'s main (visual) zone.',
  },
  'name.mrz-plain-letters': {
    code: 'name.diacritics',
    severity: 'warning',
    reasonId: 'data.name',
    message: (p) =>
      `In the ${p.fieldLabel}, your account has a plain letter where the machine-readable zone spells out a special letter (UE for Ü, OE for Ö or Ø, AE for Ä, AA for Å): the document probably prints the special letter.`,
    fix: `${MATCH_PRINTED} Compare with the name in the document's main (visual) zone: Müller, not Muller. If the exchange's form does not accept the letter, use the machine-readable spelling (MUELLER).`,
  },
  'name.mrz-shortened': {
    code: 'name.middle-name',
    severity: 'info',
    reasonId: 'data.name',
    message: () =>
      "Your account's given names go on where the machine-readable zone ends: it cuts names that do not fit, so the document probably prints them in full.",
    fix: "Make sure the account lists every given name exactly as printed in the document's main (visual) zone.",
  },
  'name.swapped': {
    code: 'name.order',
    severity: 'error',
    reasonId: 'data.name',
    message: () => 'The given names and the surname are swapped.',
    fix: 'Put your family name in the surname field and your first and middle names in the given-names field, as the document labels them. Chinese, Korean, Hungarian, Japanese and Vietnamese names write the family name first, but it still goes in the surname field.',
  },
  'name.split': {
    code: 'name.order',
    severity: 'error',
    reasonId: 'data.name',
    message: () => 'The same names appear, but in another order or split differently between given names and surname.',
    fix: 'Copy each field separately from the document: everything it lists as surname (both family names, particles such as "de" or "van der") goes in the surname field; everything it lists as given names, in order, goes in the given-names field.',
  },
  'name.middle-name': {
    code: 'name.middle-name',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) =>
      p.side === 'account'
        ? 'Your account has a given name that is not on the document.'
        : 'Your account is missing a given name (such as a middle name) that is on the document.',
    fix: 'Enter all given names, middle names included, exactly as on the document.',
  },
  'name.middle-initial': {
    code: 'name.middle-name',
    severity: 'error',
    reasonId: 'data.name',
    message: () => 'A given name is shortened to an initial on one side only.',
    fix: 'Write every given name in full, as the document does.',
  },
  'name.surname-part': {
    code: 'name.spelling',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) =>
      p.side === 'account'
        ? 'Your account\'s surname has a part that is not on the document.'
        : 'Part of the surname on the document is missing from your account: a second family name (as in Spanish and Portuguese names) or a particle such as "de", "van der" or "al".',
    fix: 'Enter the whole surname, every part and particle, exactly as printed.',
  },
  'name.script': {
    code: 'name.spelling',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) => `In the ${p.fieldLabel}, the account and the document use different alphabets.`,
    fix: 'Enter the name in Latin letters exactly as the document prints it (on most documents, the line in Latin letters and the machine-readable zone).',
  },
  'name.spelling': {
    code: 'name.spelling',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) => `In the ${p.fieldLabel}, the spelling differs.`,
    fix: 'Compare letter by letter with the document (the differing letters are marked) and correct the account.',
  },
  'name.invalid-characters': {
    code: 'field.invalid',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) => `The ${p.fieldLabel} field contains characters that no identity document prints in a name (digits, symbols, emoji or markup).`,
    fix: 'Use only letters, spaces, hyphens and apostrophes, as printed on the document.',
  },
  'name.too-long': {
    code: 'field.invalid',
    severity: 'error',
    reasonId: 'data.name',
    message: (p) => `The ${p.fieldLabel} field is longer than any name on an identity document.`,
    fix: 'Type only the name as printed on the document.',
  },
  'dob.swapped': {
    code: 'dob.day-month-swapped',
    severity: 'error',
    reasonId: 'data.date-of-birth',
    message: () => 'The day and the month of the date of birth are swapped between your account and the document.',
    fix: 'Correct the account so that it shows the same day and the same month as the document.',
  },
  'dob.order-unclear': {
    code: 'dob.day-month-swapped',
    severity: 'warning',
    reasonId: 'data.date-of-birth',
    message: () =>
      'One date of birth can be read day-first or month-first. Read day-first (as most documents print it), the dates differ; read month-first, they match.',
    fix: 'Check in the account that the day and the month are the same as on the document, not swapped. Typing the date as 1990-04-03 or 3 April 1990 avoids the doubt.',
  },
  'dob.mismatch': {
    code: 'dob.mismatch',
    severity: 'error',
    reasonId: 'data.date-of-birth',
    message: () => 'The dates of birth differ.',
    fix: 'Correct the date of birth in the account to match the document (the differing parts are marked).',
  },
  'dob.unreadable': { code: 'dob.invalid', severity: 'error', reasonId: 'data.date-of-birth', ...DATE_PROBLEMS.unreadable },
  'dob.no-such-day': { code: 'dob.invalid', severity: 'error', reasonId: 'data.date-of-birth', ...DATE_PROBLEMS['no-such-day'] },
  'dob.zero': { code: 'dob.invalid', severity: 'error', reasonId: 'data.date-of-birth', ...DATE_PROBLEMS.zero },
  'dob.two-digit-year': { code: 'dob.invalid', severity: 'warning', reasonId: 'data.date-of-birth', ...DATE_PROBLEMS['two-digit-year'] },
  'dob.future': {
    code: 'dob.invalid',
    severity: 'error',
    reasonId: 'data.date-of-birth',
    message: (p) => `The ${p.fieldLabel} is in the future.`,
    fix: 'Check the year.',
  },
  'dob.too-old': {
    code: 'dob.invalid',
    severity: 'error',
    reasonId: 'data.date-of-birth',
    message: (p) => `The ${p.fieldLabel} is more than 120 years ago.`,
    fix: 'Check the year.',
  },
  'age.minor': {
    code: 'age.minor',
    severity: 'error',
    reasonId: 'data.age',
    message: () => 'By this date of birth you are under 18.',
    fix: 'The exchange verifies adults only. If the date is wrong, correct it; otherwise wait until your 18th birthday.',
  },
  'expiry.expired': {
    code: 'document.expired',
    severity: 'error',
    reasonId: 'data.expired-document',
    message: () => 'The document has expired.',
    fix: 'Use a valid document: renew this one, or use another accepted document such as a passport.',
  },
  'expiry.soon': {
    code: 'document.expiring-soon',
    severity: 'warning',
    reasonId: 'data.expired-document',
    message: () => `The document expires within the next ${EXPIRING_SOON_DAYS} days.`,
    fix: 'It may expire before the review ends, or soon after. If you have another accepted document with more time left, use that one.',
  },
  'expiry.unreadable': { code: 'field.invalid', severity: 'error', reasonId: 'data.expired-document', ...DATE_PROBLEMS.unreadable },
  'expiry.no-such-day': { code: 'field.invalid', severity: 'error', reasonId: 'data.expired-document', ...DATE_PROBLEMS['no-such-day'] },
  'expiry.zero': { code: 'field.invalid', severity: 'error', reasonId: 'data.expired-document', ...DATE_PROBLEMS.zero },
  'expiry.two-digit-year': { code: 'field.invalid', severity: 'warning', reasonId: 'data.expired-document', ...DATE_PROBLEMS['two-digit-year'] },
  'country.mismatch-abroad': {
    code: 'country.mismatch',
    severity: 'warning',
    reasonId: 'data.country',
    message: () => 'The document was issued by another country than your country of residence.',
    fix: 'Passports are usually accepted from any country; ID cards and driving licences usually only from the country you live in. Make sure the country of residence is where you live now: you may be asked for proof of address.',
  },
  'country.mismatch-local-document': {
    code: 'country.mismatch',
    severity: 'error',
    reasonId: 'data.country',
    message: () => 'The document was issued by another country than your country of residence; ID cards and driving licences are usually accepted only from the country you live in.',
    fix: 'Use a passport, or a document issued by your country of residence, or correct the country of residence if it is wrong.',
  },
  'country.unknown': {
    code: 'field.invalid',
    severity: 'warning',
    reasonId: 'data.country',
    message: (p) => `The ${p.fieldLabel} is not a country we recognise.`,
    fix: 'Type the country\'s English name or its code, for example Italy, IT or ITA.',
  },
  'nationality.mismatch': {
    code: 'nationality.mismatch',
    severity: 'error',
    reasonId: 'data.nationality',
    message: () => 'The nationality in your account differs from the one on the document.',
    fix: 'Set the nationality in the account to the one the document states.',
  },
  'nationality.unknown': {
    code: 'field.invalid',
    severity: 'warning',
    reasonId: 'data.nationality',
    message: (p) => `The ${p.fieldLabel} is not a country we recognise.`,
    fix: 'Type the country\'s English name or its code, for example Italy, IT or ITA.',
  },
  'field.missing': {
    code: 'field.missing',
    severity: 'warning',
    reasonId: 'data.incomplete',
    message: (p) => `The ${p.side ?? 'account'}'s ${p.fieldLabel} field is empty, so it cannot be compared.`,
    fix: 'Fill it in exactly as it appears in the account or on the document.',
  },
  'mrz.check-digit': {
    code: 'mrz.check-digit',
    severity: 'warning',
    reasonId: 'data.mrz',
    message: (p) => `The check digit of the ${p.part ?? 'zone'} does not match: a character is probably mistyped.`,
    fix: 'Compare the marked characters with the document one by one; 0 and O, 1 and I, 8 and B, 5 and S are easy to confuse.',
  },
  'mrz.characters': {
    code: 'mrz.check-digit',
    severity: 'warning',
    reasonId: 'data.mrz',
    message: () => 'The machine-readable zone contains characters other than A–Z, 0–9 and <.',
    fix: 'Copy the lines at the bottom of the document exactly; every filler is a < sign.',
  },
  'mrz.layout': {
    code: 'mrz.check-digit',
    severity: 'warning',
    reasonId: 'data.mrz',
    message: () =>
      'The machine-readable zone has the wrong length: passports have 2 lines of 44 characters, ID cards 3 lines of 30 or 2 of 36.',
    fix: 'Count the characters of each line, < signs included, and add what is missing.',
  },
} as const satisfies Record<string, FindingRule>;

/** Plain-language names of the MRZ parts protected by a check digit, for `mrz.check-digit`. */
export const CHECKED_PART_LABELS: Readonly<Record<MrzCheckedPart, string>> = {
  documentNumber: 'document number',
  birthDate: 'date of birth',
  expirationDate: 'expiry date',
  personalNumber: 'personal number',
  composite: 'whole zone (the last check digit)',
};

/** Every kind of finding this checker can produce. */
export type FindingKind = keyof typeof RULES;

/** The finding of `kind` on `field`. */
export function makeFinding(kind: FindingKind, field: FieldId, params: FindingParams, highlight?: Finding['highlight']): Finding {
  const rule: FindingRule = RULES[kind];
  return {
    code: rule.code,
    kind,
    field,
    severity: rule.severity,
    reasonId: rule.reasonId,
    message: rule.message(params),
    fix: rule.fix,
    ...(highlight && { highlight }),
  };
}

/** The rule behind a kind, for tests and documentation. */
export function findingRule(kind: FindingKind): Readonly<FindingRule> {
  return RULES[kind];
}

export const FINDING_KINDS = Object.keys(RULES) as FindingKind[];

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** `fail` if any error, `warn` if any warning, else `pass`. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'fail';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warn';
  return 'pass';
}
