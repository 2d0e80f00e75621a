/**
 * The form's fields. Account fields have bare ids (`surname`): a finding on one of them means
 * "fix this in your exchange account". Document fields are prefixed (`document.surname`).
 */

export const ACCOUNT_FIELDS = ['givenNames', 'surname', 'dateOfBirth', 'nationality', 'countryOfResidence'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export const DOCUMENT_FIELDS = [
  'type',
  'issuingCountry',
  'givenNames',
  'surname',
  'dateOfBirth',
  'nationality',
  'expiryDate',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** Every field a finding can point at; `mrz` is the optional machine-readable zone. */
export type FieldId = AccountField | `document.${DocumentField}` | 'mrz';

export function documentField(field: DocumentField): FieldId {
  return `document.${field}`;
}

/** Plain-language names, for messages and labels. */
export const FIELD_LABELS: Readonly<Record<FieldId, string>> = {
  givenNames: 'given names',
  surname: 'surname',
  dateOfBirth: 'date of birth',
  nationality: 'nationality',
  countryOfResidence: 'country of residence',
  'document.type': 'document type',
  'document.issuingCountry': 'issuing country',
  'document.givenNames': 'given names',
  'document.surname': 'surname',
  'document.dateOfBirth': 'date of birth',
  'document.nationality': 'nationality',
  'document.expiryDate': 'expiry date',
  mrz: 'machine-readable zone',
};

/** Each account field and the document field it must match. */
export const FIELD_PAIRS: readonly { account: AccountField; document: DocumentField }[] = [
  { account: 'givenNames', document: 'givenNames' },
  { account: 'surname', document: 'surname' },
  { account: 'dateOfBirth', document: 'dateOfBirth' },
  { account: 'nationality', document: 'nationality' },
  { account: 'countryOfResidence', document: 'issuingCountry' },
];

/** Display order of findings: the order of the form. */
export const FIELD_ORDER: readonly FieldId[] = [
  ...ACCOUNT_FIELDS,
  ...DOCUMENT_FIELDS.map(documentField),
  'mrz',
];
