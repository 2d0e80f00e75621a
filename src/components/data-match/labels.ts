/** Every text of the data-match widget that is not a finding (those come from the checker). */
import { FIELD_LABELS, type FieldId } from '../../checkers/data-match/fields.ts';
import type { DocumentType, Severity, Verdict } from '../../protocol/messages.ts';

export const COLUMN_TITLES = {
  account: 'In your exchange account',
  document: 'On your document',
} as const;

/** Field labels as shown above the inputs: the checker's names of the fields, capitalised. */
export const INPUT_LABELS: Readonly<Record<FieldId, string>> = {
  ...(Object.fromEntries(
    Object.entries(FIELD_LABELS).map(([field, label]) => [field, label.charAt(0).toUpperCase() + label.slice(1)]),
  ) as Record<FieldId, string>),
  mrz: 'Machine-readable zone (optional)',
};

/** Short examples under the inputs. */
export const INPUT_HINTS: Partial<Readonly<Record<FieldId, string>>> = {
  givenNames: 'First and middle names',
  dateOfBirth: 'For example 1990-04-03 or 03.04.1990',
  nationality: 'Country name or code, e.g. Italy or ITA',
  countryOfResidence: 'Where you live now',
  'document.givenNames': 'All given names, as printed',
  'document.dateOfBirth': 'As printed',
  'document.nationality': 'As printed, e.g. ITALIAN or ITA',
  'document.expiryDate': 'As printed, e.g. 15 APR 2031',
  mrz: 'The 2 or 3 lines with <<< at the bottom of the photo page or on the back of the card. Pasting them fills the document fields.',
};

export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  passport: 'Passport',
  'id-card': 'ID card',
  'driving-licence': 'Driving licence',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Problem',
  warning: 'Risky',
  info: 'Note',
};

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  fail: 'Very likely rejected: fix the problems below before you submit.',
  warn: 'Risky: check the points below before you submit.',
  pass: 'Everything you entered matches.',
};

export const TEXT = {
  empty: 'Type what your exchange account shows on the left and what your document shows on the right. Results appear as you type.',
  loading: 'Loading the comparison rules…',
  loadFailed: 'The comparison rules could not be loaded: check your connection. They load again as soon as you type.',
  stillEmpty: 'Still empty:',
  accountSide: 'account',
  documentSide: 'document',
  clear: 'Clear all fields',
  whyLink: 'Why this matters',
  newTab: '(opens in a new tab)',
  inAccount: 'Account:',
  onDocument: 'Document:',
  readAs: 'Read as',
  orMonthFirst: 'or, month first,',
  privacy: 'Nothing you type leaves this page: the comparison runs on your device and nothing is stored.',
  title: 'Compare your account data with your document',
} as const;
