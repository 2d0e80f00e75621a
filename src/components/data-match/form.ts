/** The form's values and the ways they change: typed, filled by the host page, filled from an MRZ. */
import type { MrzResult } from '../../checkers/data-match/index.ts';
import type { DataMatchCheckMessage, DocumentType } from '../../protocol/messages.ts';
import { DOCUMENT_TYPE_LABELS } from './labels.ts';

export interface AccountValues {
  givenNames: string;
  surname: string;
  dateOfBirth: string;
  nationality: string;
  countryOfResidence: string;
}

export interface DocumentValues {
  type: DocumentType;
  issuingCountry: string;
  givenNames: string;
  surname: string;
  dateOfBirth: string;
  nationality: string;
  expiryDate: string;
}

export interface FormValues {
  account: AccountValues;
  document: DocumentValues;
  /** The machine-readable zone as typed or pasted. */
  mrz: string;
  /** What `readMrz` read from `mrz`; it follows `mrz` once the MRZ reader has loaded. */
  mrzReading: MrzResult;
}

export const EMPTY_FORM: FormValues = {
  account: { givenNames: '', surname: '', dateOfBirth: '', nationality: '', countryOfResidence: '' },
  document: { type: 'passport', issuingCountry: '', givenNames: '', surname: '', dateOfBirth: '', nationality: '', expiryDate: '' },
  mrz: '',
  mrzReading: { kind: 'empty' },
};

/** Whether nothing has been typed yet (the document type does not count). */
export function isFormEmpty(form: FormValues): boolean {
  const { type: _type, ...document } = form.document;
  return [...Object.values(form.account), ...Object.values(document), form.mrz].every((value) => value.trim() === '');
}

/** The form as the host page's check message fills it: missing fields are left empty. */
export function formFromCheckMessage(message: DataMatchCheckMessage): FormValues {
  const { account, document } = message;
  return {
    account: {
      givenNames: account.givenNames ?? '',
      surname: account.surname ?? '',
      dateOfBirth: account.dateOfBirth ?? '',
      nationality: account.nationality ?? '',
      countryOfResidence: account.countryOfResidence ?? '',
    },
    document: {
      type: document.type ?? EMPTY_FORM.document.type,
      issuingCountry: document.issuingCountry ?? '',
      givenNames: document.givenNames ?? '',
      surname: document.surname ?? '',
      dateOfBirth: document.dateOfBirth ?? '',
      nationality: document.nationality ?? '',
      expiryDate: document.expiryDate ?? '',
    },
    mrz: '',
    mrzReading: { kind: 'empty' },
  };
}

/** The MRZ's reading, and when it could be read, the document fields it holds written over the typed ones. */
export function withMrzReading(form: FormValues, reading: MrzResult): FormValues {
  if (reading.kind !== 'read') return { ...form, mrzReading: reading };
  return { ...form, mrzReading: reading, document: { ...form.document, ...reading.reading.document } };
}

/** Whether `value` is one of the document types the form offers (one per label). */
export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPE_LABELS, value);
}
